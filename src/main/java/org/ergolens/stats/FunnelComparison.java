package org.ergolens.stats;

/**
 * One unit's cases of one outcome against the organisation's prevalence, with the funnel plot's
 * exact binomial limits at 95% and 99.8% ({@link FunnelPlot#compare}).
 *
 * @param cases the unit's cases
 * @param respondents the unit's respondents
 * @param target the organisation's prevalence
 * @param at95 the 95% limits
 * @param at998 the 99.8% limits
 */
public record FunnelComparison(
    long cases, long respondents, double target, FunnelLimits at95, FunnelLimits at998) {

  /** The unit's prevalence, {@code cases / respondents}. */
  public double prevalence() {
    return (double) cases / respondents;
  }

  /**
   * The cases the organisation's prevalence predicts for the unit, {@code target · respondents}.
   */
  public double expectedCases() {
    return target * respondents;
  }

  /** The unit's cases beyond the expected ones, {@code cases − target · respondents}. */
  public double excessCases() {
    return cases - expectedCases();
  }

  /** Above the upper 95% limit: more cases than chance alone makes plausible (one in 40). */
  public boolean aboveAt95() {
    return at95.above(cases);
  }

  /** Above the upper 99.8% limit: more cases than chance alone makes plausible (one in 1000). */
  public boolean aboveAt998() {
    return at998.above(cases);
  }

  /** Below the lower 95% limit. */
  public boolean belowAt95() {
    return at95.below(cases);
  }

  /** Below the lower 99.8% limit. */
  public boolean belowAt998() {
    return at998.below(cases);
  }
}
