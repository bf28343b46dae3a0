package org.ergolens.report.brief;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.text.Estimate;

/**
 * One of the first actions, as the recommendations table ranks it, with the numbers behind it.
 *
 * @param rank 1 for the first
 * @param title what to do, in a line
 * @param text what to do, in full
 * @param audience who acts on it: {@code hr}, {@code ergonomist} or {@code employees}
 * @param basis the numbers behind it
 */
public record Action(int rank, String title, String text, String audience, Basis basis) {
  public Action {
    Checks.positive(rank, "rank");
    Checks.notNull(title, "title");
    Checks.notNull(text, "text");
    Checks.notNull(audience, "audience");
    Checks.notNull(basis, "basis");
  }

  /** Why the action is recommended, in numbers. */
  public sealed interface Basis permits Exposure, RaisedDiscomfort, Referral {}

  /**
   * A workplace change: people at some levels of a factor, and the cases associated with them.
   *
   * @param factor the factor
   * @param levels its levels the change removes
   * @param outcome whose cases the numbers count
   * @param affectedShare the share of the scope's people at those levels
   * @param associatedCases the scope's cases associated with those levels this month
   * @param interval their 95% interval, when known
   * @param outcomeCases the scope's cases of the outcome this month; empty when withheld
   */
  public record Exposure(
      Factor factor,
      List<String> levels,
      Outcome outcome,
      double affectedShare,
      double associatedCases,
      Optional<Estimate> interval,
      OptionalLong outcomeCases)
      implements Basis {
    public Exposure {
      Checks.notNull(factor, "factor");
      levels = Checks.list(levels, "levels");
      levels.forEach(factor::indexOf);
      Checks.notNull(outcome, "outcome");
      Checks.share(affectedShare, "affectedShare");
      Checks.nonNegative(associatedCases, "associatedCases");
      Checks.notNull(interval, "interval");
      Checks.notNull(outcomeCases, "outcomeCases");
    }
  }

  /**
   * A programme for discomfort credibly above the organisation's rate.
   *
   * @param outcome the region
   * @param prevalence the scope's prevalence
   * @param organisation the organisation's
   * @param casesAbove the scope's cases above what the organisation's rate predicts
   */
  public record RaisedDiscomfort(
      Outcome outcome, double prevalence, double organisation, double casesAbove) implements Basis {
    public RaisedDiscomfort {
      Checks.notNull(outcome, "outcome");
      Checks.share(prevalence, "prevalence");
      Checks.share(organisation, "organisation");
      Checks.nonNegative(casesAbove, "casesAbove");
    }
  }

  /**
   * The referral of people with red flags to a health professional.
   *
   * @param redFlags people with a red flag (published, so at least the minimum group size)
   * @param share their share of the scope's people
   */
  public record Referral(long redFlags, double share) implements Basis {
    public Referral {
      Checks.positive(redFlags, "redFlags");
      Checks.share(share, "share");
    }
  }
}
