package org.ergolens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.ergolens.ingest.format.CellValue;
import org.ergolens.ingest.format.SheetRow;
import org.ergolens.ingest.format.XlsxSheetReader;

/**
 * The rows of a workbook's sheet (after its header in row 1) as the dataset's canonical text
 * columns, positioned by the sheet's row numbers: each cell as the text a CSV export would hold for
 * it ({@link CellValue#text()}), so that it is checked exactly as that text would be. A text cell
 * in a decimal column is read with the configured decimal mark, as in a CSV file.
 */
final class XlsxRecordReader {
  private XlsxRecordReader() {}

  /** The rows of the sheet; closing {@code sheet} is the caller's. */
  static Iterator<Row> rows(FileLayout layout, List<ColumnSpec> columns, XlsxSheetReader sheet) {
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        try {
          for (Optional<SheetRow> r = sheet.next(); r.isPresent(); r = sheet.next()) {
            if (r.get().rowNumber() > 1) {
              return toRow(layout, columns, r.get());
            }
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + layout.file().path(), e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static Row toRow(FileLayout layout, List<ColumnSpec> columns, SheetRow row) {
    String[] values = new String[columns.size()];
    DecimalMark mark = layout.dialect().decimalMark();
    for (int c = 0; c < values.length; c++) {
      int column = layout.fieldOfColumn()[c];
      if (column >= 0) {
        CellValue cell = row.cell(column);
        boolean decimalText =
            cell instanceof CellValue.Text && columns.get(c).type() == ValueType.DECIMAL;
        values[c] =
            decimalText
                ? mark.toPointDecimal(cell.text())
                : columns.get(c).type() == ValueType.MONTH ? monthText(cell) : cell.text();
      }
    }
    return TextRecordReader.row(layout, row.rowNumber(), asCsv(row), null, values);
  }

  /**
   * A month cell's text: Excel turns {@code 2026-10} typed into a cell into the date 1 October
   * 2026, so a date on the first of a month is read as that month; any other cell as its text.
   */
  static String monthText(CellValue cell) {
    if (cell instanceof CellValue.Date d && d.value().getDayOfMonth() == 1) {
      return java.time.YearMonth.from(d.value()).toString();
    }
    return cell.text();
  }

  /** The row as a line of CSV, for the rejects file. */
  static String asCsv(SheetRow row) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.cells().size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String t = row.cells().get(i).text();
      if (t == null) {
        continue;
      }
      boolean quote =
          t.indexOf(',') >= 0
              || t.indexOf('"') >= 0
              || t.indexOf('\n') >= 0
              || t.indexOf('\r') >= 0;
      sb.append(quote ? '"' + t.replace("\"", "\"\"") + '"' : t);
      if (sb.length() > TextRecordReader.MAX_RAW_CHARS) {
        return sb.substring(0, TextRecordReader.MAX_RAW_CHARS) + "…";
      }
    }
    return sb.toString();
  }
}
