package org.ergolens.report.workbook;

/**
 * How a number cell reads: the Excel number format that shows exactly the rounding {@link
 * org.ergolens.text.Numbers} uses for the same figure, while the cell keeps the exact value for
 * sorting and sums.
 */
enum Format {
  /** A count with thousands separators: "1,234". */
  COUNT("#,##0"),
  /** Whole people, as cases are told: "118" for 117.5 (Numbers: "about 118"). */
  CASES("#,##0"),
  /** A share as a percentage with one decimal: "12.5%". */
  PERCENT("0.0%"),
  /** A ratio with two decimals: "1.84". */
  RATIO("0.00"),
  /** A change in percentage points held as points (1.6, not 0.016): "+1.6 pp". */
  POINTS("+0.0\" pp\";\u22120.0\" pp\";0.0\" pp\"");

  private final String excel;

  Format(String excel) {
    this.excel = excel;
  }

  /** The Excel number format string. */
  String excel() {
    return excel;
  }
}
