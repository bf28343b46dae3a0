package org.ergolens.report;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.Table.Type;

/** Turns the analysis results into the contract's output tables (section 4), rows sorted. */
public final class Tables {
  public static final String FACTOR_EFFECTS = "factor_effects";
  public static final String DEPARTMENT_SUMMARY = "department_summary";
  public static final String DEPARTMENT_TRENDS = "department_trends";
  public static final String INTERVENTION_FOLLOWUP = "intervention_followup";
  public static final String RECOMMENDATIONS = "recommendations";

  private Tables() {}

  public static Table factorEffects(List<FactorEffect> effects) {
    Table.Builder t =
        Table.builder(FACTOR_EFFECTS)
            .column("scope", Type.STRING)
            .column("department", Type.STRING)
            .column("factor", Type.STRING)
            .column("level", Type.STRING)
            .column("reference_level", Type.STRING)
            .column("outcome", Type.STRING)
            .column("n_exposed", Type.LONG)
            .column("cases_exposed", Type.LONG)
            .column("n_reference", Type.LONG)
            .column("cases_reference", Type.LONG)
            .column("prevalence_exposed", Type.DOUBLE)
            .column("prevalence_reference", Type.DOUBLE)
            .column("prevalence_ratio", Type.DOUBLE)
            .column("pr_ci_low", Type.DOUBLE)
            .column("pr_ci_high", Type.DOUBLE)
            .column("odds_ratio", Type.DOUBLE)
            .column("or_ci_low", Type.DOUBLE)
            .column("or_ci_high", Type.DOUBLE)
            .column("test", Type.STRING)
            .column("p_value", Type.DOUBLE)
            .column("q_value", Type.DOUBLE)
            .column("adjusted_odds_ratio", Type.DOUBLE)
            .column("adj_or_ci_low", Type.DOUBLE)
            .column("adj_or_ci_high", Type.DOUBLE)
            .column("adj_p_value", Type.DOUBLE)
            .column("adjusted_note", Type.STRING)
            .column("attributable_fraction", Type.DOUBLE)
            .column("attributable_cases", Type.DOUBLE)
            .column("suppressed", Type.BOOLEAN)
            .column("suppression_reason", Type.STRING);
    for (FactorEffect e : effects) {
      t.row(
          java.util.Arrays.asList(
              e.scope(),
              e.department(),
              e.factor(),
              e.level(),
              e.referenceLevel(),
              e.outcome(),
              e.nExposed(),
              e.casesExposed(),
              e.nReference(),
              e.casesReference(),
              e.prevalenceExposed(),
              e.prevalenceReference(),
              e.prevalenceRatio(),
              e.prCiLow(),
              e.prCiHigh(),
              e.oddsRatio(),
              e.orCiLow(),
              e.orCiHigh(),
              e.test(),
              e.pValue(),
              e.qValue(),
              e.adjustedOddsRatio(),
              e.adjOrCiLow(),
              e.adjOrCiHigh(),
              e.adjPValue(),
              e.adjustedNote(),
              e.attributableFraction(),
              e.attributableCases(),
              e.suppressed(),
              e.suppressionReason()));
    }
    return t.build();
  }

  /** Column names of the department summary's per-outcome and per-level values. */
  public static String casesColumn(Outcome o) {
    return "cases_" + o.id();
  }

  public static String prevalenceColumn(Outcome o) {
    return "prevalence_" + o.id();
  }

  public static String shareColumn(Factor f, String level) {
    return "share_" + f.id() + "_" + level;
  }

  public static Table departmentSummary(List<UnitSummary> units) {
    Table.Builder t =
        Table.builder(DEPARTMENT_SUMMARY)
            .column("department", Type.STRING)
            .column("name", Type.STRING)
            .column("respondents", Type.LONG);
    for (Outcome o : Outcome.values()) {
      t.column(casesColumn(o), Type.LONG).column(prevalenceColumn(o), Type.DOUBLE);
    }
    for (Factor f : Factor.values()) {
      for (String level : f.levels()) {
        t.column(shareColumn(f, level), Type.DOUBLE);
      }
    }
    t.column("red_flags", Type.LONG)
        .column("red_flag_share", Type.DOUBLE)
        .column("rolled_up", Type.STRING)
        .column("suppressed", Type.BOOLEAN)
        .column("suppression_reason", Type.STRING);
    for (UnitSummary u : units) {
      List<Object> row = new ArrayList<>();
      row.add(u.department());
      row.add(u.name());
      row.add(u.respondents());
      for (Outcome o : Outcome.values()) {
        row.add(u.cases(o));
        row.add(u.prevalence(o));
      }
      for (Factor f : Factor.values()) {
        for (String level : f.levels()) {
          row.add(u.share(f, level));
        }
      }
      row.add(u.redFlags());
      row.add(u.redFlagShare());
      row.add(String.join(";", u.rolledUp()));
      row.add(u.suppressed());
      row.add(u.suppressionReason());
      t.row(row);
    }
    return t.build();
  }

