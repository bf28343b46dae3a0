package org.ergolens.ingest.format;

import java.util.List;

/**
 * One CSV record as read.
 *
 * @param line the line number of its first line (1 is the file's first line)
 * @param lineCount how many lines it spans (more than one when a quoted field holds line breaks)
 * @param fields its fields, unquoted; empty when it is malformed
 * @param malformed why it could not be read (an unclosed quote, a quote inside an unquoted field,
 *     text after a closing quote, the wrong number of fields, …), or null
 * @param text the record as it stands in the file, without its line break
 */
public record CsvRecord(
    long line, int lineCount, List<String> fields, String malformed, String text) {
  public CsvRecord {
    fields = List.copyOf(fields);
  }

  public boolean isMalformed() {
    return malformed != null;
  }
}
