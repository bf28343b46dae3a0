package org.ergolens.trend;

import java.util.Objects;
import java.util.Optional;
import org.ergolens.config.InterventionSpec;
import org.ergolens.stats.DifferenceInDifferences;

/**
 * One row of {@code intervention_followup}: a configured workplace change, its department against
 * the rest of the organisation before and after it started. Shares and prevalences pool the
 * respondent-months of each period; differences in differences are (department after − before) −
 * (others after − before). A measure is absent where the groups are too small or a value is
 * withheld; {@code caveat} then says why.
 *
 * @param change the change as configured
 * @param unit the reporting unit holding its department (itself, or the unit it is folded into;
 *     several joined with {@code ;}), or null when it has no respondents
 * @param periods the months pooled before and since the start
 * @param exposure the share at the targeted level, when it can be shown
 * @param prevalence the prevalence of the outcome followed, when it can be shown
 * @param finding one sentence on what the numbers do and do not show
 * @param caveat why something is missing or must be read with care
 */
public record InterventionResult(
    InterventionSpec change,
    String unit,
    Periods periods,
    Optional<Measure> exposure,
    Optional<Measure> prevalence,
    String finding,
    String caveat) {

  public InterventionResult {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(prevalence, "prevalence");
  }

  /**
   * The months pooled.
   *
   * @param before months with reports before the start
   * @param after months with reports from the start on
   */
  public record Periods(int before, int after) {}

  /**
   * One measure in the department's unit and in the other units, before and after, and its
   * difference in differences.
   *
   * @param before the unit's value before
   * @param after the unit's value after
   * @param othersBefore the other units' value before
   * @param othersAfter the other units' value after
   * @param difference the difference in differences with its 95% interval
   */
  public record Measure(
      double before,
      double after,
      double othersBefore,
      double othersAfter,
      DifferenceInDifferences.Estimate difference) {
    public Measure {
      Objects.requireNonNull(difference, "difference");
    }
  }
}
