package org.ergolens.report.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.ergolens.report.svg.Num;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;

/**
 * The any-region trend: the scope's prevalence month by month as a line with dots, the
 * organisation's as a grey dashed line behind it. A withheld month, or one without reports, leaves
 * a gap, never a guessed point; a change in the unit's make-up starts a new line. Shapes only: the
 * axis labels are in the page beside it.
 */
final class TrendLines {
  static final double WIDTH = 300;
  static final double HEIGHT = 78;
  private static final double PAD = 5;

  private TrendLines() {}

  static SvgElement render(String id, Trend trend, Scale scale, String description) {
    SvgElement svg =
        SvgElement.chart(id, WIDTH, HEIGHT, "Discomfort in any body region by month", description)
            .attr("alt", "Discomfort in any body region by month: " + description)
            .attr("width", WIDTH)
            .attr("height", HEIGHT)
            .attr("class", "trend");
    double plotH = HEIGHT - 2 * PAD;
    for (double f : new double[] {0, 0.5, 1}) {
      double y = PAD + plotH - plotH * f;
      svg.add(
          RegionBar.line(
              f == 0 ? "axis" : "grid", 0, y, WIDTH, y, f == 0 ? "#8C8C8C" : "#DDE2E7", 0.75));
    }
    List<Trend.Point> points = trend.points();
    addLines(svg, points, Trend.Point::organisation, scale, "organisation", Palette.GREY, true);
    addLines(svg, points, Trend.Point::prevalence, scale, "scope", Palette.BLUE, false);
    for (int i = 0; i < points.size(); i++) {
      OptionalDouble v = points.get(i).prevalence();
      if (v.isPresent()) {
        boolean last = i == points.size() - 1;
        svg.add(
            SvgElement.of("circle")
                .attr("class", last ? "point last" : "point")
                .attr("cx", x(i, points.size()))
                .attr("cy", y(v.getAsDouble(), scale))
                .attr("r", last ? 3.5 : 2)
                .attr("fill", Palette.BLUE));
      }
    }
    return svg;
  }

  static SvgElement legendLine(String id, String colour, boolean dashed) {
    SvgElement svg =
        SvgElement.chart(id, 22, 8, "Line", dashed ? "A dashed line" : "A solid line")
            .attr("alt", dashed ? "A dashed line" : "A solid line")
            .attr("width", 22)
            .attr("height", 8);
    SvgElement l = RegionBar.line("legend", 0, 4, 22, 4, colour, dashed ? 1.5 : 2);
    if (dashed) {
      l.attr("stroke-dasharray", "4 3");
    }
    return svg.add(l);
  }

  private static void addLines(
      SvgElement svg,
      List<Trend.Point> points,
      Function<Trend.Point, OptionalDouble> value,
      Scale scale,
      String cls,
      String colour,
      boolean dashed) {
    List<String> run = new ArrayList<>();
    Integer segment = null;
    for (int i = 0; i < points.size(); i++) {
      Trend.Point p = points.get(i);
      OptionalDouble v = value.apply(p);
      boolean joins = v.isPresent() && (segment == null || segment == p.segment() || dashed);
      if (!joins) {
        flush(svg, run, cls, colour, dashed);
        run = new ArrayList<>();
      }
      if (v.isPresent()) {
        run.add(Num.of(x(i, points.size())) + "," + Num.of(y(v.getAsDouble(), scale)));
        segment = p.segment();
      } else {
        segment = null;
      }
    }
    flush(svg, run, cls, colour, dashed);
  }

  private static void flush(
      SvgElement svg, List<String> run, String cls, String colour, boolean dashed) {
    if (run.size() < 2) {
      return;
    }
    SvgElement line =
        SvgElement.of("polyline")
            .attr("class", "line " + cls)
            .attr("points", String.join(" ", run))
            .attr("fill", "none")
            .attr("stroke", colour)
            .attr("stroke-width", dashed ? 1.5 : 2)
            .attr("stroke-linejoin", "round");
    if (dashed) {
      line.attr("stroke-dasharray", "4 3");
    }
    svg.add(line);
  }

  private static double x(int i, int n) {
    return n <= 1 ? WIDTH / 2 : PAD + (WIDTH - 2 * PAD) * i / (n - 1);
  }

  private static double y(double share, Scale scale) {
    double plotH = HEIGHT - 2 * PAD;
    return PAD + plotH - scale.at(share, plotH);
  }
}
