package org.ergolens.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields by RFC 4180: comma separator, fields optionally enclosed in
 * double quotes, a doubled quote inside a quoted field stands for one quote. Strict on purpose: a
 * quote that is never closed, or text after a closing quote, makes the line malformed rather than
 * silently repaired. Records are lines, so a quoted field cannot span lines (an unclosed quote
 * rejects its own line and nothing after it).
 */
public final class CsvLine {
  private CsvLine() {}

  /** The outcome of parsing a line: its fields, or why it could not be parsed. */
  public record Parsed(List<String> fields, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  public static Parsed parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char ch = line.charAt(i++);
          if (ch == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            field.append(ch);
          }
        }
        if (!closed) {
          return new Parsed(null, "unclosed quote in field " + (fields.size() + 1));
        }
        if (i < n && line.charAt(i) != ',') {
          return new Parsed(null, "text after a closing quote in field " + (fields.size() + 1));
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char ch = line.charAt(i++);
          if (ch == '"') {
            return new Parsed(null, "quote inside an unquoted field " + (fields.size() + 1));
          }
          field.append(ch);
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return new Parsed(fields, null);
      }
      i++; // the comma
    }
  }
}
