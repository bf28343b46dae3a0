package org.ergolens.report.brief;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Who answered the survey.
 *
 * @param respondents people in the month's population; empty when withheld
 * @param responseRate the response rate, when the headcount of the unit is known
 * @param withoutHeadcount the unit's departments, by name, that have no headcount for the month
 *     (why its rate is not known); empty when a headcount was not given at all
 */
public record Participation(
    OptionalLong respondents, Optional<ResponseRate> responseRate, List<String> withoutHeadcount) {
  public Participation {
    Checks.notNull(respondents, "respondents");
    Checks.notNull(responseRate, "responseRate");
    withoutHeadcount = List.copyOf(withoutHeadcount);
    if (respondents.isEmpty() && responseRate.flatMap(r -> box(r.rate())).isPresent()) {
      throw new IllegalArgumentException("A response rate is withheld with its respondents");
    }
  }

  /** Participation without missing departments' names. */
  public Participation(OptionalLong respondents, Optional<ResponseRate> responseRate) {
    this(respondents, responseRate, List.of());
  }

  private static Optional<Double> box(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  /**
   * Respondents against the headcount.
   *
   * @param headcount people employed in the unit that month
   * @param rate respondents ÷ headcount; empty when withheld, or when the headcount is 0
   * @param belowTarget whether the rate is below the configured target
   * @param overHeadcount whether more people answered than the headcount gives
   */
  public record ResponseRate(
      long headcount, OptionalDouble rate, boolean belowTarget, boolean overHeadcount) {
    /** A rate at or under the headcount. */
    public ResponseRate(long headcount, OptionalDouble rate, boolean belowTarget) {
      this(headcount, rate, belowTarget, false);
    }

    public ResponseRate {
      if (headcount < 0) {
        throw new IllegalArgumentException("headcount must be at least 0: " + headcount);
      }
      Checks.notNull(rate, "rate");
      rate.ifPresent(r -> Checks.nonNegative(r, "rate"));
      if (belowTarget && rate.isEmpty()) {
        throw new IllegalArgumentException("A withheld rate cannot be flagged");
      }
      if (belowTarget && overHeadcount) {
        throw new IllegalArgumentException("A rate over the headcount is not below the target");
      }
    }
  }
}
