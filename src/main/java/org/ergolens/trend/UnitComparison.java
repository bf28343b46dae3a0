package org.ergolens.trend;

import java.util.Objects;
import org.ergolens.model.Outcome;
import org.ergolens.stats.FunnelComparison;

/**
 * One reporting unit's cases of one outcome against the organisation's prevalence, with the exact
 * binomial funnel limits at 95% and 99.8%: a row of {@code department_comparisons}.
 *
 * @param department the reporting unit's id
 * @param name its display name, or null
 * @param outcome the outcome
 * @param funnel the unit's published cases and respondents against the organisation's published
 *     prevalence, with the limits
 */
public record UnitComparison(
    String department, String name, Outcome outcome, FunnelComparison funnel) {

  public UnitComparison {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(funnel, "funnel");
  }
}
