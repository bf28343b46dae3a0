package org.ergolens.report.brief;

import java.util.List;
import org.ergolens.model.Outcome;

/**
 * The organisation's brief, for leadership: the organisation's figures, the units at high or
 * moderate risk, and the first actions.
 *
 * @param context the month and its settings
 * @param participation who answered, organisation-wide
 * @param regions any region first, then the body regions (no comparison)
 * @param units how many reporting units the month has
 * @param unitsAtRisk the units at high, then moderate risk
 * @param actions the organisation's first actions, in rank order
 * @param trend the organisation's any-region trend
 * @param followUps the follow-up of every configured workplace change, with its unit's name
 * @param redFlags the organisation's red flags
 */
public record OrganisationBrief(
    BriefContext context,
    Participation participation,
    List<RegionFigure> regions,
    int units,
    List<UnitAtRisk> unitsAtRisk,
    List<Action> actions,
    Trend trend,
    List<UnitFollowUp> followUps,
    RedFlags redFlags) {
  public OrganisationBrief {
    Checks.notNull(context, "context");
    Checks.notNull(participation, "participation");
    regions = Regions.check(regions);
    unitsAtRisk = Checks.list(unitsAtRisk, "unitsAtRisk");
    actions = Checks.list(actions, "actions");
    Checks.notNull(trend, "trend");
    followUps = Checks.list(followUps, "followUps");
    Checks.notNull(redFlags, "redFlags");
  }

  /** The any-region row. */
  public RegionFigure anyRegion() {
    return Regions.of(regions, Outcome.ANY_REGION);
  }

  /**
   * A unit at high or moderate risk.
   *
   * @param unit the unit
   * @param risk its level and reasons
   * @param anyRegion its any-region figure
   */
  public record UnitAtRisk(Unit unit, Risk risk, RegionFigure anyRegion) {
    public UnitAtRisk {
      Checks.notNull(unit, "unit");
      Checks.notNull(risk, "risk");
      Checks.notNull(anyRegion, "anyRegion");
      if (anyRegion.outcome() != Outcome.ANY_REGION) {
        throw new IllegalArgumentException("anyRegion must be the any-region figure");
      }
    }
  }

  /**
   * A follow-up with the unit it was made in.
   *
   * @param unit the unit
   * @param followUp the follow-up
   */
  public record UnitFollowUp(Unit unit, FollowUp followUp) {
    public UnitFollowUp {
      Checks.notNull(unit, "unit");
      Checks.notNull(followUp, "followUp");
    }
  }
}
