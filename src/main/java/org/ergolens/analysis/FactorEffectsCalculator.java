package org.ergolens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Builds the {@code factor_effects} rows of one scope from its covariate patterns: for every
 * factor present, every non-reference level and every outcome, the 2×2 table of that level
 * against the reference level and its statistics (contract section 2.1).
 */
public final class FactorEffectsCalculator {
  private static final double Z95 = 1.959964;

  private FactorEffectsCalculator() {}

  public static List<FactorEffect> compute(Scope scope, Set<Factor> factors) {
    List<FactorEffect> rows = new ArrayList<>();
    for (Factor factor : Factor.values()) {
      if (!factors.contains(factor)) {
        continue;
      }
      LevelCounts counts = LevelCounts.of(scope.patterns(), factor);
      for (int level = 1; level < factor.levels().size(); level++) {
        for (Outcome outcome : Outcome.values()) {
          rows.add(effect(scope, counts, level, outcome));
        }
      }
    }
    return rows;
  }

  private static FactorEffect effect(Scope scope, LevelCounts counts, int level, Outcome outcome) {
    Factor f = counts.factor();
    long a = counts.cases(outcome, level);
    long n1 = counts.respondents(level);
    long c = counts.cases(outcome, 0);
    long n0 = counts.respondents(0);
    Double prevExposed = n1 == 0 ? null : (double) a / n1;
    Double prevReference = n0 == 0 ? null : (double) c / n0;
    Double pr = null;
    Double low = null;
    Double high = null;
    if (n1 > 0 && n0 > 0) {
      boolean zero = a == 0 || c == 0 || a == n1 || c == n0;
      double aa = a + (zero ? 0.5 : 0);
      double cc = c + (zero ? 0.5 : 0);
      double nn1 = n1 + (zero ? 1 : 0);
      double nn0 = n0 + (zero ? 1 : 0);
      double ratio = (aa / nn1) / (cc / nn0);
      double se = Math.sqrt(1 / aa - 1 / nn1 + 1 / cc - 1 / nn0);
      pr = ratio;
      low = Math.exp(Math.log(ratio) - Z95 * se);
      high = Math.exp(Math.log(ratio) + Z95 * se);
    }
    return new FactorEffect(scope.scopeName(), scope.department(), f.id(), f.levels().get(level),
        f.reference(), outcome.id(), n1, a, n0, c, prevExposed, prevReference, pr, low, high,
        null, null, null, null, null, null, null, null, null, null, null, null, null, false, null);
  }
}
