package org.ergolens.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * Whether a group's prevalence is credibly above a reference prevalence: the one-sided exact
 * binomial test of {@code cases} among {@code respondents} against the reference, as R's {@code
 * binom.test(cases, respondents, reference, alternative = "greater")}.
 *
 * <p>The test and the exact (Clopper–Pearson) confidence interval are two views of one rule: the
 * two-sided interval at level {@code L} lies wholly above the reference exactly when the one-sided
 * p-value is below {@code (1 − L) / 2}.
 */
public final class ExcessPrevalence {
  private static final BinomialTest GREATER =
      BinomialTest.withDefaults().with(AlternativeHypothesis.GREATER_THAN);

  private ExcessPrevalence() {}

  /**
   * P(X ≥ cases) for X ~ Binomial(respondents, reference).
   *
   * @throws IllegalArgumentException if the counts are impossible or the reference is not in [0, 1]
   */
  public static double pValue(long cases, long respondents, double reference) {
    if (respondents <= 0 || cases < 0 || cases > respondents) {
      throw new IllegalArgumentException(
          "Cannot test " + cases + " cases among " + respondents + " respondents");
    }
    if (!(reference >= 0 && reference <= 1)) {
      throw new IllegalArgumentException("Cannot test against a prevalence of " + reference);
    }
    return GREATER
        .test(Math.toIntExact(respondents), Math.toIntExact(cases), reference)
        .getPValue();
  }

  /**
   * Cases beyond what the reference prevalence predicts for the group: {@code cases − reference ×
   * respondents} (negative when the group is below the reference).
   */
  public static double excessCases(long cases, long respondents, double reference) {
    return cases - reference * respondents;
  }
}
