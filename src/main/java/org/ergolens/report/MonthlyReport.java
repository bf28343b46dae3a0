package org.ergolens.report;

import java.util.List;
import java.util.Map;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.recommend.Recommendation;

/**
 * Everything a month's report shows, after the privacy rules: the source of every output format.
 *
 * @param month the reporting month, {@code YYYY-MM}
 * @param config the configuration the run used
 * @param inputs input files with sizes and checksums
 * @param datasets reconciliation per dataset
 * @param factors ids of the factors analysed (optional ones only when their column is present)
 * @param organisation organisation-wide totals (never suppressed when at least k respondents)
 * @param effects the {@code factor_effects} rows
 * @param units the {@code department_summary} rows
 * @param recommendations ranked actions per unit, then the organisation-level summary
 * @param notes plain-language notes on the run (roll-ups, suppression, model fits)
 * @param departmentsPublished false when no department-level numbers may be published at all
 * @param trends the {@code department_trends} rows (empty when trends are turned off)
 * @param interventions the {@code intervention_followup} rows, one per configured change
 */
public record MonthlyReport(
    String month,
    JobConfig config,
    List<InputFile> inputs,
    Map<String, DatasetCounts> datasets,
    List<String> factors,
    UnitSummary organisation,
    List<FactorEffect> effects,
    List<UnitSummary> units,
    List<Recommendation> recommendations,
    List<String> notes,
    boolean departmentsPublished,
    List<org.ergolens.trend.TrendRow> trends,
    List<org.ergolens.trend.InterventionResult> interventions) {

  public MonthlyReport {
    trends = List.copyOf(trends);
    interventions = List.copyOf(interventions);
  }

  /** One input file as the manifest lists it. */
  public record InputFile(String dataset, String path, String format, long size, String sha256) {}
}
