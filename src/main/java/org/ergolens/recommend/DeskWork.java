package org.ergolens.recommend;

import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedSummary;

/**
 * The rule for desk and screen actions in units that are not desk-based: a unit is desk-based when
 * at least {@code desk_based_min_share} of its respondents (by default half) sit 4 hours a day or
 * more; in any other unit (a warehouse, a field team, where most sit under 4 hours) actions on
 * screens or desks (triggered by {@code monitor_position} or {@code desk_type}) are not
 * recommended, however many cases the few desk workers account for. A unit whose share under 4
 * hours is withheld counts as desk-based: the rule never hides an action for lack of a figure.
 */
final class DeskWork {
  private static final Set<String> DESK_AND_SCREEN =
      Set.of(Factor.MONITOR_POSITION.id(), Factor.DESK_TYPE.id());

  private DeskWork() {}

  /** Whether the action changes screens or desks. */
  static boolean isDeskOrScreen(Trigger.Exposure trigger) {
    return DESK_AND_SCREEN.contains(trigger.factor());
  }

  /**
   * Whether the unit is desk-based by its published sitting profile: at least {@code minShare} of
   * its respondents with a known sitting band sit 4 hours or more, that is at most {@code 1 −
   * minShare} under 4 hours.
   */
  static boolean deskBased(PublishedSummary unit, double minShare) {
    Double under4h = unit.share(Factor.SITTING_BAND, Factor.SITTING_BAND.reference());
    return under4h == null || under4h <= 1 - minShare;
  }
}
