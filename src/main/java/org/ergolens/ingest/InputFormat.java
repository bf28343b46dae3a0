package org.ergolens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats the job reads; taken from a file's extension. CSV and JSON Lines may be
 * compressed with any codec Hadoop ships ({@code .gz}, {@code .bz2}, …): {@code
 * workstation_survey.csv.gz} is CSV.
 */
public enum InputFormat {
  CSV,
  JSONL,
  PARQUET,
  XLSX;

  /** The extensions of the compression codecs Hadoop ships, as Hadoop recognises them. */
  public static final List<String> COMPRESSION_EXTENSIONS =
      List.of(".gz", ".bz2", ".deflate", ".lz4", ".snappy", ".zst");

  /** The format a file name's extension stands for, if any. */
  public static Optional<InputFormat> ofFileName(String name) {
    String n = withoutCompression(name.toLowerCase(Locale.ROOT));
    boolean compressed = n.length() < name.length();
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (compressed) {
      return Optional.empty();
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (n.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }

  /** Whether a file name is an Excel 97–2003 workbook, which the job cannot read. */
  public static boolean isOldExcel(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".xls");
  }

  /** Whether the format is text read line by line (CSV, JSON Lines). */
  public boolean isText() {
    return this == CSV || this == JSONL;
  }

  private static String withoutCompression(String name) {
    for (String ext : COMPRESSION_EXTENSIONS) {
      if (name.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }
}
