package org.ergolens.survey;

import java.util.Locale;
import java.util.Optional;

/**
 * One export file: a survey platform's download of responses.
 *
 * @param path the file's path or URI, as the manifest names it
 * @param name its file name, written with each row it gives
 * @param kind how it is read
 * @param size its length in bytes
 */
public record ExportFile(String path, String name, Kind kind, long size) {
  /** How an export file is read, from its extension. */
  public enum Kind {
    /** An Excel workbook: its first sheet, typed cells, the sheet's row numbers. */
    XLSX("xlsx"),
    /** CSV: encoding and separator found from the file, line numbers. */
    CSV("csv"),
    /** CSV compressed with gzip. */
    CSV_GZ("csv.gz");

    private final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }

    /** Whether a row's place is a line (CSV) rather than a sheet row. */
    public boolean numbersLines() {
      return this != XLSX;
    }

    /** The kind a file name's extension stands for, if any. */
    public static Optional<Kind> ofFileName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".xlsx")) {
        return Optional.of(XLSX);
      }
      if (n.endsWith(".csv.gz")) {
        return Optional.of(CSV_GZ);
      }
      if (n.endsWith(".csv")) {
        return Optional.of(CSV);
      }
      return Optional.empty();
    }
  }
}
