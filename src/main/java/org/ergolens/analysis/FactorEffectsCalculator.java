package org.ergolens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.stats.AdjustedEffect;
import org.ergolens.stats.AdjustedModel;
import org.ergolens.stats.AdjustedModelResult;
import org.ergolens.stats.AttributableFraction;
import org.ergolens.stats.Attribution;
import org.ergolens.stats.BenjaminiHochberg;
import org.ergolens.stats.TwoByTwo;
import org.ergolens.stats.TwoByTwoAnalysis;
import org.ergolens.stats.TwoByTwoResult;

/**
 * Builds the {@code factor_effects} rows (contract section 2.1) from covariate patterns: for every
 * factor present, every non-reference level and every outcome, the 2×2 table of that level against
 * the reference level with its ratios, test and q-value; at organisation scope the attributable
 * fraction (Miettinen) and the adjusted odds ratio of the organisation-wide logistic model; at
 * department scope the attributable cases by Levin's formula from the organisation's prevalence
 * ratio and the unit's own exposure.
 */
public final class FactorEffectsCalculator {
  static final String DEPARTMENT_ADJUSTED_NOTE =
      "the adjusted model is fitted organisation-wide; see the organization rows";

  private FactorEffectsCalculator() {}

  /** Rows of the organisation scope, adjusted model included. */
  public static List<FactorEffect> organisation(Scope org, Set<Factor> factors) {
    Map<Outcome, AdjustedModelResult> models = new HashMap<>();
    for (Outcome o : Outcome.values()) {
      models.put(o, AdjustedModel.fit(org.patterns(), factors, o));
    }
    List<FactorEffect> rows = new ArrayList<>();
    forEachComparison(
        org,
        factors,
        (counts, level, outcome, table, result) -> {
          Attribution af = AttributableFraction.miettinen(result, counts.knownCases(outcome));
          AdjustedModelResult model = models.get(outcome);
          AdjustedEffect adj =
              model.effect(counts.factor(), counts.factor().levels().get(level)).orElse(null);
          String note = adj == null ? model.note() : emptyToNull(adj.note());
          rows.add(
              row(org, counts, level, outcome, table, result, af)
                  .withAdjusted(
                      adj == null ? null : adj.oddsRatio(),
                      adj == null ? null : adj.ciLow(),
                      adj == null ? null : adj.ciHigh(),
                      adj == null ? null : adj.pValue(),
                      note));
        });
    return withQValues(rows);
  }

  /**
   * Rows of one reporting unit.
   *
   * @param organisationRows the organisation's rows, whose prevalence ratios Levin's formula uses
   */
  public static List<FactorEffect> unit(
      Scope unit, Set<Factor> factors, List<FactorEffect> organisationRows) {
    Map<String, Double> orgPr = new HashMap<>();
    for (FactorEffect e : organisationRows) {
      orgPr.put(key(e.factor(), e.level(), e.outcome()), e.prevalenceRatio());
    }
    List<FactorEffect> rows = new ArrayList<>();
    forEachComparison(
        unit,
        factors,
        (counts, level, outcome, table, result) -> {
          Factor f = counts.factor();
          long known = counts.knownRespondents();
          Attribution levin =
              known == 0
                  ? Attribution.NOT_ESTIMABLE
                  : AttributableFraction.levin(
                      orgPr.get(key(f.id(), f.levels().get(level), outcome.id())),
                      (double) counts.respondents(level) / known,
                      counts.knownCases(outcome));
          rows.add(
              row(unit, counts, level, outcome, table, result, levin)
                  .withAdjusted(null, null, null, null, DEPARTMENT_ADJUSTED_NOTE));
        });
    return withQValues(rows);
  }

  private interface Comparison {
    void accept(
        LevelCounts counts, int level, Outcome outcome, TwoByTwo table, TwoByTwoResult result);
  }

  private static void forEachComparison(Scope scope, Set<Factor> factors, Comparison body) {
    for (Factor factor : Factor.values()) {
      if (!factors.contains(factor)) {
        continue;
      }
      LevelCounts counts = LevelCounts.of(scope.patterns(), factor);
      for (int level = 1; level < factor.levels().size(); level++) {
        for (Outcome outcome : Outcome.values()) {
          TwoByTwo table =
              new TwoByTwo(
                  counts.cases(outcome, level),
                  counts.respondents(level),
                  counts.cases(outcome, 0),
                  counts.respondents(0));
          body.accept(counts, level, outcome, table, TwoByTwoAnalysis.analyze(table));
        }
      }
    }
  }

  private static FactorEffect row(
      Scope scope,
      LevelCounts counts,
      int level,
      Outcome outcome,
      TwoByTwo t,
      TwoByTwoResult r,
      Attribution attribution) {
    Factor f = counts.factor();
    return new FactorEffect(
        scope.scopeName(),
        scope.department(),
        f.id(),
        f.levels().get(level),
        f.reference(),
        outcome.id(),
        t.n1(),
        t.a(),
        t.n0(),
        t.c(),
        r.prevalenceExposed(),
        r.prevalenceReference(),
        r.prevalenceRatio(),
        r.prCiLow(),
        r.prCiHigh(),
        r.oddsRatio(),
        r.orCiLow(),
        r.orCiHigh(),
        r.test() == null ? null : r.test().id(),
        r.pValue(),
        null,
        null,
        null,
        null,
        null,
        null,
        attribution.fraction(),
        attribution.cases(),
        false,
        null);
  }

  /** Benjamini–Hochberg over every row of one scope that has a p-value. */
  private static List<FactorEffect> withQValues(List<FactorEffect> rows) {
    List<Double> q = BenjaminiHochberg.adjust(rows.stream().map(FactorEffect::pValue).toList());
    List<FactorEffect> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i).withQValue(q.get(i)));
    }
    return out;
  }

  static String key(String factor, String level, String outcome) {
    return factor + "|" + level + "|" + outcome;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
