package org.ergolens.trend;

import static org.ergolens.trend.Snapshots.month;
import static org.ergolens.trend.Snapshots.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.stats.DifferenceInDifferences.Proportion;
import org.ergolens.stats.PrevalenceDifference;
import org.junit.jupiter.api.Test;

/** Changes against the previous month and the baseline, and what may never be compared. */
class DepartmentTrendsTest {
  static final YearMonth START = YearMonth.of(2025, 10);

  /** 13 months; {@code fin} has the given respondents and cases per month (null: withheld). */
  static List<MonthSnapshot> history(long[] finCases, Long[] finRespondents, String[][] rolled) {
    List<MonthSnapshot> months = new ArrayList<>();
    for (int i = 0; i < finCases.length; i++) {
      Long n = finRespondents[i];
      months.add(
          month(
              START.plusMonths(i),
              unit(null, 1000L, 100L, 300L),
              unit("fin", n, n == null ? null : finCases[i], n == null ? null : 50L, rolled[i]),
              unit("ops", 800L, 80L, 200L)));
    }
    return months;
  }

  static TrendRow row(List<TrendRow> rows, String unit, String month, String outcome) {
    return rows.stream()
        .filter(r -> java.util.Objects.equals(r.id().department(), unit))
        .filter(r -> r.id().month().toString().equals(month))
        .filter(r -> r.id().outcome().id().equals(outcome))
        .findFirst()
        .orElseThrow();
  }

  static String[][] noFolds(int n) {
    String[][] r = new String[n][];
    for (int i = 0; i < n; i++) {
      r[i] = new String[0];
    }
    return r;
  }

  static Long[] sizes(int n, long size) {
    Long[] r = new Long[n];
    java.util.Arrays.fill(r, size);
    return r;
  }

  @Test
  void aSteadyUnitHasATwelveMonthBaselineAndNoFlag() {
    long[] cases = new long[13];
    java.util.Arrays.fill(cases, 20);
    List<TrendRow> rows = DepartmentTrends.of(history(cases, sizes(13, 200), noFolds(13)));
    TrendRow last = row(rows, "fin", "2026-10", "neck");
    assertEquals(12, last.vsBaseline().months());
    assertEquals(0.1, last.vsBaseline().change().reference(), 1e-12);
    assertEquals(0.0, last.vsBaseline().change().change(), 1e-12);
    assertEquals(0.0, last.vsPrevious().change(), 1e-12);
    assertFalse(last.vsBaseline().change().beyondChance());
    assertFalse(last.vsPrevious().beyondChance());
    assertEquals(13 * 10 * 3, rows.size(), "organisation and two units, 10 outcomes, 13 months");
  }

  @Test
  void aJumpInTheLastMonthIsFlagged() {
    long[] cases = new long[13];
    java.util.Arrays.fill(cases, 20);
    cases[12] = 80;
    List<TrendRow> rows = DepartmentTrends.of(history(cases, sizes(13, 200), noFolds(13)));
    TrendRow last = row(rows, "fin", "2026-10", "neck");
    assertEquals(0.3, last.vsBaseline().change().change(), 1e-12);
    assertTrue(last.vsBaseline().change().beyondChance());
    assertTrue(last.vsPrevious().beyondChance());
    assertTrue(last.vsBaseline().change().pValue() < 1e-10);
    assertFalse(row(rows, "ops", "2026-10", "neck").vsBaseline().change().beyondChance());
  }

