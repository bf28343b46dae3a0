package org.ergolens.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes rows as JSON Lines: one object per line (UTF-8, LF), every header column present as a key
 * in header order. Numbers and booleans are JSON numbers and booleans, dates and all other values
 * JSON strings, and {@code null} is JSON {@code null}.
 */
public final class JsonLinesRowSink extends LineRowSink {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private String[] keys;

  /** Creates a sink writing to {@code out}, which it closes when closed. */
  public JsonLinesRowSink(OutputStream out) {
    super(out);
  }

  @Override
  public void header(List<Column> header) throws IOException {
    if (keys != null) {
      throw new IllegalStateException("Cannot write a second JSON Lines header");
    }
    keys = new String[header.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = quoted(header.get(i).name()) + ":";
    }
  }

  @Override
  public void row(Object[] values) throws IOException {
    if (values.length != keys.length) {
      throw new IllegalArgumentException(
          "Cannot write a JSON row of "
              + values.length
              + " values under "
              + keys.length
              + " columns");
    }
    out.append('{');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(keys[i]);
      value(values[i]);
    }
    out.append('}');
    endLine();
  }

  private void value(Object v) throws IOException {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Integer || v instanceof Long) {
      out.appendLong(((Number) v).longValue());
    } else if (v instanceof BigDecimal b) {
      out.append(b.toPlainString());
    } else if (v instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (v instanceof LocalDate d) {
      out.append('"');
      out.appendDate(d);
      out.append('"');
    } else {
      string(v.toString());
    }
  }

  private void string(String s) throws IOException {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c >= 0x20 && c != '"' && c != '\\';
    }
    if (plain) {
      out.append('"');
      out.append(s);
      out.append('"');
    } else {
      out.append(quoted(s));
    }
  }

  /** JSON string literal of {@code s}, escaping quotes, backslashes and control characters. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
