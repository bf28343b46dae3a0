package org.ergolens.job;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.cohort.MonthlySeries;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Headcounts;
import org.ergolens.model.Organisation;
import org.ergolens.privacy.MinCellCount;
import org.ergolens.privacy.MinGroupSize;
import org.ergolens.privacy.PublicationPolicy;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.ReportingUnit;
import org.ergolens.privacy.RollUpResult;
import org.ergolens.trend.MonthSnapshot;

/**
 * The months a run computes, as covariate-pattern counts, and earlier months as their own reports
 * publish them: each month's patterns go through the same roll-up and privacy rules as a run for
 * that month alone, so a trend never shows a number that month's report withholds.
 */
final class MonthHistory {
  private final MonthlySeries.Result series;
  private final Set<Factor> factors;
  private final Organisation organisation;
  private final MinGroupSize k;
  private final MinCellCount m;
  private final Headcounts headcounts;
  private final double minResponseRate;
  private final Map<YearMonth, MonthSnapshot> snapshots = new LinkedHashMap<>();

  MonthHistory(
      MonthlySeries.Result series,
      Set<Factor> factors,
      Organisation organisation,
      MinGroupSize k,
      MinCellCount m,
      Headcounts headcounts,
      double minResponseRate) {
    this.series = series;
    this.factors = factors;
    this.organisation = organisation;
    this.k = k;
    this.m = m;
    this.headcounts = headcounts;
    this.minResponseRate = minResponseRate;
  }

  /** A month's covariate-pattern counts. */
  List<CovariatePattern> patterns(YearMonth month) {
    return month(month).patterns();
  }

  /** Accepted reports dated in the month. */
  long reports(YearMonth month) {
    return month(month).reports();
  }

  /** The factors the input has (the optional ones only when their column is present). */
  Set<Factor> factors() {
    return factors;
  }

  /** Accepted reports dated in the month whose respondent is not in its population. */
  long unmatchedReports(YearMonth month) {
    return month(month).unmatchedReports();
  }

  /**
   * The file and row of each of them ({@link #unmatchedReports} of them), for the rejects: served
   * from the series' cache, for a month the run reports on.
   */
  Dataset<Row> unmatchedReportPositions(YearMonth month) {
    return series.unmatchedReports(month);
  }

  private MonthlySeries.Month month(YearMonth month) {
    MonthlySeries.Month m = series.months().get(month);
    if (m == null) {
      throw new IllegalStateException("Month " + month + " is outside the computed series");
    }
    return m;
  }

  /**
   * A month's patterns rolled up into reporting units, analysed and published: the one path every
   * month takes, the reporting month with its factor effects and earlier months without. Each row
   * carries its participation from the month's headcounts.
   */
  PublishedMonth publish(YearMonth month, List<CovariatePattern> patterns, boolean withEffects) {
    RollUpResult units = ReportingUnits.of(patterns, organisation, k);
    Map<String, List<String>> rolledUp = rolledUp(units);
    MonthlyAnalysis.Result raw =
        withEffects
            ? MonthlyAnalysis.run(
                patterns, factors, organisation, units.unitByDepartment(), rolledUp)
            : MonthlyAnalysis.summaries(
                patterns, factors, organisation, units.unitByDepartment(), rolledUp);
    return new PublicationPolicy(k, m)
        .apply(raw, units, ReportingUnits.tree(units, organisation), factors)
        .withParticipation(
            units,
            headcounts.given() ? Optional.of(headcounts.in(month)) : Optional.empty(),
            minResponseRate);
  }

  /** The published form of one month of the series, as its own report would show it. */
  private MonthSnapshot snapshot(MonthlySeries.Month data) {
    PublishedMonth published =
        data.patterns().isEmpty()
            ? PublicationPolicy.nobody(factors)
            : publish(data.month(), data.patterns(), false);
    return new MonthSnapshot(data.month(), data.reports(), published);
  }

  /** The published months from {@code first} to {@code last} that the series holds, in order. */
  List<MonthSnapshot> between(YearMonth first, YearMonth last) {
    List<MonthSnapshot> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      MonthlySeries.Month data = series.months().get(m);
      if (data != null) {
        out.add(snapshots.computeIfAbsent(m, x -> snapshot(data)));
      }
    }
    return out;
  }

  private static Map<String, List<String>> rolledUp(RollUpResult units) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (ReportingUnit u : units.units().values()) {
      m.put(u.id(), u.rolledUp());
    }
    return m;
  }
}
