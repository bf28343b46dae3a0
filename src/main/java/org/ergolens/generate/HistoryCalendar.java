package org.ergolens.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The calendar of one generation. The <em>history</em> is the {@code months} months ending with the
 * end month: every one of them has reports. Survey answers are dated in the <em>survey window</em>,
 * which starts {@link PlantedModel#LOOKBACK_MONTHS} months before the history so that even the
 * first history month has a full lookback. Days are handled as offsets from the window's first day,
 * with the {@link LocalDate}s cached.
 */
final class HistoryCalendar {
  private final YearMonth firstMonth;
  private final int months;
  private final LocalDate windowStart;
  private final LocalDate[] days;
  private final int[] monthStart;
  private final int[] monthEnd;
  private final int[] lookbackStart;

  HistoryCalendar(YearMonth endMonth, int months, int lookbackMonths) {
    this.months = months;
    this.firstMonth = endMonth.minusMonths(months - 1L);
    this.windowStart = firstMonth.minusMonths(lookbackMonths).atDay(1);
    LocalDate windowEnd = endMonth.atEndOfMonth();
    int n = (int) ChronoUnit.DAYS.between(windowStart, windowEnd) + 1;
    days = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      days[i] = windowStart.plusDays(i);
    }
    monthStart = new int[months];
    monthEnd = new int[months];
    lookbackStart = new int[months];
    for (int m = 0; m < months; m++) {
      YearMonth ym = month(m);
      monthStart[m] = offset(ym.atDay(1));
      monthEnd[m] = offset(ym.atEndOfMonth());
      lookbackStart[m] = offset(ym.minusMonths(lookbackMonths - 1L).atDay(1));
    }
  }

  /** Number of months in the history. */
  int months() {
    return months;
  }

  YearMonth month(int m) {
    return firstMonth.plusMonths(m);
  }

  YearMonth firstMonth() {
    return firstMonth;
  }

  LocalDate windowStart() {
    return windowStart;
  }

  LocalDate windowEnd() {
    return days[days.length - 1];
  }

  /** Number of days in the survey window. */
  int windowDays() {
    return days.length;
  }

  LocalDate day(int offset) {
    return days[offset];
  }

  int offset(LocalDate date) {
    return (int) ChronoUnit.DAYS.between(windowStart, date);
  }

  /** First day (offset) of history month {@code m}. */
  int monthStart(int m) {
    return monthStart[m];
  }

  /** Last day (offset) of history month {@code m}. */
  int monthEnd(int m) {
    return monthEnd[m];
  }

  /** First day (offset) of the lookback ending with history month {@code m}. */
  int lookbackStart(int m) {
    return lookbackStart[m];
  }
}
