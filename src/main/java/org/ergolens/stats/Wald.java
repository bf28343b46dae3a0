package org.ergolens.stats;

/**
 * Wald 95% confidence intervals of ratio measures, computed on the log scale and exponentiated. The
 * crude ratios and the adjusted odds ratios share this so that both use the contract's normal
 * quantile.
 */
public final class Wald {

  /** The contract's two-sided 95% normal quantile. */
  public static final double Z_95 = 1.959964;

  private Wald() {}

  /**
   * The interval {@code exp(logEstimate ± Z_95 · standardError)}.
   *
   * @return {@code {low, high}}; an entry is {@code null} when it is not finite
   */
  static Double[] interval(double logEstimate, double standardError) {
    double half = Z_95 * standardError;
    return new Double[] {
      Finite.orNull(Math.exp(logEstimate - half)), Finite.orNull(Math.exp(logEstimate + half))
    };
  }
}
