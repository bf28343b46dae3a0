package org.ergolens.dataset;

/**
 * One CSV field as text: RFC 4180 quoting, and the guard against CSV injection for files people
 * open in a spreadsheet.
 */
public final class CsvFields {
  private CsvFields() {}

  /** Guards against CSV injection: a cell a spreadsheet would run as a formula gets a leading '. */
  public static String neutralise(String s) {
    return looksLikeFormula(s) ? "'" + s : s;
  }

  /**
   * Whether a spreadsheet would take the text for a formula: it starts with = + - @ (or tab, CR).
   */
  public static boolean looksLikeFormula(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
  }

  /** RFC 4180 quoting where a value needs it, for a file separated by commas. */
  public static String quote(String s) {
    return quote(s, ',');
  }

  /** RFC 4180 quoting where a value needs it, for a file separated by {@code separator}. */
  public static String quote(String s, char separator) {
    boolean needs =
        s.indexOf(separator) >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0;
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
