package org.ergolens.report.brief;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ergolens.model.Outcome;
import org.ergolens.text.Estimate;

/**
 * One body region (or any region) in a brief: the scope's cases and prevalence with its 95%
 * interval, beside the organisation's prevalence.
 *
 * @param outcome the region, or {@link Outcome#ANY_REGION}
 * @param cases the scope's cases; empty when withheld
 * @param prevalence the scope's prevalence with its 95% interval; empty when withheld
 * @param organisation the organisation's prevalence; empty in the organisation's own brief, or when
 *     withheld
 * @param comparison how the scope compares with the organisation; empty when not compared (the
 *     organisation's own brief, or a withheld value)
 */
public record RegionFigure(
    Outcome outcome,
    OptionalLong cases,
    Optional<Estimate> prevalence,
    OptionalDouble organisation,
    Optional<Comparison> comparison) {
  public RegionFigure {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(cases, "cases");
    Checks.shareEstimate(prevalence, "prevalence");
    Checks.share(organisation, "organisation");
    Checks.notNull(comparison, "comparison");
    if (prevalence.isPresent() && cases.isEmpty()) {
      throw new IllegalArgumentException("A prevalence is withheld with its cases: " + outcome);
    }
    if (comparison.isPresent() && (prevalence.isEmpty() || organisation.isEmpty())) {
      throw new IllegalArgumentException("A comparison needs both prevalences: " + outcome);
    }
  }

  /** How a unit's prevalence lies against the organisation's, judged by the funnel limits. */
  public enum Comparison {
    /** Above the organisation's 95% limits for a group of its size: beyond chance. */
    ABOVE,
    /** Within the limits: the difference is what chance alone can make. */
    WITHIN,
    /** Below the limits: beyond chance. */
    BELOW
  }
}
