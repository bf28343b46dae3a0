package org.ergolens.cohort;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The month a run reports on, with the survey lookback window that ends with it: for 2026-10 and
 * 12 months, 2025-11-01 to 2026-10-31.
 */
public record ReportingMonth(YearMonth month, int lookbackMonths) {

  /** Parses {@code YYYY-MM}; throws IllegalArgumentException with a readable message. */
  public static YearMonth parse(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException(
          "Invalid month '" + text + "': use the form YYYY-MM, e.g. 2026-10.");
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Invalid month '" + text + "': use the form YYYY-MM, e.g. 2026-10.");
    }
  }

  public LocalDate firstDay() {
    return month.atDay(1);
  }

  public LocalDate lastDay() {
    return month.atEndOfMonth();
  }

  /** First day of the survey lookback window. */
  public LocalDate lookbackStart() {
    return month.minusMonths(lookbackMonths - 1L).atDay(1);
  }

  /** The directory-name form, {@code month=YYYY-MM}. */
  public String partition() {
    return "month=" + month;
  }

  @Override
  public String toString() {
    return month.toString();
  }
}
