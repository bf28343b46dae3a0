package org.ergolens.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.ergolens.stats.DifferenceInDifferences.Proportion;

/**
 * The change between two prevalences, {@code current − reference}, with Newcombe's hybrid score 95%
 * interval (Newcombe 1998, "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Stat Med 17:873–890, method 10).
 *
 * <p>With {@code p1 = current}, {@code p2 = reference}, {@code d = p1 − p2} and {@code [l_i, u_i]}
 * the Wilson score interval of each ({@link #wilson}):
 *
 * <pre>
 *   low  = d − √((p1 − l1)² + (u2 − p2)²)
 *   high = d + √((u1 − p1)² + (p2 − l2)²)
 * </pre>
 *
 * <p>It needs no continuity correction, stays within [−1, 1] and behaves at 0 and 100%, where the
 * Wald interval collapses to a point; in Newcombe's comparison it performs well and, unlike the
 * methods that do as well, is computed in closed form whatever the group sizes. Both prevalences
 * are treated as independent samples. When the same people answer in both (month on month), their
 * positive correlation makes the true interval narrower, so this one errs on the wide side.
 *
 * @param difference {@code current − reference}
 * @param ciLow lower 95% limit
 * @param ciHigh upper 95% limit
 */
public record PrevalenceDifference(double difference, double ciLow, double ciHigh) {

  /** The two-sided 95% normal quantile, as R's {@code qnorm(0.975)}. */
  private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

  /** A Wilson score interval {@code {low, high}}. */
  public record Wilson(double low, double high) {}

  /** The change from {@code referenceCases / referenceRespondents} to the current prevalence. */
  public static PrevalenceDifference newcombe(
      long currentCases, long currentRespondents, long referenceCases, long referenceRespondents) {
    return newcombe(
        new Proportion(currentCases, currentRespondents),
        new Proportion(referenceCases, referenceRespondents));
  }

  /**
   * The change between two proportions. Each one's Wilson interval uses its {@link
   * Proportion#effectiveTrials()} as the sample size, for a reference that pools months of the same
   * people (a baseline counts each person once per month, which overstates its information).
   */
  public static PrevalenceDifference newcombe(Proportion current, Proportion reference) {
    double p1 = current.value();
    double p2 = reference.value();
    Wilson w1 = wilson(p1, current.effectiveTrials());
    Wilson w2 = wilson(p2, reference.effectiveTrials());
    double d = p1 - p2;
    return new PrevalenceDifference(
        d,
        d - Math.hypot(p1 - w1.low(), w2.high() - p2),
        d + Math.hypot(w1.high() - p1, p2 - w2.low()));
  }

  /** True when the 95% interval excludes 0: a change beyond what chance alone makes plausible. */
  public boolean beyondChance() {
    return ciLow > 0 || ciHigh < 0;
  }

  /**
   * Wilson's score interval for a proportion {@code p} observed in {@code n} trials, with {@code z}
   * the exact 97.5% normal quantile: {@code (p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n)},
   * as R's {@code prop.test(x, n, correct = FALSE)$conf.int}; exactly 0 (or 1) at {@code p} = 0 (or
   * 1).
   */
  public static Wilson wilson(double p, double n) {
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    double low = p == 0 ? 0 : Math.max(0, centre - half);
    double high = p == 1 ? 1 : Math.min(1, centre + half);
    return new Wilson(low, high);
  }
}
