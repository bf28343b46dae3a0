package org.ergolens.ingest.format;

/**
 * How CSV records are read.
 *
 * @param delimiter the field separator
 * @param maxRecordLines a quoted field may span lines, but a record still open after this many
 *     lines is malformed: it is rejected at its first line and reading resumes at the next line
 * @param maxRecordBytes likewise for a record still open after this many bytes of UTF-8
 */
public record CsvOptions(Delimiter delimiter, int maxRecordLines, int maxRecordBytes) {
  /** Lines a record may span unless configured ({@code csv_max_record_lines}). */
  public static final int DEFAULT_MAX_RECORD_LINES = 100;

  /** Bytes a record may hold: 1 MiB. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

  public CsvOptions {
    if (delimiter == null) {
      throw new IllegalArgumentException("a delimiter is required");
    }
    if (maxRecordLines < 1 || maxRecordBytes < 1) {
      throw new IllegalArgumentException(
          "maxRecordLines and maxRecordBytes must be positive: "
              + maxRecordLines
              + ", "
              + maxRecordBytes);
    }
  }

  /** The defaults for a delimiter: 100 lines and 1 MiB per record. */
  public static CsvOptions of(Delimiter delimiter) {
    return new CsvOptions(delimiter, DEFAULT_MAX_RECORD_LINES, DEFAULT_MAX_RECORD_BYTES);
  }

  /** The same options with another line limit. */
  public CsvOptions withMaxRecordLines(int lines) {
    return new CsvOptions(delimiter, lines, maxRecordBytes);
  }
}
