package org.ergolens.stats;

import org.ergolens.model.Factor;

/**
 * The adjusted odds ratio of one non-reference level of a factor, from the organisation-wide
 * logistic regression of one outcome on all factors at once. The numbers are {@code null} when not
 * estimable, and {@link #note()} then says why.
 *
 * @param factor the factor
 * @param level the non-reference level
 * @param oddsRatio {@code exp(coefficient)} against the factor's reference level
 * @param ciLow lower Wald 95% limit
 * @param ciHigh upper Wald 95% limit
 * @param pValue two-sided Wald p-value
 * @param note plain words for the {@code adjusted_note} column; empty when there is nothing to say
 */
public record AdjustedEffect(
    Factor factor,
    String level,
    Double oddsRatio,
    Double ciLow,
    Double ciHigh,
    Double pValue,
    String note) {

  static AdjustedEffect notEstimable(Factor factor, String level, String note) {
    return new AdjustedEffect(factor, level, null, null, null, null, note);
  }
}
