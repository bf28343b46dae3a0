package org.ergolens;

/**
 * The one place where user-facing errors are worded: "Cannot &lt;action&gt;: &lt;reason&gt;", with
 * the file, column and the fix. Tests assert these messages word for word.
 */
public final class Errors {
  private Errors() {}

  public static ErgoLensException missingDataset(String dataset, String input) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read input: no "
            + dataset
            + " dataset in "
            + input
            + " (expected "
            + dataset
            + ".csv, .jsonl, .json, .parquet, .xlsx or a directory "
            + dataset
            + "/ of part files).");
  }

  public static ErgoLensException ambiguousDataset(String dataset, String input) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read input: more than one "
            + dataset
            + " dataset in "
            + input
            + "; keep exactly one file or directory named "
            + dataset
            + ".");
  }

  public static ErgoLensException emptyDataset(String dataset, String path) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read " + path + ": the " + dataset + " directory holds no data files.");
  }

  public static ErgoLensException unknownFormat(String path) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": unknown file extension; use .csv, .jsonl, .json, .parquet or .xlsx (CSV and JSON"
            + " Lines may be compressed: .csv.gz, .jsonl.bz2, …).");
  }

  public static ErgoLensException missingColumn(String path, String column) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read " + path + ": required column '" + column + "' is missing from the header.");
  }

  public static ErgoLensException duplicateColumn(String path, String column) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read " + path + ": column '" + column + "' appears more than once in the header.");
  }

  public static ErgoLensException emptyFile(String path) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read " + path + ": the file is empty; expected a header row.");
  }

  public static ErgoLensException badEncoding(String path, String found) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read " + path + ": the file is " + found + "; export it as UTF-8.");
  }

  public static ErgoLensException oldExcelWorkbook(String path) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": it is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx).");
  }

  /**
   * A CSV header that holds the contract's columns under another separator than the configured one.
   *
   * @param found how the header splits under that other separator, e.g. "11 columns with ';'"
   */
  public static ErgoLensException delimiterMismatch(
      String path, String configured, String found, String setting) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": the header splits into "
            + found
            + " \u2014 set csv_delimiter to "
            + setting
            + " (it is "
            + configured
            + ").");
  }

  public static ErgoLensException ambiguousDelimiter(String path, String candidates) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": the header holds the contract's columns both with "
            + candidates
            + " as the separator; set csv_delimiter to the file's separator.");
  }

  /**
   * A CSV header that no separator splits into columns.
   *
   * @param start the header's beginning, as read
   */
  public static ErgoLensException noDelimiter(String path, String start) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": the header does not split into columns with ',', ';' or a tab (it reads '"
            + start
            + "'); separate the columns with one of them.");
  }

  public static ErgoLensException noHeaderRow(String path, String sheet, int firstRow) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": sheet '"
            + sheet
            + "' starts in row "
            + firstRow
            + "; put the header in row 1.");
  }

  public static ErgoLensException emptySheet(String path, String sheet) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read " + path + ": sheet '" + sheet + "' is empty; expected a header in row 1.");
  }

  public static ErgoLensException unreadable(String path, String reason) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT, "Cannot read " + path + ": " + oneLine(reason));
  }

  public static ErgoLensException badColumnType(String path, String column, String type) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot read "
            + path
            + ": column '"
            + column
            + "' has type "
            + type
            + "; expected a plain value (string, number, date or boolean).");
  }

  public static ErgoLensException badDepartmentTree(String path, String reason) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT, "Cannot read " + path + ": " + reason);
  }

  public static ErgoLensException noReports(String input) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot choose a month: "
            + input
            + " has no accepted discomfort reports; pass --month YYYY-MM.");
  }

  public static ErgoLensException outputInsideInput(String out, String input) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot write to "
            + out
            + ": it lies inside the input directory "
            + input
            + "; choose an output directory outside it.");
  }

  public static ErgoLensException outputUnwritable(String out, String month, Throwable cause) {
    return new ErgoLensException(
        ErgoLensException.EXIT_OUTPUT,
        "Cannot write the report for "
            + month
            + " under "
            + out
            + ": "
            + oneLine(cause.getMessage())
            + "; nothing was published, and a report published before is unchanged.",
        cause);
  }

  public static ErgoLensException outputUnavailable(String out, String reason) {
    return new ErgoLensException(
        ErgoLensException.EXIT_OUTPUT,
        "Cannot write to " + out + ": " + oneLine(reason) + "; nothing was written.");
  }

  public static ErgoLensException rejectRatio(
      String dataset, long rejected, long read, double max, String rejectsDir) {
    return new ErgoLensException(
        ErgoLensException.EXIT_REJECT_RATIO,
        String.format(
            java.util.Locale.ROOT,
            "Cannot publish a report: %d of %d %s rows (%.1f%%) were rejected, over max_reject_ratio"
                + " %.3f; see the rejects in %s.",
            rejected,
            read,
            dataset,
            100.0 * rejected / read,
            max,
            rejectsDir));
  }

  /** Collapses a message to its first line, so no stack-trace text reaches the user. */
  public static String oneLine(String s) {
    if (s == null || s.isBlank()) {
      return "unknown error";
    }
    return s.strip().lines().findFirst().orElse("").strip();
  }
}
