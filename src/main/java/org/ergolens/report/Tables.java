package org.ergolens.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.recommend.Recommendation;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.CrudeEffect;
import org.ergolens.trend.InterventionResult;
import org.ergolens.trend.InterventionResult.Measure;
import org.ergolens.trend.TrendRow;
import org.ergolens.trend.UnitComparison;

/**
 * The contract's output tables (section 4): each one's columns, declared once with the accessor
 * that fills them from the published rows. Every format is written from these tables.
 */
public final class Tables {
  public static final String FACTOR_EFFECTS = "factor_effects";
  public static final String DEPARTMENT_SUMMARY = "department_summary";
  public static final String DEPARTMENT_TRENDS = "department_trends";
  public static final String INTERVENTION_FOLLOWUP = "intervention_followup";
  public static final String RECOMMENDATIONS = "recommendations";
  public static final String DEPARTMENT_COMPARISONS = "department_comparisons";

  /**
   * {@code factor_effects}: the contract's columns, then {@code suppression_reason} (why a row is
   * withheld) and {@code note} (what to know about the crude ratios, e.g. the zero-cell rule).
   */
  static final TableSpec<PublishedEffect> FACTOR_EFFECTS_SPEC =
      TableSpec.<PublishedEffect>builder(FACTOR_EFFECTS)
          .text("scope", e -> e.id().scope().id())
          .text("department", e -> e.id().department())
          .text("factor", e -> e.id().factor().id())
          .text("level", e -> e.id().level())
          .text("reference_level", e -> e.id().referenceLevel())
          .text("outcome", e -> e.id().outcome().id())
          .count("n_exposed", crude(c -> c.table().n1()))
          .count("cases_exposed", crude(c -> c.table().a()))
          .count("n_reference", crude(c -> c.table().n0()))
          .count("cases_reference", crude(c -> c.table().c()))
          .number("prevalence_exposed", crude(c -> c.result().prevalenceExposed()))
          .number("prevalence_reference", crude(c -> c.result().prevalenceReference()))
          .number("prevalence_ratio", crude(c -> c.result().prevalenceRatio()))
          .number("pr_ci_low", crude(c -> c.result().prCiLow()))
          .number("pr_ci_high", crude(c -> c.result().prCiHigh()))
          .number("odds_ratio", crude(c -> c.result().oddsRatio()))
          .number("or_ci_low", crude(c -> c.result().orCiLow()))
          .number("or_ci_high", crude(c -> c.result().orCiHigh()))
          .text("test", crude(c -> c.result().test() == null ? null : c.result().test().id()))
          .number("p_value", crude(c -> c.result().pValue()))
          .number("q_value", crude(CrudeEffect::qValue))
          .number("adjusted_odds_ratio", adjusted(a -> a.oddsRatio().ratio()))
          .number("adj_or_ci_low", adjusted(a -> a.oddsRatio().ciLow()))
          .number("adj_or_ci_high", adjusted(a -> a.oddsRatio().ciHigh()))
          .number("adj_p_value", adjusted(a -> a.oddsRatio().pValue()))
          .number("adjusted_prevalence_ratio", adjusted(a -> a.prevalenceRatio().ratio()))
          .number("adj_pr_ci_low", adjusted(a -> a.prevalenceRatio().ciLow()))
          .number("adj_pr_ci_high", adjusted(a -> a.prevalenceRatio().ciHigh()))
          .number("adj_pr_p_value", adjusted(a -> a.prevalenceRatio().pValue()))
          .text("adjusted_note", adjusted(AdjustedRatios::note))
          .number("attributable_fraction", attribution(CaseAttribution::fraction))
          .number("attributable_cases", attribution(CaseAttribution::cases))
          .number("attributable_cases_ci_low", attribution(CaseAttribution::casesCiLow))
          .number("attributable_cases_ci_high", attribution(CaseAttribution::casesCiHigh))
          .text("attribution_basis", attribution(a -> a.basis().id()))
          .flag("suppressed", PublishedEffect::suppressed)
          .text("suppression_reason", e -> e.suppression().reason())
          .text("note", crude(CrudeEffect::note))
          .build();

  /**
   * {@code department_summary}: per reporting unit, its respondents, cases and prevalence per
   * outcome, the share at every level of every factor, red flags, roll-up and suppression, then its
   * {@code risk_level} and {@code risk_reasons} (codes, {@code ;}-separated; see {@link
   * org.ergolens.recommend.RiskRules}), then its {@code headcount}, {@code response_rate} and
   * {@code participation} ({@code ok}, {@code low}, {@code over_headcount}; empty when not known or
   * withheld), and {@code row_kind}: {@code unit} for a reporting unit, {@code subtree} for a unit
   * with every unit below it (after the unit rows; no risk level).
   */
  static final TableSpec<UnitSummary> DEPARTMENT_SUMMARY_SPEC = departmentSummarySpec();

