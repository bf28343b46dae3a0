package org.ergolens.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the {@link RowSink} for an {@link OutputFormat}. */
public final class RowSinks {
  private RowSinks() {}

  /** Opens a sink of {@code format} that writes to (and finally closes) {@code out}. */
  public static RowSink open(OutputFormat format, OutputStream out) {
    return switch (format) {
      case CSV -> new CsvRowSink(out);
      case JSONL -> new JsonLinesRowSink(out);
      case PARQUET -> new ParquetRowSink(out);
    };
  }

  /** Opens a sink of {@code format} that creates or truncates {@code file}. */
  public static RowSink open(OutputFormat format, Path file) throws IOException {
    return open(format, Files.newOutputStream(file));
  }
}
