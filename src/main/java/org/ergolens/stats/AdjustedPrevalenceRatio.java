package org.ergolens.stats;

import org.ergolens.model.Factor;

/**
 * The adjusted prevalence ratio of one non-reference level of a factor, from the organisation-wide
 * Poisson regression of one outcome on all factors at once ({@link PrevalenceRatioModel}). The
 * numbers are {@code null} when not estimable, and {@link #note()} then says why.
 *
 * @param factor the factor
 * @param level the non-reference level
 * @param ratio {@code exp(coefficient)}: the prevalence at this level over the prevalence at the
 *     reference level, the other factors held equal
 * @param ciLow lower 95% limit, {@code exp(b − 1.959964·se)} with the robust (HC0) standard error
 * @param ciHigh upper 95% limit, {@code exp(b + 1.959964·se)}
 * @param pValue two-sided normal p-value of {@code b / se}
 * @param note plain words for the {@code adjusted_note} column; empty when there is nothing to say
 */
public record AdjustedPrevalenceRatio(
    Factor factor,
    String level,
    Double ratio,
    Double ciLow,
    Double ciHigh,
    Double pValue,
    String note) {

  static AdjustedPrevalenceRatio notEstimable(Factor factor, String level, String note) {
    return new AdjustedPrevalenceRatio(factor, level, null, null, null, null, note);
  }

  /** True when the ratio and its interval were estimated. */
  public boolean estimable() {
    return ratio != null && ciLow != null && ciHigh != null;
  }

  /**
   * Contract 2.1: the level is credibly raised when the lower bound of the 95% CI of its ratio is
   * above 1. A level without an estimate is not.
   */
  public boolean crediblyRaised() {
    return ciLow != null && ciLow > 1;
  }
}