  /**
   * {@code recommendations}: each reporting unit's ranked actions, then the organisation's summary
   * (empty {@code department}). After the contract's columns come {@code audience}, {@code outcome}
   * (whose cases the numbers count), {@code text} (what to do), {@code rolled_up} (departments
   * folded into the unit, which the actions cover too) and {@code status} ({@code recommended}, or
   * {@code under_way} for an action a configured workplace change already addresses).
   */
  static final TableSpec<Recommendation> RECOMMENDATIONS_SPEC =
      TableSpec.<Recommendation>builder(RECOMMENDATIONS)
          .text("department", Recommendation::department)
          .count("rank", r -> (long) r.rank())
          .text("recommendation_id", Recommendation::recommendationId)
          .text("title", Recommendation::title)
          .text("rationale", Recommendation::rationale)
          .text("factor", Recommendation::factor)
          .text("level", Recommendation::level)
          .number("affected_share", Recommendation::affectedShare)
          .number("attributable_cases", Recommendation::attributableCases)
          .text("evidence", Recommendation::evidence)
          .text("audience", Recommendation::audience)
          .text("outcome", Recommendation::outcome)
          .text("text", Recommendation::text)
          .text("rolled_up", r -> String.join(";", r.rolledUp()))
          .text("status", Recommendation::status)
          .build();

  /**
   * {@code department_trends}: per reporting unit (and the organisation), outcome and month, the
   * published prevalence with its changes against the previous month and the trailing baseline.
   */
  static final TableSpec<TrendRow> DEPARTMENT_TRENDS_SPEC =
      TableSpec.<TrendRow>builder(DEPARTMENT_TRENDS)
          .text("scope", r -> r.id().scope().id())
          .text("department", r -> r.id().department())
          .text("name", r -> r.id().name())
          .text("month", r -> r.id().month().toString())
          .text("outcome", r -> r.id().outcome().id())
          .count("respondents", r -> r.figures().respondents())
          .count("cases", r -> r.figures().cases())
          .number("prevalence", r -> r.figures().prevalence())
          .number("previous_prevalence", r -> r.vsPrevious().reference())
          .number("change_vs_previous", r -> r.vsPrevious().change())
          .number("p_value_vs_previous", r -> r.vsPrevious().pValue())
          .flag("previous_beyond_chance", r -> r.vsPrevious().beyondChance())
          .count("baseline_months", r -> toLong(r.vsBaseline().months()))
          .number("baseline_prevalence", r -> r.vsBaseline().change().reference())
          .number("change_vs_baseline", r -> r.vsBaseline().change().change())
          .number("p_value_vs_baseline", r -> r.vsBaseline().change().pValue())
          .flag("baseline_beyond_chance", r -> r.vsBaseline().change().beyondChance())
          .text("rolled_up", r -> String.join(";", r.figures().rolledUp()))
          .flag("suppressed", r -> r.figures().suppressed())
          .text("note", TrendRow::note)
          .number("change_vs_previous_ci_low", r -> r.vsPrevious().ciLow())
          .number("change_vs_previous_ci_high", r -> r.vsPrevious().ciHigh())
          .number("change_vs_baseline_ci_low", r -> r.vsBaseline().change().ciLow())
          .number("change_vs_baseline_ci_high", r -> r.vsBaseline().change().ciHigh())
          .build();

  /**
   * {@code intervention_followup}: each configured workplace change, its unit against the rest of
   * the organisation before and after, as differences in differences with 95% intervals.
   */
  static final TableSpec<InterventionResult> INTERVENTION_FOLLOWUP_SPEC =
      interventionFollowUpSpec();

  /**
   * {@code department_comparisons}: per reporting unit and outcome, its published cases against the
   * organisation's prevalence, with the funnel plot's exact binomial limits (in cases) at 95% and
   * 99.8% and whether the unit lies above or below them.
   */
  static final TableSpec<UnitComparison> DEPARTMENT_COMPARISONS_SPEC =
      TableSpec.<UnitComparison>builder(DEPARTMENT_COMPARISONS)
          .text("department", UnitComparison::department)
          .text("name", UnitComparison::name)
          .text("outcome", c -> c.outcome().id())
          .count("respondents", c -> c.funnel().respondents())
          .count("cases", c -> c.funnel().cases())
          .number("prevalence", c -> c.funnel().prevalence())
          .number("organization_prevalence", c -> c.funnel().target())
          .number("expected_cases", c -> c.funnel().expectedCases())
          .number("excess_cases", c -> c.funnel().excessCases())
          .count("limit_95_low_cases", c -> c.funnel().at95().lowerCases())
          .count("limit_95_high_cases", c -> c.funnel().at95().upperCases())
          .count("limit_998_low_cases", c -> c.funnel().at998().lowerCases())
          .count("limit_998_high_cases", c -> c.funnel().at998().upperCases())
          .flag("above_95", c -> c.funnel().aboveAt95())
          .flag("above_998", c -> c.funnel().aboveAt998())
          .flag("below_95", c -> c.funnel().belowAt95())
          .flag("below_998", c -> c.funnel().belowAt998())
          .build();

  private Tables() {}

