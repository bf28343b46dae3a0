package org.ergolens.stats;

/**
 * A ratio estimated by a model, with its Wald 95% confidence interval and two-sided p-value. Every
 * value is {@code null} when not estimable, never NaN or infinite.
 *
 * @param ratio the estimate
 * @param ciLow lower 95% limit
 * @param ciHigh upper 95% limit
 * @param pValue two-sided p-value of the ratio against 1
 */
public record RatioEstimate(Double ratio, Double ciLow, Double ciHigh, Double pValue) {

  /** No estimate. */
  public static final RatioEstimate NONE = new RatioEstimate(null, null, null, null);
}
