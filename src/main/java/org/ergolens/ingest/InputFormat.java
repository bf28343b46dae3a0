package org.ergolens.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats the job reads; taken from a file's extension. */
public enum InputFormat {
  CSV,
  JSONL,
  PARQUET;

  /** The format a file name's extension stands for, if any. */
  public static Optional<InputFormat> ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    return Optional.empty();
  }
}
