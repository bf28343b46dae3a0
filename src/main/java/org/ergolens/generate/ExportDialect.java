package org.ergolens.generate;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an export file is written: a workbook with typed cells, or CSV with a separator, encoding,
 * line ends, decimal mark and date-time format.
 *
 * @param workbook whether it is an {@code .xlsx} workbook (the rest applies to CSV)
 * @param delimiter the field separator
 * @param byteOrderMark whether the file starts with UTF-8's byte-order mark
 * @param lineEnd between records ({@code \n} or {@code \r\n}); line breaks inside a cell are {@code
 *     \n}
 * @param decimalMark the decimal mark of numbers
 * @param dateTime how a date-time cell is written
 */
public record ExportDialect(
    boolean workbook,
    char delimiter,
    boolean byteOrderMark,
    String lineEnd,
    char decimalMark,
    DateTimeFormatter dateTime) {

  /** An Excel workbook: dates and numbers typed. */
  public static final ExportDialect XLSX =
      new ExportDialect(true, ',', false, "\n", '.', DateTimeFormatter.ISO_LOCAL_DATE_TIME);

  /** Plain CSV as Google Forms downloads it: commas, UTF-8, LF. */
  public static final ExportDialect CSV =
      new ExportDialect(
          false, ',', false, "\n", '.', DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

  /** Qualtrics' CSV: commas, UTF-8 with a byte-order mark, CRLF, ISO-like date-times. */
  public static final ExportDialect QUALTRICS_CSV =
      new ExportDialect(
          false, ',', true, "\r\n", '.', DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

  /**
   * A spreadsheet saved as CSV in a European (German) locale: {@code ;}, decimal comma, UTF-8 with
   * a byte-order mark, CRLF, dates as {@code 05.10.2026 09:41:12}.
   */
  public static final ExportDialect EUROPEAN_CSV =
      new ExportDialect(
          false,
          ';',
          true,
          "\r\n",
          ',',
          DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.GERMANY));

  /** The file extension. */
  public String extension() {
    return workbook ? "xlsx" : "csv";
  }
}
