package org.ergolens.stats;

import java.util.Optional;
import org.ergolens.model.Factor;

/**
 * The prevalence ratio R that contract 2.1 attributes cases with, for one level of a factor and one
 * outcome: the organisation's adjusted prevalence ratio, or its crude prevalence ratio when the
 * adjusted one is not available, with its 95% CI and where it came from.
 *
 * @param ratio R, positive and finite
 * @param ciLow lower 95% limit of R, positive, at most {@code ratio}
 * @param ciHigh upper 95% limit of R, finite, at least {@code ratio}
 * @param basis where R comes from
 */
public record AttributionRatio(double ratio, double ciLow, double ciHigh, AttributionBasis basis) {

  /**
   * Validates the ratio.
   *
   * @throws IllegalArgumentException unless {@code 0 < ciLow <= ratio <= ciHigh < ∞}
   */
  public AttributionRatio {
    if (!(ciLow > 0 && ciLow <= ratio && ratio <= ciHigh && ciHigh < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Cannot use a prevalence ratio of "
              + ratio
              + " (95% CI "
              + ciLow
              + " to "
              + ciHigh
              + "): it needs 0 < low <= ratio <= high < infinity");
    }
    if (basis == null) {
      throw new IllegalArgumentException("Cannot use a prevalence ratio without its basis");
    }
  }

  /**
   * Contract 2.1: the level is credibly raised when the lower bound of R's 95% CI is above 1. Only
   * credibly raised levels count towards a recommendation or a "factors behind the most discomfort"
   * list.
   */
  public boolean crediblyRaised() {
    return ciLow > 1;
  }

  /** The adjusted ratio, if it was estimated. */
  public static Optional<AttributionRatio> adjusted(AdjustedPrevalenceRatio adjusted) {
    return adjusted.estimable()
        ? Optional.of(
            new AttributionRatio(
                adjusted.ratio(), adjusted.ciLow(), adjusted.ciHigh(), AttributionBasis.ADJUSTED))
        : Optional.empty();
  }

  /**
   * The crude ratio of the contract's 2×2 table (zero-cell rule included), if it has one with
   * finite bounds.
   */
  public static Optional<AttributionRatio> crude(TwoByTwoResult crude) {
    return crude.prevalenceRatio() != null && crude.prCiLow() != null && crude.prCiHigh() != null
        ? Optional.of(
            new AttributionRatio(
                crude.prevalenceRatio(), crude.prCiLow(), crude.prCiHigh(), AttributionBasis.CRUDE))
        : Optional.empty();
  }

  /**
   * R for {@code level} of {@code factor}: the organisation's adjusted prevalence ratio from {@code
   * model}; the organisation's crude prevalence ratio when the model was not fitted for this
   * outcome (contract 2.1), and also when it was fitted but could not estimate this level (nobody
   * in the model at the level, aliased, or no finite estimate; the adjusted column then carries the
   * note); empty when neither exists.
   *
   * @param model the organisation's adjusted prevalence ratio model of the outcome
   * @param organisationCrude the organisation's crude result of the level for the same outcome
   */
  public static Optional<AttributionRatio> forLevel(
      PrevalenceRatioModelResult model,
      TwoByTwoResult organisationCrude,
      Factor factor,
      String level) {
    Optional<AttributionRatio> adjusted =
        model.fitted()
            ? model.ratio(factor, level).flatMap(AttributionRatio::adjusted)
            : Optional.empty();
    return adjusted.isPresent() ? adjusted : crude(organisationCrude);
  }
}
