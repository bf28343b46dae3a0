package org.ergolens.stats;

/**
 * The exact binomial control limits of a funnel plot at one level, for a unit of {@code
 * respondents} around the organisation's prevalence {@code target} ({@link FunnelPlot#limits}). The
 * limits are whole numbers of cases: the unit is above the upper limit exactly when its one-sided
 * exact p-value {@code P(X ≥ cases)} is at most {@code (1 − level) / 2}, and below the lower limit
 * exactly when {@code P(X ≤ cases)} is below {@code (1 − level) / 2}.
 *
 * @param level the two-sided level, e.g. 0.95 or 0.998
 * @param respondents the unit's respondents
 * @param target the organisation's prevalence the unit is compared with
 * @param lowerCases {@code qbinom((1 − level) / 2, respondents, target)}
 * @param upperCases {@code qbinom((1 + level) / 2, respondents, target)}
 */
public record FunnelLimits(
    double level, long respondents, double target, long lowerCases, long upperCases) {

  /** The lower limit as a prevalence, {@code lowerCases / respondents}. */
  public double lower() {
    return (double) lowerCases / respondents;
  }

  /** The upper limit as a prevalence, {@code upperCases / respondents}. */
  public double upper() {
    return (double) upperCases / respondents;
  }

  /** True when {@code cases} lie above the upper limit. */
  public boolean above(long cases) {
    return cases > upperCases;
  }

  /** True when {@code cases} lie below the lower limit. */
  public boolean below(long cases) {
    return cases < lowerCases;
  }
}
