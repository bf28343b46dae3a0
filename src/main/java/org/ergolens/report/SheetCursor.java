package org.ergolens.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.ergolens.dataset.CsvFields;

/**
 * Writes one worksheet row by row. Text always goes into a text cell, never a formula; text that a
 * spreadsheet would take for a formula ({@code = + - @} first) is also marked as literal text, so
 * that editing the cell cannot turn it into one. Numbers are number cells with a display format; a
 * withheld number shows the text {@value #WITHHELD}.
 */
final class SheetCursor {
  /** What a withheld number shows instead. */
  static final String WITHHELD = "withheld";

  /** How a value is displayed. */
  enum Format {
    TEXT,
    COUNT,
    PERCENT,
    DECIMAL
  }

  /** The cell styles of one workbook, shared by its sheets. */
  static final class Styles {
    private final Workbook wb;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle wrap;
    private final CellStyle link;
    private final Map<Format, CellStyle> numbers = new HashMap<>();
    private final Map<CellStyle, CellStyle> literal = new HashMap<>();

    Styles(Workbook wb) {
      this.wb = wb;
      title = style(font(true, 14, false));
      header = style(font(true, 11, false));
      header.setWrapText(true);
      plain = wb.createCellStyle();
      wrap = style(null);
      wrap.setWrapText(true);
      link = style(font(false, 11, true));
      numbers.put(Format.COUNT, number("0"));
      numbers.put(Format.PERCENT, number("0.0%"));
      numbers.put(Format.DECIMAL, number("0.0"));
    }

    private Font font(boolean bold, int points, boolean underline) {
      Font f = wb.createFont();
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

    private CellStyle number(String format) {
      CellStyle s = style(null);
      s.setDataFormat(wb.createDataFormat().getFormat(format));
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
  private int next;

  /** A cursor at the top of an empty sheet, with column widths in characters. */
  SheetCursor(Sheet sheet, Styles styles, int... columnWidths) {
    this.sheet = sheet;
    this.styles = styles;
    for (int i = 0; i < columnWidths.length; i++) {
      sheet.setColumnWidth(i, columnWidths[i] * 256);
    }
  }

  /** A title line in large bold type. */
  SheetCursor title(String text) {
    text(newRow().createCell(0), text, styles.title);
    return this;
  }

  /** A line of plain text, left to run across the empty cells to its right. */
  SheetCursor line(String text) {
    text(newRow().createCell(0), text, styles.plain);
    return this;
  }

  /** An empty line. */
  SheetCursor skip() {
    next++;
    return this;
  }

  /** A row of bold column headers. */
  SheetCursor header(List<String> names) {
    Row row = newRow();
    for (int i = 0; i < names.size(); i++) {
      text(row.createCell(i), names.get(i), styles.header);
    }
    return this;
  }

  /**
   * A row of values: text, or numbers in the given formats. A null number shows {@value #WITHHELD}
   * when {@code withheldWhenNull}, otherwise its cell is left empty.
   */
  Row values(List<Object> values, List<Format> formats, boolean withheldWhenNull) {
    Row row = newRow();
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      Format f = formats.get(i);
      if (v instanceof Number n) {
        Cell c = row.createCell(i);
        c.setCellValue(n.doubleValue());
        c.setCellStyle(styles.numbers.getOrDefault(f, styles.numbers.get(Format.DECIMAL)));
      } else if (v != null) {
        text(row.createCell(i), v.toString(), styles.wrap);
      } else if (withheldWhenNull && f != Format.TEXT) {
        text(row.createCell(i), WITHHELD, styles.wrap);
      }
    }
    return row;
  }

  /** Makes a text cell of the row a link to cell A1 of another sheet of the workbook. */
  void linkToSheet(Row row, int column, String sheetName) {
    Hyperlink link =
        sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
    Cell cell = row.getCell(column);
    cell.setHyperlink(link);
    String text = cell.getStringCellValue();
    cell.setCellStyle(CsvFields.looksLikeFormula(text) ? styles.literal(styles.link) : styles.link);
  }

  private void text(Cell cell, String value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(CsvFields.looksLikeFormula(value) ? styles.literal(style) : style);
  }

  private Row newRow() {
    return sheet.createRow(next++);
  }
}
