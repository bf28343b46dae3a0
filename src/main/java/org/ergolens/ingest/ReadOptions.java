package org.ergolens.ingest;

import java.util.Optional;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.format.CsvOptions;
import org.ergolens.ingest.format.Delimiter;

/**
 * How input files are read, where the file itself does not say.
 *
 * @param delimiter the CSV separator for every CSV file; empty: detected per file from its header
 * @param decimalMark the decimal mark of CSV files and workbook text cells; empty: a comma in files
 *     separated by {@code ;}, otherwise a point
 * @param maxRecordLines lines a CSV record may span ({@code csv_max_record_lines})
 * @param xlsxSheet the worksheet read from each workbook; empty: the first
 */
public record ReadOptions(
    Optional<Delimiter> delimiter,
    Optional<DecimalMark> decimalMark,
    int maxRecordLines,
    Optional<String> xlsxSheet) {

  /** Every file detected, records of up to 100 lines, first sheets. */
  public static ReadOptions defaults() {
    return new ReadOptions(
        Optional.empty(), Optional.empty(), CsvOptions.DEFAULT_MAX_RECORD_LINES, Optional.empty());
  }

  /** The input keys of a validated job configuration. */
  public static ReadOptions of(JobConfig config) {
    return new ReadOptions(
        Delimiter.ofSetting(config.csvDelimiter()),
        DecimalMark.ofSetting(config.decimalMark()),
        config.csvMaxRecordLines(),
        Optional.ofNullable(config.xlsxSheet()));
  }

  /** The decimal mark of a CSV file separated by {@code delimiter}. */
  public DecimalMark decimalMarkFor(Delimiter delimiter) {
    return decimalMark.orElse(
        delimiter == Delimiter.SEMICOLON ? DecimalMark.COMMA : DecimalMark.POINT);
  }
}
