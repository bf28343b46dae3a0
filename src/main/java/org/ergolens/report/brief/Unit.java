package org.ergolens.report.brief;

import java.util.List;
import org.ergolens.text.Labels;

/**
 * A reporting unit as its brief names it.
 *
 * @param id the unit's department id (names the brief's files)
 * @param name its display name, or null when the tree gives none
 * @param hasChildUnits whether departments below it are units of their own, so that it holds only
 *     its own people: it is then named "… (staff outside its teams)"
 * @param folded the display names of the departments folded into it, in the order to show them
 */
public record Unit(String id, String name, boolean hasChildUnits, List<String> folded) {
  public Unit {
    Checks.notNull(id, "id");
    folded = Checks.list(folded, "folded");
  }

  /** The name people read: "Field Sales", "Commercial (staff outside its teams)". */
  public String displayName() {
    return Labels.unit(id, name, hasChildUnits);
  }
}
