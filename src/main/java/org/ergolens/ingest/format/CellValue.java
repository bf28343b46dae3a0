package org.ergolens.ingest.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A cell of a worksheet, typed as the workbook stores it. {@link #text()} is the text a CSV export
 * would hold for it, so that a typed cell is checked exactly as that text would be.
 */
public sealed interface CellValue {
  /** The cell as text: numbers as plain decimals, dates in ISO 8601; null for an empty cell. */
  String text();

  /** An empty cell (or one holding only formatting, or a formula without a cached value). */
  record Blank() implements CellValue {
    static final Blank INSTANCE = new Blank();

    @Override
    public String text() {
      return null;
    }
  }

  /** A text cell (shared, inline or a formula's text result), as written. */
  record Text(String value) implements CellValue {
    @Override
    public String text() {
      return value;
    }
  }

  /**
   * A number cell not formatted as a date. Excel stores every number as a binary double; the value
   * is the decimal the file writes for it, and a whole number reads without a decimal point.
   */
  record Number(BigDecimal value) implements CellValue {
    @Override
    public String text() {
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
  }

  /** A boolean cell: {@code true} or {@code false}. */
  record Bool(boolean value) implements CellValue {
    @Override
    public String text() {
      return Boolean.toString(value);
    }
  }

  /** A number formatted as a date without a time of day: the date shown. */
  record Date(LocalDate value) implements CellValue {
    @Override
    public String text() {
      return value.toString();
    }
  }

  /** A number formatted as a date with a time of day (or a time alone). */
  record DateTime(LocalDateTime value) implements CellValue {
    @Override
    public String text() {
      return value.toString();
    }
  }

  /** An error value such as {@code #N/A} or {@code #DIV/0!}, as its code. */
  record Error(String code) implements CellValue {
    @Override
    public String text() {
      return code;
    }
  }
}
