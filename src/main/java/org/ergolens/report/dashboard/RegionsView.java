package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.PreviousMonth;
import org.ergolens.report.dashboard.DataTable.Cell;
import org.ergolens.text.Labels;

/**
 * The body-region section: this month's prevalence per region, most common first, with last month's
 * value as a tick when there is one.
 *
 * @param chart the bar chart
 * @param table its data-table alternative
 */
public record RegionsView(SafeString chart, DataTable table) {

  /**
   * A body region's row: this month's cases and prevalence, and last month's prevalence.
   *
   * @param before last month's prevalence, or null
   */
  private record Region(Outcome outcome, Long cases, Double prevalence, Double before) {
    /** The change since last month in percentage points, or null. */
    String change() {
      return prevalence != null && before != null ? Formats.pointChange(prevalence, before) : null;
    }

    Cell changeCell() {
      return Cell.number(change() == null ? null : prevalence - before, change());
    }
  }

  static RegionsView of(PublishedSummary org, Optional<PreviousMonth> previous) {
    List<BarChart.Bar> bars = new ArrayList<>();
    String why = Labels.withheldBecause(org.suppressionReason());
    List<Region> regions = new ArrayList<>();
    for (Outcome o : byPrevalence(org)) {
      regions.add(
          new Region(
              o,
              org.cases(o),
              org.prevalence(o),
              previous.map(pm -> pm.prevalence(o)).orElse(null)));
    }
    for (Region r : regions) {
      Outcome o = r.outcome();
      Double p = r.prevalence();
      Double before = r.before();
      String change = r.change();
      String text = Formats.percent(p) + (change == null ? "" : " (" + change + ")");
      String tooltip =
          o.label()
              + ": "
              + (p == null
                  ? why
                  : Formats.percent(p) + " of respondents (" + Formats.count(org.cases(o)) + ")")
              + (before == null
                  ? ""
                  : "; "
                      + DashboardModel.monthLabel(previous.get().month())
                      + ": "
                      + Formats.percent(before));
      bars.add(new BarChart.Bar(o.label(), p, before, text, tooltip, null));
    }
    DataTable.Spec<Region> columns =
        DataTable.<Region>spec()
            .text("Body region", r -> r.outcome().label())
            .published("Cases", Region::cases, Formats::count, r -> why)
            .published("Prevalence", Region::prevalence, Formats::percent, r -> why);
    if (previous.isPresent()) {
      columns
          .number(
              "Prevalence in " + DashboardModel.monthLabel(previous.get().month()),
              Region::before,
              Formats::percent)
          .column("Change", true, Region::changeCell);
    }
    String chart = "regions-chart";
    return new RegionsView(
        Svgs.markup(
            BarChart.render(
                chart,
                "Share of respondents with discomfort, by body region",
                "One bar per body region, most common first"
                    + previous
                        .map(
                            pm -> "; the black tick marks " + DashboardModel.monthLabel(pm.month()))
                        .orElse("")
                    + ".",
                bars,
                BarChart.SHORT_LABELS)),
        columns.table(
            "regions-table",
            "Share of respondents with discomfort, by body region",
            regions,
            r -> null));
  }

  /** The nine regions, highest prevalence first; withheld ones last. */
  static List<Outcome> byPrevalence(PublishedSummary org) {
    return Outcome.regions().stream()
        .sorted(
            Comparator.comparing(org::prevalence, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }
}
