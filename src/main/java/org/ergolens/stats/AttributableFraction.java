package org.ergolens.stats;

/**
 * The attributable fractions of the earlier contract: Miettinen's formula with the level's crude
 * prevalence ratio for the organisation, and Levin's formula with the organisation's crude ratio
 * for a department.
 *
 * <p><b>Superseded</b> by {@link CaseAttribution} with {@link AttributionRatio}: contract 2.1 now
 * attributes cases at every scope with Miettinen's formula and the organisation's adjusted
 * prevalence ratio, with 95% intervals, because Levin's formula with an adjusted ratio is biased
 * under confounding and the crude ratio is confounded. This class stays only until the job's tables
 * move over; do not use it in new code.
 *
 * <p>The two formulas take their prevalence ratio from different places, and the signatures make
 * that visible:
 *
 * <ul>
 *   <li>{@link #miettinen(TwoByTwoResult, long)} uses the level's own crude PR, exactly as {@link
 *       TwoByTwoAnalysis} computed it (including the zero-cell rule), so the fraction always
 *       matches the PR published in the same row.
 *   <li>{@link #levin(double, double, long)} takes the PR as an argument: for a department the
 *       contract prescribes the organisation-wide PR (more power), combined with the department's
 *       own exposure share and cases.
 * </ul>
 */
public final class AttributableFraction {

  private AttributableFraction() {}

  /**
   * Miettinen's attributable fraction among all cases: {@code AF = (a / allCases) · (PR − 1) / PR}
   * when {@code PR > 1}, else 0; attributable cases {@code = AF · allCases}.
   *
   * @param level the level's crude result; its table gives {@code a} and its {@link
   *     TwoByTwoResult#prevalenceRatio()} gives PR (zero-cell rule included)
   * @param allCases the cases among respondents with a known level of the factor (every level, not
   *     only this level and the reference)
   * @return {@link Attribution#NOT_ESTIMABLE} when PR is null or there are no cases
   * @throws IllegalArgumentException if {@code allCases} is smaller than the level's cases
   */
  public static Attribution miettinen(TwoByTwoResult level, long allCases) {
    long tableCases = level.table().cases();
    if (allCases < tableCases) {
      throw new IllegalArgumentException(
          "Cannot compute an attributable fraction: allCases="
              + allCases
              + " is below the "
              + tableCases
              + " cases of the level and its reference");
    }
    Double pr = level.prevalenceRatio();
    if (pr == null || allCases == 0) {
      return Attribution.NOT_ESTIMABLE;
    }
    double fraction = pr > 1 ? (double) level.table().a() / allCases * (pr - 1) / pr : 0;
    return new Attribution(fraction, fraction * allCases);
  }

  /**
   * Levin's population attributable fraction {@code PAF = p(PR − 1) / (1 + p(PR − 1))};
   * attributable cases {@code = PAF · cases}.
   *
   * <p>The formula is applied as written, so a PR below 1 gives a negative (preventive) fraction.
   *
   * @param prevalenceRatio the PR to apply, for departments the organisation-wide one; null gives
   *     {@link Attribution#NOT_ESTIMABLE}
   * @param exposureShare p, the share of the unit's respondents at the level, in [0, 1]
   * @param cases the unit's cases
   * @throws IllegalArgumentException if the share is outside [0, 1], the PR is not positive or
   *     cases is negative
   */
  public static Attribution levin(Double prevalenceRatio, double exposureShare, long cases) {
    if (!(exposureShare >= 0 && exposureShare <= 1)) {
      throw new IllegalArgumentException(
          "Cannot compute Levin's PAF: exposure share " + exposureShare + " is not in [0, 1]");
    }
    if (cases < 0) {
      throw new IllegalArgumentException("Cannot compute Levin's PAF: cases=" + cases + " < 0");
    }
    if (prevalenceRatio == null) {
      return Attribution.NOT_ESTIMABLE;
    }
    if (!(prevalenceRatio > 0) || prevalenceRatio.isInfinite()) {
      throw new IllegalArgumentException(
          "Cannot compute Levin's PAF: prevalence ratio "
              + prevalenceRatio
              + " must be positive and finite");
    }
    double excess = exposureShare * (prevalenceRatio - 1);
    double fraction = excess / (1 + excess);
    return new Attribution(fraction, fraction * cases);
  }
}
