package org.ergolens.report.brief;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.Outcome;

/**
 * Everything one reporting unit's brief shows, for its line manager: only that unit's numbers and
 * the organisation's, after the privacy rules.
 *
 * @param context the month and its settings
 * @param unit the unit and what it covers
 * @param participation who answered
 * @param regions any region first, then the body regions in the contract's order
 * @param risk its risk level and the reasons; empty when it cannot be assessed (figures withheld)
 * @param actions its first actions, in rank order
 * @param trend its any-region trend
 * @param followUps the follow-up of each workplace change configured for it
 * @param redFlags its red flags
 */
public record UnitBrief(
    BriefContext context,
    Unit unit,
    Participation participation,
    List<RegionFigure> regions,
    Optional<Risk> risk,
    List<Action> actions,
    Trend trend,
    List<FollowUp> followUps,
    RedFlags redFlags) {
  public UnitBrief {
    Checks.notNull(context, "context");
    Checks.notNull(unit, "unit");
    Checks.notNull(participation, "participation");
    regions = Regions.check(regions);
    Checks.notNull(risk, "risk");
    actions = Checks.list(actions, "actions");
    Checks.notNull(trend, "trend");
    followUps = Checks.list(followUps, "followUps");
    Checks.notNull(redFlags, "redFlags");
  }

  /** The any-region row. */
  public RegionFigure anyRegion() {
    return Regions.of(regions, Outcome.ANY_REGION);
  }
}
