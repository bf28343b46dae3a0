package org.ergolens.job;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.Organisation;
import org.ergolens.privacy.MinCellCount;
import org.ergolens.privacy.MinGroupSize;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;

/**
 * Plain-language notes on how a month's report was protected, for the report and dashboard. They
 * name departments as people know them (the department tree's names), never by their ids, unless
 * the tree gives no name.
 */
final class ReportNotes {
  private ReportNotes() {}

  static List<String> of(
      PublishedMonth month, MinGroupSize k, MinCellCount m, Organisation organisation) {
    List<String> notes = new ArrayList<>();
    notes.add(
        Labels.privacyNote(k.value(), m.value())
            + " Where a withheld number could be worked out from the others by subtraction,"
            + " another number is withheld too.");
    for (PublishedSummary u : month.units()) {
      if (!u.rolledUp().isEmpty()) {
        List<String> names = u.rolledUp().stream().map(d -> name(organisation, d)).toList();
        notes.add(
            Labels.and(names)
                + (names.size() == 1 ? " had" : " each had")
                + " too few respondents to be shown alone and "
                + (names.size() == 1 ? "is" : "are")
                + " reported within "
                + Labels.unit(u.department(), u.name(), false)
                + ".");
      }
    }
    if (!month.departmentsPublished()) {
      notes.add(
          "Department-level numbers are withheld this month: even after rolling small"
              + " departments up, a group stayed below "
              + k.value()
              + " respondents.");
    }
    return notes;
  }

  private static String name(Organisation organisation, String department) {
    return Labels.unit(department, organisation.name(department).orElse(null), false);
  }
}
