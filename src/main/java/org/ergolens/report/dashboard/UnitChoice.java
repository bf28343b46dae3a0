package org.ergolens.report.dashboard;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;

/**
 * One entry of the unit chooser: a published reporting unit by its display name. The chooser
 * matches ids exactly, never a part of a name.
 *
 * @param id the unit's id, as the {@code data-unit} attributes and {@code #unit=} links carry it
 * @param label its display name
 */
public record UnitChoice(String id, String label) {

  /** The published units in the order of their names, as a reader looks one up. */
  static List<UnitChoice> of(List<PublishedSummary> units) {
    Collator byName = Collator.getInstance(Locale.ENGLISH);
    return units.stream()
        .map(u -> new UnitChoice(u.department(), nameOf(u)))
        .sorted(Comparator.comparing(UnitChoice::label, byName).thenComparing(UnitChoice::id))
        .toList();
  }

  /** A unit's display name, as every view of the dashboard names it. */
  static String nameOf(PublishedSummary u) {
    return Labels.unit(u.department(), u.name(), u.headsUnits());
  }

  /** The departments rolled up into a unit, by their names where the department tree gives them. */
  static String folded(PublishedSummary u, Map<String, String> names) {
    return Labels.and(u.rolledUp().stream().map(d -> Labels.unit(d, names.get(d), false)).toList());
  }
}
