package org.ergolens.survey;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * The rows of one export file, streamed: its header first, then one record at a time, so that
 * memory is bounded by a record, not by the file. CSV and workbooks are read by {@code
 * org.ergolens.ingest.format}.
 */
public interface ExportRows extends Closeable {
  /**
   * One record after the header.
   *
   * @param position where it stands: the line a CSV record starts on, or the sheet's row number
   * @param cells its cells by column
   * @param malformed why a CSV record could not be read (an unclosed quote, the wrong number of
   *     fields), or null
   */
  record Record(long position, List<Cell> cells, String malformed) {}

  /** The file's header rows. */
  ExportHeader header();

  /** The next record, or empty after the last. */
  Optional<Record> next() throws IOException;

  /**
   * Opens an export and reads its header ({@code profile}'s header rows).
   *
   * @throws org.ergolens.ErgoLensException when the file cannot be read as its kind
   */
  static ExportRows open(ExportFile file, Profile profile, Configuration conf) {
    return file.kind() == ExportFile.Kind.XLSX
        ? WorkbookExportRows.open(file, profile.headerRows(), conf)
        : CsvExportRows.open(file, profile, conf);
  }
}
