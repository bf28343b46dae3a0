package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.PreviousMonth;
import org.ergolens.text.Labels;

/**
 * The red-flag panel: counts for groups only (the organisation, then each unit where published),
 * never anything about a person.
 *
 * @param count respondents with a red flag, organisation-wide
 * @param share their share
 * @param change the change in share since last month, or null
 * @param chart red-flag share by unit
 * @param table its data-table alternative
 */
public record RedFlagsView(
    String count, String share, String change, SafeString chart, DataTable table) {

  static RedFlagsView of(
      PublishedSummary org, List<PublishedSummary> units, Optional<PreviousMonth> previous) {
    Double before = previous.map(PreviousMonth::redFlagShare).orElse(null);
    String change =
        org.redFlagShare() != null && before != null
            ? Formats.pointChange(org.redFlagShare(), before)
                + " since "
                + DashboardModel.monthLabel(previous.get().month())
            : null;
    List<BarChart.Bar> bars = new ArrayList<>();
    List<PublishedSummary> ordered =
        units.stream()
            .sorted(
                Comparator.comparing(
                    PublishedSummary::redFlagShare,
                    Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    for (PublishedSummary u : ordered) {
      String why = Labels.withheldBecause(u.suppressionReason());
      Double s = u.redFlagShare();
      bars.add(
          new BarChart.Bar(
              UnitChoice.nameOf(u),
              s,
              null,
              Formats.percent(s),
              UnitChoice.nameOf(u)
                  + ": "
                  + (s == null ? why : Formats.percent(s) + " with a red flag"),
              u.department()));
    }
    Function<PublishedSummary, String> why = u -> Labels.withheldBecause(u.suppressionReason());
    DataTable table =
        DataTable.<PublishedSummary>spec()
            .text("Department", UnitChoice::nameOf)
            .published("Respondents", PublishedSummary::respondents, Formats::count, why)
            .published("With a red flag", PublishedSummary::redFlags, Formats::count, why)
            .published("Share", PublishedSummary::redFlagShare, Formats::percent, why)
            .table(
                "red-flags-table",
                "Respondents with a red flag, by department",
                ordered,
                PublishedSummary::department);
    SafeString chart =
        bars.isEmpty()
            ? null
            : Svgs.markup(
                BarChart.render(
                    "red-flags-chart",
                    "Share of respondents with a red flag, by department",
                    "One bar per department; hatched bars are withheld to protect privacy.",
                    bars,
                    BarChart.LONG_LABELS));
    return new RedFlagsView(
        Formats.count(org.redFlags()), Formats.percent(org.redFlagShare()), change, chart, table);
  }
}
