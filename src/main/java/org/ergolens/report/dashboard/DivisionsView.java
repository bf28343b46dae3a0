package org.ergolens.report.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;

/**
 * The divisions: each unit that has units below it, together with all of them (the {@code subtree}
 * rows of {@code department_summary}), with the units it is made up of.
 *
 * @param table the divisions' figures; empty without a department tree
 * @param shown whether there is a division to show
 */
public record DivisionsView(DataTable table, boolean shown) {

  static DivisionsView of(PublishedMonth month) {
    Map<String, PublishedSummary> units = new LinkedHashMap<>();
    month.units().forEach(u -> units.put(u.department(), u));
    Function<PublishedSummary, String> why = s -> Labels.withheldBecause(s.suppressionReason());
    DataTable.Spec<PublishedSummary> columns =
        DataTable.<PublishedSummary>spec()
            .text("Division", s -> Labels.division(s.department(), s.name()))
            .published("Respondents", PublishedSummary::respondents, Formats::count, why)
            .published(
                Outcome.ANY_REGION.label(),
                s -> s.prevalence(Outcome.ANY_REGION),
                Formats::percent,
                why)
            .published("With a red flag", PublishedSummary::redFlagShare, Formats::percent, why)
            .text(
                "Made up of",
                s ->
                    Labels.and(
                        month.unitTree().subtree(s.department()).stream()
                            .map(id -> UnitChoice.nameOf(units.get(id)))
                            .toList()));
    List<PublishedSummary> rows = month.departmentsPublished() ? month.subtrees() : List.of();
    return new DivisionsView(
        columns.table(
            "divisions-table",
            "Divisions: each department with every team below it",
            rows,
            s -> null),
        !rows.isEmpty());
  }
}
