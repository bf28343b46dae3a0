package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ergolens.dataset.CsvFields;

/**
 * Writes a {@link Table} as CSV: UTF-8, header row, comma separator, RFC 4180 quoting, LF line
 * ends, numbers in plain notation (the shortest decimal that reads back as the same double), empty
 * for null. Text cells that a spreadsheet would run as a formula (starting with {@code =}, {@code
 * +}, {@code -} or {@code @}) get a leading apostrophe. The same table gives the same bytes.
 */
public final class CsvTableWriter {
  private CsvTableWriter() {}

  public static void write(Table table, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<Table.Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(CsvFields.quote(columns.get(i).name()));
    }
    w.write('\n');
    for (List<Object> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(cell(row.get(i)));
      }
      w.write('\n');
    }
    w.flush();
  }

  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return formatDouble(d);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return CsvFields.quote(CsvFields.neutralise(v.toString()));
  }

  /** The shortest plain decimal that reads back as {@code d}. */
  public static String formatDouble(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0) {
      return "0";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
