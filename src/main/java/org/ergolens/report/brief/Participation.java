package org.ergolens.report.brief;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Who answered the survey.
 *
 * @param respondents people in the month's population; empty when withheld
 * @param responseRate the response rate, when the headcount of the unit is known
 */
public record Participation(OptionalLong respondents, Optional<ResponseRate> responseRate) {
  public Participation {
    Checks.notNull(respondents, "respondents");
    Checks.notNull(responseRate, "responseRate");
    if (respondents.isEmpty() && responseRate.flatMap(r -> box(r.rate())).isPresent()) {
      throw new IllegalArgumentException("A response rate is withheld with its respondents");
    }
  }

  private static Optional<Double> box(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  /**
   * Respondents against the headcount.
   *
   * @param headcount people employed in the unit that month
   * @param rate respondents ÷ headcount; empty when withheld
   * @param belowTarget whether the rate is below the configured target
   */
  public record ResponseRate(long headcount, OptionalDouble rate, boolean belowTarget) {
    public ResponseRate {
      if (headcount < 0) {
        throw new IllegalArgumentException("headcount must be at least 0: " + headcount);
      }
      Checks.notNull(rate, "rate");
      rate.ifPresent(r -> Checks.nonNegative(r, "rate"));
      if (belowTarget && rate.isEmpty()) {
        throw new IllegalArgumentException("A withheld rate cannot be flagged");
      }
    }
  }
}
