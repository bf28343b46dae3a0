package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;

/**
 * The department × outcome section.
 *
 * @param chart the heatmap
 * @param table its data-table alternative (wide: it scrolls on small screens)
 * @param reasons the suppression reasons that occur, in words, for the legend
 */
public record HeatmapView(SafeString chart, DataTable table, List<String> reasons) {

  static HeatmapView of(PublishedSummary org, List<PublishedSummary> units) {
    DataTable.Builder t =
        DataTable.builder(
                "heatmap-table",
                "Share of respondents with discomfort, by department and body region")
            .textColumn("Department")
            .textColumn("Id")
            .numberColumn("Respondents");
    for (Outcome o : Heatmap.columns()) {
      t.numberColumn(o.label());
    }
    t.textColumn("Includes");
    Set<String> reasons = new TreeSet<>();
    for (PublishedSummary u : Heatmap.order(units)) {
      String why = Labels.reasons(u.suppressionReason());
      t.row(DataTable.filterKey(u.department(), u.name()))
          .cell(Labels.unit(u))
          .cell(u.department())
          .published(u.respondents(), Formats.count(u.respondents()), why);
      for (Outcome o : Heatmap.columns()) {
        t.published(u.prevalence(o), Formats.percent(u.prevalence(o)), why);
      }
      t.cell(String.join(", ", u.rolledUp()));
      if (u.suppressionReason() != null) {
        for (String r : u.suppressionReason().split(";")) {
          reasons.add(Labels.reasonTexts().getOrDefault(r, r));
        }
      }
    }
    return new HeatmapView(
        Svgs.markup(Heatmap.render(org, units)), t.build(), List.copyOf(reasons));
  }
}
