package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.PreviousMonth;

/**
 * The body-region section: this month's prevalence per region, most common first, with last month's
 * value as a tick when there is one.
 *
 * @param chart the bar chart
 * @param table its data-table alternative
 */
public record RegionsView(SafeString chart, DataTable table) {

  static RegionsView of(PublishedSummary org, Optional<PreviousMonth> previous) {
    List<Outcome> regions = byPrevalence(org);
    List<BarChart.Bar> bars = new ArrayList<>();
    String why = Labels.reasons(org.suppressionReason());
    DataTable.Builder t =
        DataTable.builder("regions-table", "Share of respondents with discomfort, by body region")
            .textColumn("Body region")
            .numberColumn("Cases")
            .numberColumn("Prevalence");
    if (previous.isPresent()) {
      t.numberColumn("Prevalence in " + previous.get().month()).numberColumn("Change");
    }
    for (Outcome o : regions) {
      Double p = org.prevalence(o);
      Double before = previous.map(pm -> pm.prevalence(o)).orElse(null);
      String change = p != null && before != null ? Formats.pointChange(p, before) : null;
      String text = Formats.percent(p) + (change == null ? "" : " (" + change + ")");
      String tooltip =
          o.label()
              + ": "
              + (p == null
                  ? why
                  : Formats.percent(p) + " of respondents (" + Formats.count(org.cases(o)) + ")")
              + (before == null
                  ? ""
                  : "; " + previous.get().month() + ": " + Formats.percent(before));
      bars.add(new BarChart.Bar(o.label(), p, before, text, tooltip));
      t.row(null)
          .cell(o.label())
          .published(org.cases(o), Formats.count(org.cases(o)), why)
          .published(p, Formats.percent(p), why);
      if (previous.isPresent()) {
        t.number(before, Formats.percent(before));
        t.number(change == null ? null : p - before, change);
      }
    }
    String chart = "regions-chart";
    return new RegionsView(
        Svgs.markup(
            BarChart.render(
                chart,
                "Share of respondents with discomfort, by body region",
                "One bar per body region, most common first"
                    + previous.map(pm -> "; the black tick marks " + pm.month()).orElse("")
                    + ".",
                bars,
                BarChart.SHORT_LABELS)),
        t.build());
  }

  /** The nine regions, highest prevalence first; withheld ones last. */
  static List<Outcome> byPrevalence(PublishedSummary org) {
    return Outcome.regions().stream()
        .sorted(
            Comparator.comparing(org::prevalence, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }
}