  @Test
  void changesCarryNewcombesIntervalWithTheBaselineCountedAsOneMonth() {
    long[] cases = new long[13];
    java.util.Arrays.fill(cases, 20);
    cases[12] = 30;
    List<TrendRow> rows = DepartmentTrends.of(history(cases, sizes(13, 200), noFolds(13)));
    TrendRow last = row(rows, "fin", "2026-10", "neck");
    PrevalenceDifference month = PrevalenceDifference.newcombe(30, 200, 20, 200);
    assertEquals(month.ciLow(), last.vsPrevious().ciLow(), 1e-15);
    assertEquals(month.ciHigh(), last.vsPrevious().ciHigh(), 1e-15);
    PrevalenceDifference baseline =
        PrevalenceDifference.newcombe(new Proportion(30, 200), new Proportion(240, 2400, 200));
    assertEquals(baseline.ciLow(), last.vsBaseline().change().ciLow(), 1e-15);
    assertEquals(baseline.ciHigh(), last.vsBaseline().change().ciHigh(), 1e-15);
    assertTrue(
        last.vsBaseline().change().ciLow() < 0.05 && 0.05 < last.vsBaseline().change().ciHigh());
    assertEquals(
        last.vsBaseline().change().intervalExcludesZero(),
        baseline.beyondChance(),
        "+5 pp on 200 people against a steady 10%");
  }

  @Test
  void theFirstMonthsHaveNoBaselineYet() {
    long[] cases = new long[13];
    java.util.Arrays.fill(cases, 20);
    List<TrendRow> rows = DepartmentTrends.of(history(cases, sizes(13, 200), noFolds(13)));
    TrendRow first = row(rows, "fin", "2025-10", "neck");
    assertNull(first.vsPrevious().change());
    assertNull(first.vsBaseline().change().reference());
    assertEquals("no_previous_month_data;baseline_too_short", first.note());
    assertEquals(3, row(rows, "fin", "2026-01", "neck").vsBaseline().months());
  }

  @Test
  void aWithheldMonthIsNeitherShownNorPooled() {
    long[] cases = new long[13];
    java.util.Arrays.fill(cases, 20);
    Long[] n = sizes(13, 200);
    n[11] = null;
    List<TrendRow> rows = DepartmentTrends.of(history(cases, n, noFolds(13)));
    TrendRow withheld = row(rows, "fin", "2026-09", "neck");
    assertTrue(withheld.figures().suppressed());
    assertNull(withheld.figures().prevalence());
    assertNull(withheld.vsPrevious().change());
    TrendRow last = row(rows, "fin", "2026-10", "neck");
    assertNull(last.vsPrevious().change(), "the previous month is withheld");
    assertEquals(11, last.vsBaseline().months(), "the withheld month is left out of the baseline");
  }

  @Test
  void monthsOfAnotherMakeUpAreNeverCompared() {
    long[] cases = new long[13];
    java.util.Arrays.fill(cases, 20);
    String[][] folds = noFolds(13);
    for (int i = 6; i < 13; i++) {
      folds[i] = new String[] {"fin-tax"};
    }
    List<TrendRow> rows = DepartmentTrends.of(history(cases, sizes(13, 200), folds));
    TrendRow change = row(rows, "fin", START.plusMonths(6).toString(), "neck");
    assertNull(change.vsPrevious().change());
    assertEquals("composition_changed;baseline_too_short", change.note());
    TrendRow last = row(rows, "fin", "2026-10", "neck");
    assertEquals(
        6, last.vsBaseline().months(), "only the months with fin-tax folded in are pooled");
    assertEquals(List.of("fin-tax"), last.figures().rolledUp());
  }

  @Test
  void aMonthWithoutReportsHasNoPrevalence() {
    List<MonthSnapshot> months = new ArrayList<>();
    months.add(new MonthSnapshot(START, 0, PublishedRows.month(unit(null, 1000L, 0L, 300L))));
    months.add(month(START.plusMonths(1), unit(null, 1000L, 100L, 300L)));
    List<TrendRow> rows = DepartmentTrends.of(months);
    assertNull(row(rows, null, "2025-10", "neck").figures().prevalence());
    assertEquals("no_reports_in_month", row(rows, null, "2025-10", "neck").note());
    assertEquals(
        "no_previous_month_data;baseline_too_short", row(rows, null, "2025-11", "neck").note());
  }
}
