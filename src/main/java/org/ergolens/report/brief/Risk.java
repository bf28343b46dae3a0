package org.ergolens.report.brief;

import java.util.List;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;

/**
 * A unit's risk level and why, from the published numbers.
 *
 * @param level low, moderate or high
 * @param reasons what put it there; empty for a low level that nothing raised
 */
public record Risk(RiskLevel level, List<Reason> reasons) {
  public Risk {
    Checks.notNull(level, "level");
    reasons = Checks.list(reasons, "reasons");
  }

  /** One reason, in numbers that the brief puts in words. */
  public sealed interface Reason permits AboveLimit, LinkedExposure {}

  /**
   * The unit's prevalence lies above the organisation's funnel limit for a group of its size.
   *
   * @param outcome the region (usually any region)
   * @param prevalence the unit's prevalence
   * @param organisation the organisation's prevalence
   * @param limit the limit's level, e.g. 0.998 or 0.95
   */
  public record AboveLimit(Outcome outcome, double prevalence, double organisation, double limit)
      implements Reason {
    public AboveLimit {
      Checks.notNull(outcome, "outcome");
      Checks.share(prevalence, "prevalence");
      Checks.share(organisation, "organisation");
      Checks.share(limit, "limit");
    }
  }

  /**
   * A credibly raised exposure is associated with a share of the unit's cases.
   *
   * @param factor the factor
   * @param levels its credibly raised levels, taken together
   * @param outcome whose cases
   * @param shareOfCases the share of the unit's cases associated with it
   */
  public record LinkedExposure(
      Factor factor, List<String> levels, Outcome outcome, double shareOfCases) implements Reason {
    public LinkedExposure {
      Checks.notNull(factor, "factor");
      levels = Checks.list(levels, "levels");
      levels.forEach(factor::indexOf);
      Checks.notNull(outcome, "outcome");
      Checks.share(shareOfCases, "shareOfCases");
    }
  }
}
