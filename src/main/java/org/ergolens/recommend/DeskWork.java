package org.ergolens.recommend;

import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedSummary;

/**
 * The rule for desk and screen actions in units that are not desk-based: a unit in which more than
 * half of the respondents sit under 4 hours a day (a warehouse, a field team) is not desk-based,
 * and actions on screens or desks (triggered by {@code monitor_position} or {@code desk_type}) are
 * not recommended there, however many cases the few desk workers account for. A unit whose share
 * under 4 hours is withheld counts as desk-based: the rule never hides an action for lack of a
 * figure.
 */
final class DeskWork {
  /** Above this share of respondents sitting under 4 hours a day, a unit is not desk-based. */
  static final double MAX_SHARE_SITTING_UNDER_4H = 0.5;

  private static final Set<String> DESK_AND_SCREEN =
      Set.of(Factor.MONITOR_POSITION.id(), Factor.DESK_TYPE.id());

  private DeskWork() {}

  /** Whether the action changes screens or desks. */
  static boolean isDeskOrScreen(Trigger.Exposure trigger) {
    return DESK_AND_SCREEN.contains(trigger.factor());
  }

  /** Whether the unit is desk-based by its published sitting profile. */
  static boolean deskBased(PublishedSummary unit) {
    Double under4h = unit.share(Factor.SITTING_BAND, Factor.SITTING_BAND.reference());
    return under4h == null || under4h <= MAX_SHARE_SITTING_UNDER_4H;
  }
}
