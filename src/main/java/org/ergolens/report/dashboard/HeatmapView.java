package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.report.RiskText;
import org.ergolens.report.dashboard.DataTable.Cell;
import org.ergolens.text.Labels;

/**
 * The department × outcome section.
 *
 * @param chart the heatmap
 * @param table its data-table alternative (wide: it scrolls on small screens)
 * @param reasons the suppression reasons that occur, in words, for the legend
 */
public record HeatmapView(SafeString chart, DataTable table, List<String> reasons) {

  /**
   * @param risks each unit's risk level by department id; a unit not in it is not assessed
   */
  static HeatmapView of(
      PublishedSummary org,
      List<PublishedSummary> units,
      Map<String, String> names,
      Map<String, Optional<UnitRisk>> risks) {
    Function<PublishedSummary, String> why = u -> Labels.withheldBecause(u.suppressionReason());
    DataTable.Spec<PublishedSummary> columns =
        DataTable.<PublishedSummary>spec()
            .text("Department", UnitChoice::nameOf)
            .published("Respondents", PublishedSummary::respondents, Formats::count, why)
            .column(
                "Risk level",
                false,
                u -> riskCell(risks.getOrDefault(u.department(), Optional.empty())));
    for (Outcome o : Heatmap.columns()) {
      columns.published(o.label(), u -> u.prevalence(o), Formats::percent, why);
    }
    columns.text("Includes", u -> UnitChoice.folded(u, names));
    List<PublishedSummary> rows = Heatmap.order(units);
    Set<String> reasons = new TreeSet<>();
    for (PublishedSummary u : rows) {
      if (u.suppressionReason() != null) {
        for (String r : u.suppressionReason().split(";")) {
          reasons.add(Labels.suppressionReason(r));
        }
      }
    }
    DataTable table =
        columns.table(
            "heatmap-table",
            "Share of respondents with discomfort, by department and body region",
            rows,
            PublishedSummary::department);
    return new HeatmapView(
        Svgs.markup(Heatmap.render(org, units, names)), table, List.copyOf(reasons));
  }

  /** The level, sorted by severity (the summary's risk list gives the reasons). */
  private static Cell riskCell(Optional<UnitRisk> risk) {
    String sort = risk.map(r -> String.valueOf(r.level().ordinal())).orElse("-1");
    return new Cell(RiskText.level(risk), sort, false, "");
  }
}
