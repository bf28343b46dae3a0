package org.ergolens.trend;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.BenjaminiHochberg;
import org.ergolens.stats.DifferenceInDifferences.Proportion;
import org.ergolens.stats.IndependenceTest;
import org.ergolens.stats.PrevalenceDifference;
import org.ergolens.stats.TwoByTwo;

/**
 * The {@code department_trends} table: per reporting unit (and the organisation), outcome and
 * month, the published prevalence and its change against the previous month and against a trailing
 * baseline.
 *
 * <p>Privacy across months: every number is either a published monthly value or derived from
 * published monthly values only, and only across months in which the unit had the same make-up (the
 * same departments folded into it). So no combination of months, and no comparison of a unit with
 * the parent it was folded into in another month, gives back a value a monthly report withholds.
 */
public final class DepartmentTrends {
  /** Months before the current one that the baseline pools, at most. */
  public static final int BASELINE_MONTHS = 12;

  /** A baseline needs at least this many comparable months. */
  public static final int MIN_BASELINE_MONTHS = 3;

  /** A change is flagged when its Benjamini–Hochberg q-value is below this. */
  public static final double FLAG_Q = 0.05;

  static final String NO_REPORTS = "no_reports_in_month";
  static final String WITHHELD = "withheld";
  static final String NO_PREVIOUS = "no_previous_month_data";
  static final String PREVIOUS_NOT_COMPARABLE = "previous_month_not_comparable";
  static final String COMPOSITION_CHANGED = "composition_changed";
  static final String BASELINE_TOO_SHORT = "baseline_too_short";

  private DepartmentTrends() {}

  /**
   * @param months consecutive months, oldest first
   * @return rows by scope (organisation first, then units in id order), then outcome, then month
   */
  public static List<TrendRow> of(List<MonthSnapshot> months) {
    Map<YearMonth, MonthSnapshot> byMonth = new LinkedHashMap<>();
    months.forEach(m -> byMonth.put(m.month(), m));
    Set<String> unitIds = new TreeSet<>();
    months.forEach(m -> m.units().forEach(u -> unitIds.add(u.department())));
    List<TrendRow> rows = new ArrayList<>();
    List<String> series = new ArrayList<>();
    series.add(null);
    series.addAll(unitIds);
    for (String unit : series) {
      for (Outcome o : Outcome.values()) {
        for (MonthSnapshot m : months) {
          cell(m, unit).ifPresent(c -> rows.add(row(unit, o, m, c, byMonth)));
        }
      }
    }
    return flagged(rows);
  }

  /** A unit's (or, for null, the organisation's) published summary in a month. */
  private static Optional<PublishedSummary> cell(MonthSnapshot m, String unit) {
    return unit == null ? Optional.of(m.organisation()) : m.unit(unit);
  }

  private static TrendRow row(
      String unit,
      Outcome o,
      MonthSnapshot m,
      PublishedSummary s,
      Map<YearMonth, MonthSnapshot> byMonth) {
    Set<String> notes = new LinkedHashSet<>();
    Double prevalence = m.hasData() ? s.prevalence(o) : null;
    TrendRow.Change vsPrevious = TrendRow.Change.NONE;
    TrendRow.Baseline vsBaseline = TrendRow.Baseline.NONE;
    if (!m.hasData()) {
      notes.add(NO_REPORTS);
    } else if (prevalence == null) {
      notes.add(WITHHELD);
    } else {
      MonthSnapshot prev = byMonth.get(m.month().minusMonths(1));
      Optional<PublishedSummary> before = prev == null ? Optional.empty() : cell(prev, unit);
      if (before.isEmpty() || !prev.hasData()) {
        notes.add(NO_PREVIOUS);
      } else if (!comparable(prev, before.get(), s, o)) {
        notes.add(
            before.get().rolledUp().equals(s.rolledUp())
                ? PREVIOUS_NOT_COMPARABLE
                : COMPOSITION_CHANGED);
      } else {
        vsPrevious =
            change(
                prevalence,
                s,
                o,
                before.get().prevalence(o),
                before.get().cases(o),
                before.get().respondents(),
                before.get().respondents());
      }
      long pooledCases = 0;
      long pooledRespondents = 0;
      int used = 0;
      for (int back = 1; back <= BASELINE_MONTHS; back++) {
        MonthSnapshot earlier = byMonth.get(m.month().minusMonths(back));
        if (earlier == null) {
          continue;
        }
        Optional<PublishedSummary> e = cell(earlier, unit);
        if (e.isPresent() && comparable(earlier, e.get(), s, o)) {
          pooledCases += e.get().cases(o);
          pooledRespondents += e.get().respondents();
          used++;
        }
      }
      if (used >= MIN_BASELINE_MONTHS) {
        vsBaseline =
            new TrendRow.Baseline(
                used,
                change(
                    prevalence,
                    s,
                    o,
                    (double) pooledCases / pooledRespondents,
                    pooledCases,
                    pooledRespondents,
                    (double) pooledRespondents / used));
      } else {
        notes.add(BASELINE_TOO_SHORT);
      }
    }
    return new TrendRow(
        new TrendRow.Id(
            unit == null ? Scope.ORGANIZATION : Scope.DEPARTMENT,
            unit,
            unit == null ? null : s.name(),
            m.month(),
            o),
        new TrendRow.Figures(
            s.respondents(),
            s.cases(o),
            prevalence,
            s.rolledUp(),
            s.respondents() == null || s.cases(o) == null),
        vsPrevious,
        vsBaseline,
        notes.isEmpty() ? null : String.join(";", notes));
  }

