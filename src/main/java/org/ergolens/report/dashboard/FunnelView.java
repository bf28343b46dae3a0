package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.FunnelComparison;
import org.ergolens.stats.FunnelLimits;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.ergolens.trend.UnitComparison;
import org.ergolens.trend.UnitComparisons;

/**
 * The departments-against-the-organisation section: a funnel plot of discomfort in any body region,
 * one smaller plot per body region, and the numbers of {@code department_comparisons} as a table.
 * Built from the same comparisons as that table ({@link UnitComparisons}), so a unit has a point
 * exactly where it has a row: a unit whose respondents or cases are withheld has none, and each
 * plot says how many units it leaves out and why.
 *
 * @param main the any-region plot
 * @param regions one plot per body region, the most common first
 * @param table every comparison, in words and numbers
 */
public record FunnelView(Panel main, List<Panel> regions, DataTable table) {

  /**
   * One outcome's plot as the template shows it.
   *
   * @param outcome the outcome id
   * @param label its heading
   * @param target the organisation's prevalence, or empty when withheld
   * @param svg the plot, or null when the organisation's prevalence is withheld
   * @param shown the units drawn
   * @param notShown why the other units are not drawn, or empty when every unit is
   */
  public record Panel(
      String outcome, String label, String target, SafeString svg, int shown, String notShown) {}

  static FunnelView of(PublishedMonth month, List<PublishedSummary> units, int minGroupSize) {
    List<UnitComparison> all = units.isEmpty() ? List.of() : UnitComparisons.of(month);
    Panel main = panel(Outcome.ANY_REGION, month, units, all, minGroupSize, FunnelChart.MAIN);
    List<Panel> regions =
        RegionsView.byPrevalence(month.organisation()).stream()
            .map(o -> panel(o, month, units, all, minGroupSize, FunnelChart.PANEL))
            .toList();
    return new FunnelView(main, regions, table(all));
  }

  private static Panel panel(
      Outcome o,
      PublishedMonth month,
      List<PublishedSummary> units,
      List<UnitComparison> all,
      int minGroupSize,
      FunnelChart.Frame frame) {
    Double target = month.organisation().prevalence(o);
    String label = Labels.regionTitle(o);
    if (target == null) {
      return new Panel(
          o.id(),
          label,
          "",
          null,
          0,
          "The organisation's rate is withheld this month, so no unit is compared with it.");
    }
    List<FunnelChart.Point> points =
        all.stream()
            .filter(c -> c.outcome() == o)
            .map(
                c ->
                    new FunnelChart.Point(
                        c.department(), name(c, units), c.funnel(), tooltip(c, units)))
            .toList();
    String title = "Funnel plot: " + Labels.discomfort(o) + " by unit size";
    String description =
        (points.size() == 1 ? "1 unit" : points.size() + " units")
            + " against the organisation's "
            + Formats.percent(target)
            + ", with the 95% and 99.8% limits; "
            + count(points, FunnelChart.Position.ABOVE_95)
            + " above the 95% limit only, "
            + count(points, FunnelChart.Position.ABOVE_998)
            + " above the 99.8% limit. The table below gives the numbers.";
    String id = "funnel-" + o.id().replace('_', '-');
    return new Panel(
        o.id(),
        label,
        Formats.percent(target),
        Svgs.markup(
            FunnelChart.render(id, title, description, target, minGroupSize, points, frame)
                .attr("data-outcome", o.id())),
        points.size(),
        notShown(o, units, points));
  }

  private static long count(List<FunnelChart.Point> points, FunnelChart.Position p) {
    return points.stream().filter(x -> FunnelChart.Position.of(x.funnel()) == p).count();
  }

