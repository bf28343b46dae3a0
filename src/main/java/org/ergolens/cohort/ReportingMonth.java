package org.ergolens.cohort;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The month a run reports on, with the survey lookback window that ends with it: for 2026-10 and 12
 * months, 2025-11-01 to 2026-10-31.
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

  /**
   * Parses {@code YYYY-MM} or a range {@code YYYY-MM..YYYY-MM} (both ends included, at most 120
   * months) into the months in order.
   */
  public static java.util.List<YearMonth> parseRange(String text) {
    String[] ends = text == null ? new String[] {null} : text.split("\\.\\.", -1);
    if (ends.length > 2) {
      throw new IllegalArgumentException(
          "Invalid month range '"
              + text
              + "': use YYYY-MM or YYYY-MM..YYYY-MM, e.g. 2026-01..2026-10.");
    }
    YearMonth from = parse(ends[0]);
    YearMonth to = ends.length == 2 ? parse(ends[1]) : from;
    if (to.isBefore(from) || from.plusMonths(119).isBefore(to)) {
      throw new IllegalArgumentException(
          "Invalid month range '"
              + text
              + "': the first month must not be after the last, and a range spans at most 120"
              + " months.");
    }
    java.util.List<YearMonth> months = new java.util.ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
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