  /**
   * The contract's {@code recommendations} table: each reporting unit's ranked actions, then the
   * organisation's summary (empty {@code department}). After the contract's columns come {@code
   * audience}, {@code outcome} (whose cases the numbers count), {@code text} (what to do) and
   * {@code rolled_up} (departments folded into the unit, which the actions cover too).
   */
  public static Table recommendations(List<Recommendation> recommendations) {
    Table.Builder t =
        Table.builder(RECOMMENDATIONS)
            .column("department", Type.STRING)
            .column("rank", Type.LONG)
            .column("recommendation_id", Type.STRING)
            .column("title", Type.STRING)
            .column("rationale", Type.STRING)
            .column("factor", Type.STRING)
            .column("level", Type.STRING)
            .column("affected_share", Type.DOUBLE)
            .column("attributable_cases", Type.DOUBLE)
            .column("evidence", Type.STRING)
            .column("audience", Type.STRING)
            .column("outcome", Type.STRING)
            .column("text", Type.STRING)
            .column("rolled_up", Type.STRING);
    for (Recommendation r : recommendations) {
      t.row(
          java.util.Arrays.asList(
              r.department(),
              (long) r.rank(),
              r.recommendationId(),
              r.title(),
              r.rationale(),
              r.factor(),
              r.level(),
              r.affectedShare(),
              r.attributableCases(),
              r.evidence(),
              r.audience(),
              r.outcome(),
              r.text(),
              String.join(";", r.rolledUp())));
    }
    return t.build();
  }

  /**
   * {@code department_trends}: per reporting unit (and the organisation), outcome and month, the
   * published prevalence with its changes against the previous month and the trailing baseline.
   */
  public static Table departmentTrends(List<org.ergolens.trend.TrendRow> rows) {
    Table.Builder t =
        Table.builder(DEPARTMENT_TRENDS)
            .column("scope", Type.STRING)
            .column("department", Type.STRING)
            .column("name", Type.STRING)
            .column("month", Type.STRING)
            .column("outcome", Type.STRING)
            .column("respondents", Type.LONG)
            .column("cases", Type.LONG)
            .column("prevalence", Type.DOUBLE)
            .column("previous_prevalence", Type.DOUBLE)
            .column("change_vs_previous", Type.DOUBLE)
            .column("p_value_vs_previous", Type.DOUBLE)
            .column("previous_beyond_chance", Type.BOOLEAN)
            .column("baseline_months", Type.LONG)
            .column("baseline_prevalence", Type.DOUBLE)
            .column("change_vs_baseline", Type.DOUBLE)
            .column("p_value_vs_baseline", Type.DOUBLE)
            .column("baseline_beyond_chance", Type.BOOLEAN)
            .column("rolled_up", Type.STRING)
            .column("suppressed", Type.BOOLEAN)
            .column("note", Type.STRING);
    for (org.ergolens.trend.TrendRow r : rows) {
      t.row(
          java.util.Arrays.asList(
              r.scope(),
              r.department(),
              r.name(),
              r.month(),
              r.outcome(),
              r.respondents(),
              r.cases(),
              r.prevalence(),
              r.previousPrevalence(),
              r.changeVsPrevious(),
              r.pValueVsPrevious(),
              r.previousBeyondChance(),
              r.baselineMonths() == null ? null : (long) r.baselineMonths(),
              r.baselinePrevalence(),
              r.changeVsBaseline(),
              r.pValueVsBaseline(),
              r.baselineBeyondChance(),
              String.join(";", r.rolledUp()),
              r.suppressed(),
              r.note()));
    }
    return t.build();
  }

  /**
   * {@code intervention_followup}: each configured workplace change, its unit against the rest of
   * the organisation before and after, as differences in differences with 95% intervals.
   */
  public static Table interventionFollowUp(List<org.ergolens.trend.InterventionResult> rows) {
    Table.Builder t =
        Table.builder(INTERVENTION_FOLLOWUP)
            .column("department", Type.STRING)
            .column("unit", Type.STRING)
            .column("factor", Type.STRING)
            .column("level", Type.STRING)
            .column("start", Type.STRING)
            .column("description", Type.STRING)
            .column("outcome", Type.STRING)
            .column("months_before", Type.LONG)
            .column("months_after", Type.LONG)
            .column("exposure_before", Type.DOUBLE)
            .column("exposure_after", Type.DOUBLE)
            .column("others_exposure_before", Type.DOUBLE)
            .column("others_exposure_after", Type.DOUBLE)
            .column("exposure_did", Type.DOUBLE)
            .column("exposure_did_ci_low", Type.DOUBLE)
            .column("exposure_did_ci_high", Type.DOUBLE)
            .column("prevalence_before", Type.DOUBLE)
            .column("prevalence_after", Type.DOUBLE)
            .column("others_prevalence_before", Type.DOUBLE)
            .column("others_prevalence_after", Type.DOUBLE)
            .column("prevalence_did", Type.DOUBLE)
            .column("prevalence_did_ci_low", Type.DOUBLE)
            .column("prevalence_did_ci_high", Type.DOUBLE)
            .column("finding", Type.STRING)
            .column("caveat", Type.STRING);
    for (org.ergolens.trend.InterventionResult r : rows) {
      t.row(
          java.util.Arrays.asList(
              r.department(),
              r.unit(),
              r.factor(),
              r.level(),
              r.start(),
              r.description(),
              r.outcome(),
              (long) r.monthsBefore(),
              (long) r.monthsAfter(),
              r.exposureBefore(),
              r.exposureAfter(),
              r.othersExposureBefore(),
              r.othersExposureAfter(),
              r.exposureDid(),
              r.exposureDidCiLow(),
              r.exposureDidCiHigh(),
              r.prevalenceBefore(),
              r.prevalenceAfter(),
              r.othersPrevalenceBefore(),
              r.othersPrevalenceAfter(),
              r.prevalenceDid(),
              r.prevalenceDidCiLow(),
              r.prevalenceDidCiHigh(),
              r.finding(),
              r.caveat()));
    }
    return t.build();
  }
}
