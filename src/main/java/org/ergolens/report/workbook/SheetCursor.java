package org.ergolens.report.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.ergolens.dataset.CsvFields;
import org.ergolens.text.Numbers;

/**
 * Writes one worksheet from the top down, and lays it out for reading and printing: column widths
 * in characters, wrapped text whose rows are made tall enough for it ({@link RowHeights}), title
 * lines and paragraphs spread over the sheet's width, frozen and repeated header rows, and
 * landscape A4 printing scaled to the sheet's width with the sheet's name and page number in the
 * page margins.
 *
 * <p>Text always goes into a text cell, never a formula; text that a spreadsheet would take for a
 * formula ({@code = + - @} first) is also marked as literal text, so that editing the cell cannot
 * turn it into one.
 */
final class SheetCursor {
  /**
   * The workbook's font: Arial, which Excel has and LibreOffice replaces by the metrically equal
   * Liberation Sans, so that text wraps alike in both and computed row heights fit in both.
   */
  static final String FONT = "Arial";

  static final int FONT_POINTS = 10;
  static final int HEADING_POINTS = 12;
  static final int TITLE_POINTS = 13;

  /** What a withheld number shows instead. */
  static final String WITHHELD = Numbers.WITHHELD;

  /** The cell styles of one workbook, shared by its sheets. */
  static final class Styles {
    private final Workbook wb;
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle link;
    private final CellStyle withheld;
    private final Map<Format, CellStyle> numbers = new EnumMap<>(Format.class);
    private final Map<Format, CellStyle> highlighted = new EnumMap<>(Format.class);
    private final Map<CellStyle, CellStyle> literal = new HashMap<>();

    Styles(Workbook wb) {
      this.wb = wb;
      XSSFFont base = (XSSFFont) wb.getFontAt(0);
      base.setScheme(FontScheme.NONE);
      base.setFontName(FONT);
      base.setFontHeightInPoints((short) FONT_POINTS);
      title = style(font(true, TITLE_POINTS, false));
      title.setWrapText(true);
      heading = style(font(true, HEADING_POINTS, false));
      heading.setWrapText(true);
      header = style(font(true, FONT_POINTS, false));
      header.setWrapText(true);
      header.setBorderBottom(BorderStyle.THIN);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = style(null);
      text.setWrapText(true);
      link = style(font(false, FONT_POINTS, true));
      withheld = style(null);
      withheld.setAlignment(HorizontalAlignment.RIGHT);
      link.setWrapText(true);
      for (Format f : Format.values()) {
        numbers.put(f, number(f, false));
        highlighted.put(f, number(f, true));
      }
    }

    private Font font(boolean bold, int points, boolean underline) {
      Font f = wb.createFont();
      f.setFontName(FONT);
      f.setBold(bold);
      f.setFontHeightInPoints((short) points);
      if (underline) {
        f.setUnderline(Font.U_SINGLE);
        f.setColor(IndexedColors.BLUE.getIndex());
      }
      return f;
    }

    private CellStyle style(Font font) {
      CellStyle s = wb.createCellStyle();
      s.setVerticalAlignment(VerticalAlignment.TOP);
      if (font != null) {
        s.setFont(font);
      }
      return s;
    }

    private CellStyle number(Format format, boolean highlight) {
      CellStyle s = style(highlight ? font(true, FONT_POINTS, false) : null);
      s.setDataFormat(wb.createDataFormat().getFormat(format.excel()));
      if (highlight) {
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      return s;
    }

    /** The style with the "quote prefix" (literal text) flag set. */
    private CellStyle literal(CellStyle base) {
      return literal.computeIfAbsent(
          base,
          b -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
          });
    }
  }

  private final Sheet sheet;
  private final Styles styles;
  private final int[] widths;
  private int next;
  private int frozenRows;