  /**
   * Which units have no point and why: "1 unit is not shown: its number of respondents is withheld
   * to protect privacy (Tiny team). 2 units are not shown: their neck cases are withheld to protect
   * privacy (Finance and Night shift)." The heatmap's notes give each reason.
   */
  static String notShown(Outcome o, List<PublishedSummary> units, List<FunnelChart.Point> points) {
    List<String> noRespondents = new ArrayList<>();
    List<String> noCases = new ArrayList<>();
    for (PublishedSummary u : units) {
      if (points.stream().anyMatch(p -> p.unit().equals(u.department()))) {
        continue;
      }
      Long n = u.respondents();
      (n == null || n == 0 ? noRespondents : noCases).add(UnitChoice.nameOf(u));
    }
    List<String> sentences = new ArrayList<>();
    if (!noRespondents.isEmpty()) {
      sentences.add(
          notShown(noRespondents)
              + (noRespondents.size() == 1
                  ? "its number of respondents is"
                  : "their numbers of respondents are")
              + " withheld to protect privacy ("
              + Labels.and(noRespondents)
              + ").");
    }
    if (!noCases.isEmpty()) {
      sentences.add(
          notShown(noCases)
              + (noCases.size() == 1 ? "its " : "their ")
              + Labels.cases(o)
              + " are withheld to protect privacy ("
              + Labels.and(noCases)
              + ").");
    }
    return String.join(" ", sentences);
  }

  private static String notShown(List<String> units) {
    return (units.size() == 1 ? "1 unit is" : units.size() + " units are") + " not shown: ";
  }

  private static String name(UnitComparison c, List<PublishedSummary> units) {
    return units.stream()
        .filter(u -> u.department().equals(c.department()))
        .findFirst()
        .map(UnitChoice::nameOf)
        .orElse(Labels.unit(c.department(), c.name(), false));
  }

  /**
   * "Operations: 45 of 150 respondents (30.0%) against the organisation's 25.0%; above the 95%
   * limit, about 8 more cases than the organisation's rate would give."
   */
  static String tooltip(UnitComparison c, List<PublishedSummary> units) {
    FunnelComparison f = c.funnel();
    FunnelChart.Position p = FunnelChart.Position.of(f);
    double excess = f.excessCases();
    String difference =
        Math.abs(excess) < 0.5
            ? "about as many cases as the organisation's rate would give"
            : Numbers.cases(Math.abs(excess))
                + (excess > 0 ? " more" : " fewer")
                + " cases than the organisation's rate would give";
    return name(c, units)
        + ": "
        + Formats.count(f.cases())
        + " of "
        + Formats.count(f.respondents())
        + " respondents ("
        + Formats.percent(f.prevalence())
        + ") against the organisation's "
        + Formats.percent(f.target())
        + "; "
        + p.words
        + ", "
        + difference
        + ".";
  }

  private static DataTable table(List<UnitComparison> all) {
    List<UnitComparison> rows =
        all.stream()
            .sorted(
                Comparator.comparing((UnitComparison c) -> c.outcome() != Outcome.ANY_REGION)
                    .thenComparing(c -> c.outcome().ordinal())
                    .thenComparing(
                        (UnitComparison c) -> c.funnel().excessCases(), Comparator.reverseOrder()))
            .toList();
    return DataTable.<UnitComparison>spec()
        .text("Unit", c -> Labels.unit(c.department(), c.name(), false))
        .text("Body region", c -> Labels.regionTitle(c.outcome()))
        .number("Respondents", c -> c.funnel().respondents(), Formats::count)
        .number("Cases", c -> c.funnel().cases(), Formats::count)
        .number("Share", c -> c.funnel().prevalence(), Formats::percent)
        .number("Organisation", c -> c.funnel().target(), Formats::percent)
        .number(
            "Expected cases",
            c -> c.funnel().expectedCases(),
            v -> String.format(java.util.Locale.ROOT, "%.1f", v))
        .text("95% limits (cases)", c -> limits(c.funnel().at95()))
        .text("99.8% limits (cases)", c -> limits(c.funnel().at998()))
        .text("Against the limits", c -> FunnelChart.Position.of(c.funnel()).words)
        .table(
            "funnel-table",
            "Each unit's cases against the organisation's rate, with the funnel limits",
            rows,
            UnitComparison::department);
  }

  private static String limits(FunnelLimits l) {
    return Formats.count(l.lowerCases()) + "–" + Formats.count(l.upperCases());
  }
}
