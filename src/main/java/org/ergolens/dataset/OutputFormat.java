package org.ergolens.dataset;

import java.util.Locale;

/** The file formats the generator can write; each maps to the extension the job reads it by. */
public enum OutputFormat {
  /** Comma-separated values with a header row, RFC 4180 quoting and LF line ends. */
  CSV("csv"),
  /** JSON Lines: one JSON object per line, keys as the contract's column names. */
  JSONL("jsonl"),
  /**
   * Apache Parquet: one Snappy-compressed file per dataset with typed columns (strings, dates,
   * integers, decimals, booleans); cannot hold deliberately bad values.
   */
  PARQUET("parquet");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** Whether bad rows can be written in this format: text formats can hold any value. */
  public boolean holdsBadRows() {
    return this != PARQUET;
  }

  /** The file extension without a dot, e.g. {@code csv}. */
  public String extension() {
    return extension;
  }

  /**
   * Parses {@code csv}, {@code jsonl} or {@code parquet}, ignoring case and surrounding spaces.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static OutputFormat parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.extension.equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Cannot use output format '" + text + "': expected csv, jsonl or parquet");
  }
}
