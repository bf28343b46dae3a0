package org.ergolens.stats;

/**
 * The cases of one scope (the organisation, or one reporting unit) attributed to one level of a
 * factor, by Miettinen's case-based formula with the organisation's prevalence ratio R (contract
 * 2.1):
 *
 * <pre>
 *   AF    = p_c · (R − 1) / R   when R > 1, else 0
 *   p_c   = the scope's cases at the level / the scope's cases with a known level of the factor
 *   cases = AF · the scope's cases with a known level of the factor
 * </pre>
 *
 * <p>Its 95% interval is the same formula at R's 95% limits, each floored at 0; AF rises with R, so
 * the interval holds the estimate. With an adjusted R this is the attributable fraction that stays
 * valid under confounding (Miettinen 1974, "Proportion of disease caused or prevented by a given
 * exposure, trait or intervention", Am J Epidemiol 99:325–332; Rockhill, Newman & Weinberg 1998,
 * "Use and misuse of population attributable fractions", Am J Public Health 88:15–19), where
 * Levin's formula with an adjusted ratio is biased.
 *
 * <p>Within one factor, the levels' attributable cases, and their upper limits too, never add up to
 * more than the scope's cases: each level contributes {@code cases at the level · (R − 1) / R},
 * which is less than its own cases for every finite R, and the levels' cases are disjoint parts of
 * the scope's cases. Across factors they overlap and must not be added. They describe an
 * association in cross-sectional data: cases "associated with" the level.
 *
 * @param fraction AF; null when the scope has no cases (0 of 0)
 * @param fractionCiLow AF at R's lower limit; null with {@code fraction}
 * @param fractionCiHigh AF at R's upper limit; null with {@code fraction}
 * @param cases attributable cases, {@code AF ·} the scope's cases with a known level
 * @param casesCiLow attributable cases at R's lower limit
 * @param casesCiHigh attributable cases at R's upper limit
 * @param ratio the R used, with its basis
 */
public record CaseAttribution(
    Double fraction,
    Double fractionCiLow,
    Double fractionCiHigh,
    double cases,
    double casesCiLow,
    double casesCiHigh,
    AttributionRatio ratio) {

  /**
   * Attributes a scope's cases to one level.
   *
   * @param casesAtLevel the scope's cases at the level
   * @param scopeCases the scope's cases among respondents with a known level of the factor (every
   *     level, the reference included)
   * @param ratio R, the organisation's prevalence ratio of the level
   * @throws IllegalArgumentException unless {@code 0 <= casesAtLevel <= scopeCases}
   */
  public static CaseAttribution of(long casesAtLevel, long scopeCases, AttributionRatio ratio) {
    if (casesAtLevel < 0 || casesAtLevel > scopeCases) {
      throw new IllegalArgumentException(
          "Cannot attribute cases: "
              + casesAtLevel
              + " cases at the level must be within 0.."
              + scopeCases
              + ", the scope's cases with a known level");
    }
    if (scopeCases == 0) {
      return new CaseAttribution(null, null, null, 0, 0, 0, ratio);
    }
    double cases = excess(casesAtLevel, ratio.ratio());
    double low = excess(casesAtLevel, ratio.ciLow());
    double high = excess(casesAtLevel, ratio.ciHigh());
    double known = scopeCases;
    return new CaseAttribution(cases / known, low / known, high / known, cases, low, high, ratio);
  }

  /** The ratio's basis: the {@code attribution_basis} column. */
  public AttributionBasis basis() {
    return ratio.basis();
  }

  /** Whether the level is credibly raised (R's lower 95% limit above 1). */
  public boolean crediblyRaised() {
    return ratio.crediblyRaised();
  }

  /** {@code casesAtLevel · (r − 1) / r} for {@code r > 1}, else 0. */
  private static double excess(long casesAtLevel, double r) {
    return r > 1 ? casesAtLevel * ((r - 1) / r) : 0;
  }
}