  /**
   * The change of this month's prevalence against an earlier one, with its Newcombe 95% interval
   * and its test; unflagged.
   *
   * @param referenceEffectiveRespondents the reference's sample size for its Wilson interval: its
   *     respondents for one month; for a baseline pooling months of the same people, one month's
   *     worth (pooled respondents over months), as pooling does not add people
   */
  private static TrendRow.Change change(
      double prevalence,
      PublishedSummary now,
      Outcome o,
      double reference,
      long referenceCases,
      long referenceRespondents,
      double referenceEffectiveRespondents) {
    PrevalenceDifference interval =
        PrevalenceDifference.newcombe(
            new Proportion(now.cases(o), now.respondents()),
            new Proportion(referenceCases, referenceRespondents, referenceEffectiveRespondents));
    return new TrendRow.Change(
        reference,
        prevalence - reference,
        interval.ciLow(),
        interval.ciHigh(),
        pValue(now.cases(o), now.respondents(), referenceCases, referenceRespondents),
        null);
  }

  /**
   * Whether an earlier month of a unit may be compared with the current one: it has reports, its
   * value is published and the unit was made up of the same departments.
   */
  private static boolean comparable(
      MonthSnapshot earlier, PublishedSummary then, PublishedSummary now, Outcome o) {
    return earlier.hasData()
        && then.prevalence(o) != null
        && then.rolledUp().equals(now.rolledUp());
  }

  private static double pValue(
      long cases, long respondents, long otherCases, long otherRespondents) {
    return IndependenceTest.test(new TwoByTwo(cases, respondents, otherCases, otherRespondents))
        .pValue();
  }

  /** Benjamini–Hochberg per month and comparison, over every row of the month that has a test. */
  private static List<TrendRow> flagged(List<TrendRow> rows) {
    Map<YearMonth, List<Integer>> byMonth = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byMonth.computeIfAbsent(rows.get(i).id().month(), k -> new ArrayList<>()).add(i);
    }
    Boolean[] previous = new Boolean[rows.size()];
    Boolean[] baseline = new Boolean[rows.size()];
    for (List<Integer> idx : byMonth.values()) {
      flag(rows, idx, r -> r.vsPrevious().pValue(), previous);
      flag(rows, idx, r -> r.vsBaseline().change().pValue(), baseline);
    }
    List<TrendRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i).withFlags(previous[i], baseline[i]));
    }
    return out;
  }

  private static void flag(
      List<TrendRow> rows,
      List<Integer> idx,
      java.util.function.Function<TrendRow, Double> p,
      Boolean[] flags) {
    List<Integer> tested = idx.stream().filter(i -> p.apply(rows.get(i)) != null).toList();
    List<Double> q =
        BenjaminiHochberg.adjust(tested.stream().map(i -> p.apply(rows.get(i))).toList());
    for (int j = 0; j < tested.size(); j++) {
      flags[tested.get(j)] = q.get(j) < FLAG_Q;
    }
  }
}