  public static Table departmentComparisons(List<UnitComparison> rows) {
    return DEPARTMENT_COMPARISONS_SPEC.table(rows);
  }

  public static Table factorEffects(List<PublishedEffect> effects) {
    return FACTOR_EFFECTS_SPEC.table(effects);
  }

  public static Table departmentSummary(List<UnitSummary> units) {
    return DEPARTMENT_SUMMARY_SPEC.table(units);
  }

  public static Table recommendations(List<Recommendation> recommendations) {
    return RECOMMENDATIONS_SPEC.table(recommendations);
  }

  public static Table departmentTrends(List<TrendRow> rows) {
    return DEPARTMENT_TRENDS_SPEC.table(rows);
  }

  public static Table interventionFollowUp(List<InterventionResult> rows) {
    return INTERVENTION_FOLLOWUP_SPEC.table(rows);
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

  private static TableSpec<UnitSummary> departmentSummarySpec() {
    TableSpec.Builder<UnitSummary> t =
        TableSpec.<UnitSummary>builder(DEPARTMENT_SUMMARY)
            .text("department", u -> u.published().department())
            .text("name", u -> u.published().name())
            .count("respondents", u -> u.published().respondents());
    for (Outcome o : Outcome.values()) {
      t.count(casesColumn(o), u -> u.published().cases(o))
          .number(prevalenceColumn(o), u -> u.published().prevalence(o));
    }
    for (Factor f : Factor.values()) {
      for (String level : f.levels()) {
        t.number(shareColumn(f, level), u -> u.published().share(f, level));
      }
    }
    return t.count("red_flags", u -> u.published().redFlags())
        .number("red_flag_share", u -> u.published().redFlagShare())
        .text("rolled_up", u -> String.join(";", u.published().rolledUp()))
        .flag("suppressed", u -> u.published().suppressed())
        .text("suppression_reason", u -> u.published().suppressionReason())
        .text("risk_level", u -> u.risk().map(r -> r.level().id()).orElse(null))
        .text("risk_reasons", u -> u.risk().map(UnitRisk::reasonCodes).orElse(null))
        .count("headcount", u -> u.published().participation().headcount())
        .number("response_rate", u -> u.published().participation().responseRate())
        .text("participation", u -> u.published().participation().levelId())
        .text("row_kind", u -> u.published().kind().id())
        .build();
  }

  /** A value of a row's crude comparison, null when withheld. */
  private static <T> Function<PublishedEffect, T> crude(Function<CrudeEffect, T> value) {
    return e -> e.crude().map(value).orElse(null);
  }

  /** A value of a row's adjusted ratios, null when withheld. */
  private static <T> Function<PublishedEffect, T> adjusted(Function<AdjustedRatios, T> value) {
    return e -> e.adjusted().map(value).orElse(null);
  }

  /** A value of a row's attribution, null when withheld. */
  private static <T> Function<PublishedEffect, T> attribution(Function<CaseAttribution, T> value) {
    return e -> e.attribution().map(value).orElse(null);
  }

  private static TableSpec<InterventionResult> interventionFollowUpSpec() {
    TableSpec.Builder<InterventionResult> t =
        TableSpec.<InterventionResult>builder(INTERVENTION_FOLLOWUP)
            .text("department", r -> r.change().department())
            .text("unit", InterventionResult::unit)
            .text("factor", r -> r.change().targetFactor().id())
            .text("level", r -> r.change().level())
            .text("start", r -> r.change().start())
            .text("description", r -> r.change().description())
            .text("outcome", r -> r.change().targetOutcome().id())
            .count("months_before", r -> (long) r.periods().before())
            .count("months_after", r -> (long) r.periods().after());
    measureColumns(t, "exposure", InterventionResult::exposure);
    measureColumns(t, "prevalence", InterventionResult::prevalence);
    return t.text("finding", InterventionResult::finding)
        .text("caveat", InterventionResult::caveat)
        .build();
  }

  /**
   * A follow-up measure's seven columns: the unit's and the other units' values before and after,
   * and the difference in differences with its 95% interval.
   */
  private static void measureColumns(
      TableSpec.Builder<InterventionResult> t,
      String name,
      Function<InterventionResult, Optional<Measure>> which) {
    t.number(name + "_before", measure(which, Measure::before))
        .number(name + "_after", measure(which, Measure::after))
        .number("others_" + name + "_before", measure(which, Measure::othersBefore))
        .number("others_" + name + "_after", measure(which, Measure::othersAfter))
        .number(name + "_did", measure(which, m -> m.difference().difference()))
        .number(name + "_did_ci_low", measure(which, m -> m.difference().ciLow()))
        .number(name + "_did_ci_high", measure(which, m -> m.difference().ciHigh()));
  }

  /** A value of one of a follow-up's measures, null when the measure cannot be shown. */
  private static Function<InterventionResult, Double> measure(
      Function<InterventionResult, Optional<Measure>> which, Function<Measure, Double> value) {
    return r -> which.apply(r).map(value).orElse(null);
  }

  private static Long toLong(Integer n) {
    return n == null ? null : n.longValue();
  }
}
