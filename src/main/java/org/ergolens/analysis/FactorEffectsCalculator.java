package org.ergolens.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.stats.AdjustedEffect;
import org.ergolens.stats.AdjustedModel;
import org.ergolens.stats.AdjustedModelResult;
import org.ergolens.stats.AdjustedPrevalenceRatio;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.AttributionRatio;
import org.ergolens.stats.BenjaminiHochberg;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.CrudeEffect;
import org.ergolens.stats.PrevalenceRatioModel;
import org.ergolens.stats.PrevalenceRatioModelResult;
import org.ergolens.stats.RatioEstimate;
import org.ergolens.stats.TwoByTwo;
import org.ergolens.stats.TwoByTwoAnalysis;
import org.ergolens.stats.TwoByTwoResult;

/**
 * Builds the comparisons behind {@code factor_effects} (contract section 2.1) from covariate
 * patterns: for every factor present, every non-reference level and every outcome, the 2×2 table of
 * that level against the reference level with its ratios, test and q-value; at organisation scope
 * the adjusted odds ratio (logistic model) and adjusted prevalence ratio (modified Poisson model)
 * of the organisation-wide models; at both scopes the cases attributed to the level by Miettinen's
 * formula with the organisation's prevalence ratio R (adjusted, or crude where the adjusted one is
 * not available) and the scope's own cases.
 */
public final class FactorEffectsCalculator {
  static final String DEPARTMENT_ADJUSTED_NOTE =
      "the adjusted models are fitted organisation-wide; see the organization rows";

  private FactorEffectsCalculator() {}

  /** Rows of the organisation scope, adjusted models included. */
  public static List<FactorEffect> organisation(RespondentGroup org, Set<Factor> factors) {
    Map<Outcome, AdjustedModelResult> oddsModels = new EnumMap<>(Outcome.class);
    Map<Outcome, PrevalenceRatioModelResult> ratioModels = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      oddsModels.put(o, AdjustedModel.fit(org.patterns(), factors, o));
      ratioModels.put(o, PrevalenceRatioModel.fit(org.patterns(), factors, o));
    }
    List<Comparison> rows = new ArrayList<>();
    forEachComparison(
        org,
        factors,
        (counts, id, result) -> {
          PrevalenceRatioModelResult ratioModel = ratioModels.get(id.outcome());
          AdjustedRatios adjusted =
              adjusted(oddsModels.get(id.outcome()), ratioModel, id.factor(), id.level());
          CaseAttribution attribution =
              AttributionRatio.forLevel(ratioModel, result, id.factor(), id.level())
                  .map(r -> attribute(counts, id, r))
                  .orElse(null);
          rows.add(new Comparison(id, result, adjusted, attribution));
        });
    return withQValues(rows);
  }

  /**
   * Rows of one reporting unit.
   *
   * @param organisationRows the organisation's rows, whose prevalence ratios R the unit's cases are
   *     attributed with
   */
  public static List<FactorEffect> unit(
      RespondentGroup unit, Set<Factor> factors, List<FactorEffect> organisationRows) {
    Map<EffectId, AttributionRatio> organisationRatio = new HashMap<>();
    for (FactorEffect e : organisationRows) {
      e.attributionIfAny().ifPresent(a -> organisationRatio.put(e.id(), a.ratio()));
    }
    AdjustedRatios adjusted = AdjustedRatios.none(DEPARTMENT_ADJUSTED_NOTE);
    List<Comparison> rows = new ArrayList<>();
    forEachComparison(
        unit,
        factors,
        (counts, id, result) ->
            rows.add(
                new Comparison(
                    id,
                    result,
                    adjusted,
                    Optional.ofNullable(organisationRatio.get(id.atOrganisation()))
                        .map(r -> attribute(counts, id, r))
                        .orElse(null))));
    return withQValues(rows);
  }

  /** The adjusted odds and prevalence ratios of one level, each with its model's note. */
  private static AdjustedRatios adjusted(
      AdjustedModelResult oddsModel,
      PrevalenceRatioModelResult ratioModel,
      Factor factor,
      String level) {
    Optional<AdjustedEffect> odds = oddsModel.effect(factor, level);
    Optional<AdjustedPrevalenceRatio> ratio = ratioModel.ratio(factor, level);
    return AdjustedRatios.of(
        odds.map(AdjustedRatios::estimate).orElse(RatioEstimate.NONE),
        odds.map(AdjustedEffect::note).orElse(oddsModel.note()),
        ratio.map(AdjustedRatios::estimate).orElse(RatioEstimate.NONE),
        ratio
            .map(AdjustedPrevalenceRatio::note)
            .filter(n -> !n.isEmpty())
            .orElse(ratioModel.note()));
  }

  /** The scope's cases at the level attributed with R, among its cases with a known level. */
  private static CaseAttribution attribute(LevelCounts counts, EffectId id, AttributionRatio r) {
    return CaseAttribution.of(
        counts.cases(id.outcome(), id.factor().indexOf(id.level())),
        counts.knownCases(id.outcome()),
        r);
  }

  /** A comparison before its q-value is known. */
  private record Comparison(
      EffectId id, TwoByTwoResult result, AdjustedRatios adjusted, CaseAttribution attribution) {}

  private interface ComparisonBody {
    void accept(LevelCounts counts, EffectId id, TwoByTwoResult result);
  }

  private static void forEachComparison(
      RespondentGroup group, Set<Factor> factors, ComparisonBody body) {
    for (Factor factor : Factor.values()) {
      if (!factors.contains(factor)) {
        continue;
      }
      LevelCounts counts = LevelCounts.of(group.patterns(), factor);
      for (int level = 1; level < factor.levels().size(); level++) {
        for (Outcome outcome : Outcome.values()) {
          TwoByTwo table =
              new TwoByTwo(
                  counts.cases(outcome, level),
                  counts.respondents(level),
                  counts.cases(outcome, 0),
                  counts.respondents(0));
          EffectId id =
              new EffectId(
                  group.scope(), group.department(), factor, factor.levels().get(level), outcome);
          body.accept(counts, id, TwoByTwoAnalysis.analyze(table));
        }
      }
    }
  }

  /** Benjamini–Hochberg over every comparison of one scope that has a p-value. */
  private static List<FactorEffect> withQValues(List<Comparison> rows) {
    List<Double> q = BenjaminiHochberg.adjust(rows.stream().map(c -> c.result().pValue()).toList());
    List<FactorEffect> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Comparison c = rows.get(i);
      out.add(
          new FactorEffect(
              c.id(), new CrudeEffect(c.result(), q.get(i)), c.adjusted(), c.attribution()));
    }
    return out;
  }
}
