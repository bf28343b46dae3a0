package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.svg.Hatch;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;
import org.ergolens.text.Labels;

/**
 * Prevalence per reporting unit and outcome, the organisation on top and the units below from the
 * highest any-region prevalence down. Each column is shaded on its own scale; a withheld value is a
 * hatched cell that says "withheld", gives the reason in its tooltip and never shows a number.
 */
final class Heatmap {
  static final double LABEL_END = 204;
  static final double CELL_W = 58;
  static final double CELL_H = 24;
  static final double HEAD = 38;

  private Heatmap() {}

  /** Any region first, then the body regions in contract order. */
  static List<Outcome> columns() {
    return ForestPlot.outcomeOrder();
  }

  /** Units from the highest any-region prevalence down; withheld ones last, by id. */
  static List<PublishedSummary> order(List<PublishedSummary> units) {
    return units.stream()
        .sorted(
            Comparator.comparing(
                    (PublishedSummary u) -> u.prevalence(Outcome.ANY_REGION),
                    Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(PublishedSummary::department))
        .toList();
  }

  /**
   * The chart.
   *
   * @param names the department tree's names by id, for the departments rolled up into a unit
   */
  static SvgElement render(
      PublishedSummary organisation, List<PublishedSummary> units, Map<String, String> names) {
    List<Outcome> cols = columns();
    List<PublishedSummary> rows = new ArrayList<>();
    rows.add(organisation);
    rows.addAll(order(units));
    double[] max = new double[cols.size()];
    for (PublishedSummary u : rows) {
      for (int c = 0; c < cols.size(); c++) {
        Double p = u.prevalence(cols.get(c));
        max[c] = Math.max(max[c], p == null ? 0 : p);
      }
    }
    double width = LABEL_END + 6 + CELL_W * cols.size();
    double height = HEAD + CELL_H * rows.size() + 6;
    SvgElement svg =
        SvgElement.chart(
                "heatmap",
                width,
                height,
                "Share of respondents with discomfort, by department and body region",
                "Rows are reporting units, the whole organisation first; columns are body regions."
                    + " Darker cells are higher within their column. Hatched cells are withheld to"
                    + " protect privacy.")
            .attr("class", "chart heatmap")
            .attr(UnitRows.STEP, CELL_H);
    svg.add(Hatch.defs("heatmap-withheld"));
    svg.add(header(cols));
    double y = HEAD;
    for (int r = 0; r < rows.size(); r++) {
      svg.add(row(rows.get(r), r == 0, y, cols, max, names));
      y += CELL_H + (r == 0 ? 6 : 0);
    }
    return svg;
  }

  private static SvgElement header(List<Outcome> cols) {
    SvgElement g = SvgElement.of("g").attr("class", "columns").attr("aria-hidden", "true");
    for (int c = 0; c < cols.size(); c++) {
      double x = LABEL_END + 6 + CELL_W * c + CELL_W / 2;
      String[] words = cols.get(c).label().replace(" and ", " & ").split(" ", 2);
      SvgElement t =
          SvgElement.of("text")
              .attr("x", x)
              .attr("y", words.length > 1 ? 14 : 28)
              .attr("text-anchor", "middle")
              .attr("class", "col");
      t.add(SvgElement.of("tspan").attr("x", x).text(words[0]));
      if (words.length > 1) {
        t.add(SvgElement.of("tspan").attr("x", x).attr("dy", 14).text(words[1]));
      }
      g.add(t);
    }
    return g;
  }

  private static SvgElement row(
      PublishedSummary u,
      boolean organisation,
      double y,
      List<Outcome> cols,
      double[] max,
      Map<String, String> names) {
    String name = organisation ? "Whole organisation" : UnitChoice.nameOf(u);
    SvgElement g = SvgElement.of("g").attr("class", organisation ? "row org" : "row");
    if (!organisation) {
      g.attr("data-dept", u.department()).attr(UnitRows.UNIT, u.department());
    }
    SvgElement label =
        SvgElement.of("text")
            .attr("x", LABEL_END)
            .attr("y", y + 16)
            .attr("text-anchor", "end")
            .attr("class", organisation ? "label strong" : "label")
            .text(Text.fit(name, LABEL_END - 2, organisation ? 12 : 11));
    label.title(organisation ? name : unitTooltip(u, names));
    g.add(label);
    for (int c = 0; c < cols.size(); c++) {
      g.add(
          cell(
              u,
              name,
              cols.get(c),
              LABEL_END + 6 + CELL_W * c,
              y,
              max[c] == 0 ? 0 : valueOr0(u.prevalence(cols.get(c))) / max[c]));
    }
    return g;
  }

  static String unitTooltip(PublishedSummary u, Map<String, String> names) {
    return UnitChoice.nameOf(u)
        + (u.rolledUp().isEmpty() ? "" : ", including " + UnitChoice.folded(u, names));
  }

  private static SvgElement cell(
      PublishedSummary u, String name, Outcome o, double x, double y, double t) {
    Double p = u.prevalence(o);
    SvgElement g = SvgElement.of("g").attr("data-outcome", o.id());
    SvgElement rect =
        SvgElement.of("rect")
            .attr("x", x + 1)
            .attr("y", y + 1)
            .attr("width", CELL_W - 2)
            .attr("height", CELL_H - 2);
    SvgElement text =
        SvgElement.of("text")
            .attr("x", x + CELL_W / 2)
            .attr("y", y + 16)
            .attr("text-anchor", "middle");
    String what = name + ", " + o.label().toLowerCase(Locale.ROOT) + ": ";
    if (p == null) {
      g.attr("class", "cell withheld");
      g.title(what + Labels.withheldBecause(u.suppressionReason()));
      rect.attr("fill", Hatch.fill("heatmap-withheld"))
          .attr("stroke", Palette.WITHHELD_LINE)
          .attr("stroke-width", 0.5);
      text.attr("class", "withheld-text").attr("fill", Palette.INK).text(Formats.WITHHELD);
    } else {
      String colour = Palette.sequential(t);
      g.attr("class", "cell").attr("data-value", Double.toString(p));
      g.title(
          what
              + Formats.percent(p)
              + " ("
              + Formats.count(u.cases(o))
              + " of "
              + Formats.count(u.respondents())
              + " respondents)");
      rect.attr("fill", colour);
      text.attr("fill", Palette.textOn(colour)).text(Formats.percent(p));
    }
    return g.add(rect).add(text);
  }

  private static double valueOr0(Double v) {
    return v == null ? 0 : v;
  }
}
