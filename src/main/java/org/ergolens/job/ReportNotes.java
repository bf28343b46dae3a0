package org.ergolens.job;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.privacy.MinCellCount;
import org.ergolens.privacy.MinGroupSize;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;

/** Plain-language notes on how a month's report was protected, for the report and dashboard. */
final class ReportNotes {
  private ReportNotes() {}

  static List<String> of(PublishedMonth month, MinGroupSize k, MinCellCount m) {
    List<String> notes = new ArrayList<>();
    notes.add(
        Labels.privacyNote(k.value(), m.value())
            + " Where a withheld number could be worked out from the others by subtraction,"
            + " another number is withheld too.");
    for (PublishedSummary u : month.units()) {
      if (!u.rolledUp().isEmpty()) {
        notes.add(
            "Departments "
                + String.join(", ", u.rolledUp())
                + " had too few respondents"
                + " to be shown alone and are reported within "
                + u.department()
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
}
