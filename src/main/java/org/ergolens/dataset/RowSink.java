package org.ergolens.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where generated rows go: a header, then rows of values. Implementations exist for CSV ({@link
 * CsvRowSink}), JSON Lines ({@link JsonLinesRowSink}) and Parquet ({@link ParquetRowSink}).
 *
 * <p>A row is an array with one value per header column, in header order. A value is one of {@code
 * null} (an empty cell), a {@link String}, an {@link Integer} or {@link Long}, a {@link
 * java.math.BigDecimal}, a {@link Boolean} or a {@link java.time.LocalDate}. A value whose Java
 * type does not match its column's {@link ColumnType} (e.g. the string {@code "seven"} in a decimal
 * column) is deliberate bad input and is written as text; the Parquet sink, whose columns are
 * typed, rejects it.
 *
 * <p>Sinks are not thread-safe and do not keep references to the arrays they are given, so a caller
 * may reuse one array for every row.
 */
public interface RowSink extends Closeable {

  /** Writes the header; called once, before any row. */
  void header(List<Column> columns) throws IOException;

  /** Writes one row; {@code values.length} must equal the number of header columns. */
  void row(Object[] values) throws IOException;

  /**
   * Writes {@code text} verbatim as one line, for deliberately malformed input such as a CSV line
   * with the wrong number of fields or a line that is not valid JSON.
   *
   * @throws UnsupportedOperationException if the format has no notion of a raw line
   */
  void malformedLine(String text) throws IOException;

  /** The number of records written so far (rows and malformed lines, not the header). */
  long records();
}
