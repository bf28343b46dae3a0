package org.ergolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.InputFile;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.recommend.RiskRules;
import org.ergolens.recommend.RiskSettings;
import org.ergolens.trend.InterventionResult;
import org.ergolens.trend.TrendRow;

/**
 * Everything a month's report shows, after the privacy rules: the source of every output format.
 *
 * @param month the reporting month, {@code YYYY-MM}
 * @param config the configuration the run used
 * @param inputs input files with sizes and checksums
 * @param datasets reconciliation per dataset
 * @param factors ids of the factors analysed (optional ones only when their column is present)
 * @param published the month's published totals, {@code department_summary} and {@code
 *     factor_effects} rows
 * @param recommendations ranked actions per unit, then the organisation-level summary
 * @param notes plain-language notes on the run (roll-ups, suppression, model fits)
 * @param trends the {@code department_trends} rows (empty when trends are turned off)
 * @param interventions the {@code intervention_followup} rows, one per configured change
 * @param departmentNames the department tree's display names by id (empty without a tree), for
 *     naming departments that are not units of their own, such as those rolled up into a parent
 */
public record MonthlyReport(
    String month,
    JobConfig config,
    List<InputFile> inputs,
    Map<String, DatasetCounts> datasets,
    List<String> factors,
    PublishedMonth published,
    List<Recommendation> recommendations,
    List<String> notes,
    List<TrendRow> trends,
    List<InterventionResult> interventions,
    Map<String, String> departmentNames) {

  public MonthlyReport {
    trends = List.copyOf(trends);
    interventions = List.copyOf(interventions);
    departmentNames = Map.copyOf(departmentNames);
  }

  /** A report without department names: departments not reported alone are named by their ids. */
  public MonthlyReport(
      String month,
      JobConfig config,
      List<InputFile> inputs,
      Map<String, DatasetCounts> datasets,
      List<String> factors,
      PublishedMonth published,
      List<Recommendation> recommendations,
      List<String> notes,
      List<TrendRow> trends,
      List<InterventionResult> interventions) {
    this(
        month,
        config,
        inputs,
        datasets,
        factors,
        published,
        recommendations,
        notes,
        trends,
        interventions,
        Map.of());
  }

  /** Organisation-wide totals (never suppressed when at least k respondents). */
  public PublishedSummary organisation() {
    return published.organisation();
  }

  /** The reporting units' published summaries. */
  public List<PublishedSummary> units() {
    return published.units();
  }

  /** The {@code department_summary} rows: each unit's summary with its risk level. */
  public List<UnitSummary> unitSummaries() {
    RiskRules rules = new RiskRules(RiskSettings.of(config));
    return published.units().stream()
        .map(
            u -> new UnitSummary(u, rules.assess(u, published.organisation(), published.effects())))
        .toList();
  }

  /**
   * The {@code department_summary} rows: {@link #unitSummaries()}, then one row per subtree (a unit
   * with every unit below it) in its head's id order, without a risk level.
   */
  public List<UnitSummary> summaryRows() {
    List<UnitSummary> rows = new ArrayList<>(unitSummaries());
    published.subtrees().forEach(s -> rows.add(new UnitSummary(s, Optional.empty())));
    return List.copyOf(rows);
  }

  /** The {@code factor_effects} rows. */
  public List<PublishedEffect> effects() {
    return published.effects();
  }

  /** False when no department-level numbers may be published at all. */
  public boolean departmentsPublished() {
    return published.departmentsPublished();
  }
}
