package org.ergolens.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Funnel plot limits for comparing a unit's prevalence with the organisation's (Spiegelhalter 2005,
 * "Funnel plots for comparing institutional performance", Stat Med 24:1185–1202), with exact
 * binomial limits.
 *
 * <p>For a unit of {@code n} respondents and the organisation's prevalence {@code p}, the limits at
 * level {@code L} are the quantiles of Binomial(n, p), as R's {@code qbinom}: lower {@code
 * qbinom((1 − L)/2, n, p)}, upper {@code qbinom((1 + L)/2, n, p)}, at {@link #LEVEL_95} and {@link
 * #LEVEL_998} (about 2 and 3 standard deviations). A unit lies above the upper limit when its cases
 * exceed it, which is exactly when the one-sided exact p-value {@code P(X ≥ cases)} is at most
 * {@code (1 − L)/2}: a unit of the organisation's own risk is flagged with at most that
 * probability, whatever its size.
 *
 * <p>Spiegelhalter's appendix interpolates between the discrete quantiles to draw smooth limits.
 * The interpolated limit sits below the quantile, so a unit at the quantile itself would lie above
 * it although its exact p-value is larger than {@code (1 − L)/2}: 4 cases of 5 against a prevalence
 * of 40% would be "above the 95% limit" with {@code P(X ≥ 4) = 0.087}. These limits are not
 * interpolated, so that what the plot shows and which units are flagged always agree and the flag
 * keeps its error rate; drawn against the unit size, they are steps.
 */
public final class FunnelPlot {

  /** The inner (about 2 standard deviations) limits. */
  public static final double LEVEL_95 = 0.95;

  /** The outer (about 3 standard deviations) limits. */
  public static final double LEVEL_998 = 0.998;

  private FunnelPlot() {}

  /**
   * The limits for a unit of {@code respondents} around {@code target} at {@code level}.
   *
   * @throws IllegalArgumentException unless {@code respondents >= 1} (and at most {@link
   *     Integer#MAX_VALUE}), {@code target} in [0, 1] and {@code level} in (0, 1)
   */
  public static FunnelLimits limits(long respondents, double target, double level) {
    if (respondents < 1 || respondents > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Cannot draw funnel limits for " + respondents + " respondents: at least 1 is needed");
    }
    if (!(target >= 0 && target <= 1)) {
      throw new IllegalArgumentException(
          "Cannot draw funnel limits around a prevalence of " + target + ": it must be in [0, 1]");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "Cannot draw funnel limits at level " + level + ": it must be in (0, 1)");
    }
    BinomialDistribution counts = BinomialDistribution.of((int) respondents, target);
    double tail = (1 - level) / 2;
    return new FunnelLimits(
        level,
        respondents,
        target,
        counts.inverseCumulativeProbability(tail),
        counts.inverseSurvivalProbability(tail));
  }

  /**
   * A unit's cases against the organisation's prevalence, with the 95% and 99.8% limits.
   *
   * @throws IllegalArgumentException unless {@code 0 <= cases <= respondents}, and as {@link
   *     #limits}
   */
  public static FunnelComparison compare(long cases, long respondents, double target) {
    if (cases < 0 || cases > respondents) {
      throw new IllegalArgumentException(
          "Cannot compare "
              + cases
              + " cases among "
              + respondents
              + " respondents: cases must be within 0..respondents");
    }
    return new FunnelComparison(
        cases,
        respondents,
        target,
        limits(respondents, target, LEVEL_95),
        limits(respondents, target, LEVEL_998));
  }
}
