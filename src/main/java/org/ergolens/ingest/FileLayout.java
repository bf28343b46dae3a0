package org.ergolens.ingest;

import java.io.Serializable;
import org.ergolens.ingest.format.CsvOptions;
import org.ergolens.ingest.format.Delimiter;
import org.ergolens.ingest.format.TextEncoding;

/**
 * How to read one file of a dataset (not Parquet), settled by its header check.
 *
 * @param file the file
 * @param dialect how its text or cells are written
 * @param fieldOfColumn for CSV, the header position of each canonical column (in the dataset's
 *     column order), -1 when the file lacks it; for a workbook, the column (0 is A); for JSON Lines
 *     0 when its first record has the key, else -1
 * @param fieldCount for CSV, the number of header fields every record must have
 */
public record FileLayout(SourceFile file, Dialect dialect, int[] fieldOfColumn, int fieldCount)
    implements Serializable {

  /**
   * How a file's values are written.
   *
   * @param encoding the text's encoding (UTF-8 for a workbook)
   * @param delimiter the CSV separator; null for other formats
   * @param decimalMark the mark in decimal columns of CSV files and workbook text cells
   * @param maxRecordLines lines a CSV record may span
   * @param maxRecordBytes bytes a record may hold
   * @param sheet the worksheet of a workbook; null for the first, or for other formats
   */
  public record Dialect(
      TextEncoding encoding,
      Delimiter delimiter,
      DecimalMark decimalMark,
      int maxRecordLines,
      int maxRecordBytes,
      String sheet)
      implements Serializable {

    /** The CSV options of a CSV file. */
    public CsvOptions csvOptions() {
      return new CsvOptions(delimiter, maxRecordLines, maxRecordBytes);
    }
  }

  /** Whether a file is read in one piece rather than in splits: compressed, UTF-16, a workbook. */
  public boolean wholeFile(boolean compressed) {
    return compressed
        || file.format() == InputFormat.XLSX
        || dialect.encoding() != TextEncoding.UTF_8;
  }
}