  /** A cursor at the top of an empty sheet, with its column widths in characters. */
  SheetCursor(Sheet sheet, Styles styles, int... widths) {
    this.sheet = sheet;
    this.styles = styles;
    this.widths = widths.clone();
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** A cursor for a sheet whose columns are those of one table. */
  static <R> SheetCursor forTable(Sheet sheet, Styles styles, List<Column<R>> columns) {
    return new SheetCursor(sheet, styles, columns.stream().mapToInt(Column::width).toArray());
  }

  /** The sheet's name. */
  String name() {
    return sheet.getSheetName();
  }

  /** A title line in large bold type, across the sheet. */
  SheetCursor title(String text) {
    spread(text, styles.title, TITLE_POINTS);
    return this;
  }

  /** A section heading in bold type, across the sheet. */
  SheetCursor heading(String text) {
    spread(text, styles.heading, HEADING_POINTS);
    return this;
  }

  /** A paragraph of text, wrapped across the sheet's width. */
  SheetCursor paragraph(String text) {
    spread(text, styles.text, FONT_POINTS);
    return this;
  }

  /** An empty line. */
  SheetCursor skip() {
    next++;
    return this;
  }

  /** A row of bold column headings on a grey band, wrapped to fit their columns. */
  Row header(List<String> names) {
    Row row = newRow();
    int lines = 1;
    for (int i = 0; i < names.size(); i++) {
      text(row.createCell(i), names.get(i), styles.header);
      lines = Math.max(lines, RowHeights.lines(names.get(i), widths[i] * 0.92));
    }
    row.setHeightInPoints(RowHeights.points(lines));
    return row;
  }

  /** A row of cells, as tall as its longest wrapped text needs. */
  Row row(List<CellValue> values) {
    return row(values, false);
  }

  /**
   * A row of cells whose last cell, when {@code spreadLast}, is merged across the rest of the
   * sheet's width.
   */
  Row row(List<CellValue> values, boolean spreadLast) {
    Row row = newRow();
    int lines = 1;
    for (int i = 0; i < values.size(); i++) {
      CellValue v = values.get(i);
      boolean spread = spreadLast && i == values.size() - 1 && i < widths.length - 1;
      double width = spread ? widthFrom(i) : widths[i];
      if (spread) {
        sheet.addMergedRegion(
            new CellRangeAddress(row.getRowNum(), row.getRowNum(), i, widths.length - 1));
      }
      if (v instanceof CellValue.Text t) {
        text(row.createCell(i), t.text(), styles.text);
        lines = Math.max(lines, RowHeights.lines(t.text(), width));
      } else if (v instanceof CellValue.Number n) {
        Cell c = row.createCell(i);
        c.setCellValue(n.value());
        c.setCellStyle((n.highlighted() ? styles.highlighted : styles.numbers).get(n.format()));
      } else if (v instanceof CellValue.Withheld) {
        text(row.createCell(i), WITHHELD, styles.withheld);
      } else if (v instanceof CellValue.Link l) {
        Cell c = row.createCell(i);
        text(c, l.text(), styles.link);
        Hyperlink link =
            sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + l.sheet().replace("'", "''") + "'!A1");
        c.setHyperlink(link);
        lines = Math.max(lines, RowHeights.lines(l.text(), width));
      }
    }
    row.setHeightInPoints(RowHeights.points(lines));
    return row;
  }

  /** A table: its header row, then a row per element. Returns the header row's index. */
  <R> int table(List<Column<R>> columns, List<R> rows) {
    int header = header(columns.stream().map(Column::heading).toList()).getRowNum();
    for (R r : rows) {
      row(columns.stream().map(c -> c.value().apply(r)).toList());
    }
    return header;
  }

  /**
   * Freezes the rows written so far, so that they stay in view while scrolling, and prints them at
   * the top of every page.
   */
  SheetCursor freezeAbove() {
    frozenRows = next;
    sheet.createFreezePane(0, next);
    return this;
  }

  /** An autofilter on a table from its header row to the last row written. */
  void autoFilter(int headerRow, int columns) {
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns - 1));
  }

  /** The index of the next row. */
  int nextRow() {
    return next;
  }

  /**
   * Print setup: landscape A4, scaled to the sheet's width (as many pages down as needed), frozen
   * rows repeated on every page, the sheet's name at the top and the page number at the foot.
   */
  void finishForPrint() {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.setMargin(Sheet.TopMargin, 0.7);
    sheet.setMargin(Sheet.BottomMargin, 0.7);
    sheet.getHeader().setLeft("&A");
    sheet.getFooter().setRight("Page &P of &N");
    if (frozenRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, frozenRows - 1, -1, -1));
    }
    sheet.setPrintGridlines(false);
  }

  /** Text over the whole width of the sheet: one cell merged across every column. */
  private void spread(String text, CellStyle style, int points) {
    Row row = newRow();
    text(row.createCell(0), text, style);
    if (widths.length > 1) {
      sheet.addMergedRegion(
          new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, widths.length - 1));
    }
    double scale = (double) FONT_POINTS / points;
    int lines = RowHeights.lines(text, widthFrom(0) * scale);
    row.setHeightInPoints(lines * (RowHeights.LINE * points / FONT_POINTS) + RowHeights.PADDING);
  }

  /** The width of the columns from {@code column} to the last. */
  private double widthFrom(int column) {
    double total = 0;
    for (int i = column; i < widths.length; i++) {
      total += widths[i];
    }
    return total;
  }

  private void text(Cell cell, String value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(CsvFields.looksLikeFormula(value) ? styles.literal(style) : style);
  }

  private Row newRow() {
    return sheet.createRow(next++);
  }
}
