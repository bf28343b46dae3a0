package org.ergolens.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.stats.AdjustedModel;
import org.ergolens.stats.AdjustedModelResult;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.AttributableFraction;
import org.ergolens.stats.Attribution;
import org.ergolens.stats.BenjaminiHochberg;
import org.ergolens.stats.CrudeEffect;
import org.ergolens.stats.TwoByTwo;
import org.ergolens.stats.TwoByTwoAnalysis;
import org.ergolens.stats.TwoByTwoResult;

/**
 * Builds the comparisons behind {@code factor_effects} (contract section 2.1) from covariate
 * patterns: for every factor present, every non-reference level and every outcome, the 2×2 table of
 * that level against the reference level with its ratios, test and q-value; at organisation scope
 * the attributable fraction (Miettinen) and the adjusted odds ratio of the organisation-wide
 * logistic model; at department scope the attributable cases by Levin's formula from the
 * organisation's prevalence ratio and the unit's own exposure.
 */
public final class FactorEffectsCalculator {
  static final String DEPARTMENT_ADJUSTED_NOTE =
      "the adjusted model is fitted organisation-wide; see the organization rows";

  private FactorEffectsCalculator() {}

  /** Rows of the organisation scope, adjusted model included. */
  public static List<FactorEffect> organisation(RespondentGroup org, Set<Factor> factors) {
    Map<Outcome, AdjustedModelResult> models = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      models.put(o, AdjustedModel.fit(org.patterns(), factors, o));
    }
    List<Comparison> rows = new ArrayList<>();
    forEachComparison(
        org,
        factors,
        (counts, id, result) -> {
          AdjustedModelResult model = models.get(id.outcome());
          rows.add(
              new Comparison(
                  id,
                  result,
                  model
                      .effect(id.factor(), id.level())
                      .map(AdjustedRatios::of)
                      .orElseGet(() -> AdjustedRatios.none(model.note())),
                  AttributableFraction.miettinen(result, counts.knownCases(id.outcome()))));
        });
    return withQValues(rows);
  }

  /**
   * Rows of one reporting unit.
   *
   * @param organisationRows the organisation's rows, whose prevalence ratios Levin's formula uses
   */
  public static List<FactorEffect> unit(
      RespondentGroup unit, Set<Factor> factors, List<FactorEffect> organisationRows) {
    Map<EffectId, Double> orgPr = new HashMap<>();
    for (FactorEffect e : organisationRows) {
      orgPr.put(e.id(), e.crude().result().prevalenceRatio());
    }
    AdjustedRatios adjusted = AdjustedRatios.none(DEPARTMENT_ADJUSTED_NOTE);
    List<Comparison> rows = new ArrayList<>();
    forEachComparison(
        unit,
        factors,
        (counts, id, result) -> {
          long known = counts.knownRespondents();
          Attribution levin =
              known == 0
                  ? Attribution.NOT_ESTIMABLE
                  : AttributableFraction.levin(
                      orgPr.get(id.atOrganisation()),
                      (double) counts.respondents(id.factor().indexOf(id.level())) / known,
                      counts.knownCases(id.outcome()));
          rows.add(new Comparison(id, result, adjusted, levin));
        });
    return withQValues(rows);
  }

  /** A comparison before its q-value is known. */
  private record Comparison(
      EffectId id, TwoByTwoResult result, AdjustedRatios adjusted, Attribution attribution) {}

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
