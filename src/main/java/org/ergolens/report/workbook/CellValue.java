package org.ergolens.report.workbook;

/**
 * What one cell of the workbook holds: text, a number with the format people read it in, a link to
 * another sheet, or nothing.
 */
sealed interface CellValue {
  /** A text cell; wrapped in its column, its row made tall enough for it. */
  record Text(String text) implements CellValue {}

  /** A number cell: the exact value, displayed at the format's precision. */
  record Number(double value, Format format, boolean highlighted) implements CellValue {}

  /** A text cell that opens cell A1 of another sheet of the workbook. */
  record Link(String text, String sheet) implements CellValue {}

  /** A value the privacy rules withhold: the text "withheld", aligned as the numbers are. */
  record Withheld() implements CellValue {}

  /** An empty cell. */
  record Empty() implements CellValue {}

  CellValue EMPTY = new Empty();

  /** Text, or an empty cell when null or empty. */
  static CellValue text(String text) {
    return text == null || text.isEmpty() ? EMPTY : new Text(text);
  }

  /** A number, or the text {@code whenNull} (empty when that is null) when there is none. */
  static CellValue number(java.lang.Number value, Format format, String whenNull) {
    if (value != null) {
      return new Number(value.doubleValue(), format, false);
    }
    return text(whenNull);
  }

  /** A number that may be withheld by the privacy rules: "withheld" when null. */
  static CellValue published(java.lang.Number value, Format format) {
    return value == null ? new Withheld() : new Number(value.doubleValue(), format, false);
  }
}
