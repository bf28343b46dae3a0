package org.ergolens.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes rows as CSV: UTF-8 without BOM, a header row, comma separators, LF line ends, and RFC 4180
 * quoting (a field containing a comma, a double quote, CR or LF is enclosed in double quotes with
 * inner quotes doubled). A {@code null} value is an empty field.
 */
public final class CsvRowSink extends LineRowSink {

  private int columns = -1;

  /** Creates a sink writing to {@code out}, which it closes when closed. */
  public CsvRowSink(OutputStream out) {
    super(out);
  }

  @Override
  public void header(List<Column> header) throws IOException {
    if (columns >= 0) {
      throw new IllegalStateException("Cannot write a second CSV header");
    }
    columns = header.size();
    for (int i = 0; i < columns; i++) {
      if (i > 0) {
        out.append(',');
      }
      field(header.get(i).name());
    }
    out.append('\n');
  }

  @Override
  public void row(Object[] values) throws IOException {
    if (values.length != columns) {
      throw new IllegalArgumentException(
          "Cannot write a CSV row of " + values.length + " values under " + columns + " columns");
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      value(values[i]);
    }
    endLine();
  }

  private void value(Object v) throws IOException {
    if (v == null) {
      return;
    }
    if (v instanceof String s) {
      field(s);
    } else if (v instanceof Integer || v instanceof Long) {
      out.appendLong(((Number) v).longValue());
    } else if (v instanceof LocalDate d) {
      out.appendDate(d);
    } else if (v instanceof BigDecimal b) {
      out.append(b.toPlainString());
    } else if (v instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else {
      field(v.toString());
    }
  }

  private void field(String s) throws IOException {
    if (!needsQuotes(s)) {
      out.append(s);
      return;
    }
    out.append('"');
    out.append(s.replace("\"", "\"\""));
    out.append('"');
  }

  private static boolean needsQuotes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
