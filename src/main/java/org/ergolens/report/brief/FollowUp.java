package org.ergolens.report.brief;

import java.time.LocalDate;
import java.util.Optional;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.text.Estimate;

/**
 * The follow-up of a workplace change configured for the unit: its exposure and the outcome before
 * and after, against the rest of the organisation (differences in differences).
 *
 * @param description what was done, as configured
 * @param start when it started
 * @param factor the targeted factor
 * @param level the targeted level
 * @param outcome the outcome followed
 * @param exposureChange the change in the share at the level, relative to the rest of the
 *     organisation, with its 95% interval; empty when it cannot be estimated
 * @param outcomeChange the same for the prevalence of the outcome
 */
public record FollowUp(
    String description,
    LocalDate start,
    Factor factor,
    String level,
    Outcome outcome,
    Optional<Estimate> exposureChange,
    Optional<Estimate> outcomeChange) {
  public FollowUp {
    Checks.notNull(description, "description");
    Checks.notNull(start, "start");
    Checks.notNull(factor, "factor");
    factor.indexOf(Checks.notNull(level, "level"));
    Checks.notNull(outcome, "outcome");
    Checks.notNull(exposureChange, "exposureChange");
    Checks.notNull(outcomeChange, "outcomeChange");
  }
}
