package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;

/**
 * A prevalence line over months: a small multiple per outcome for the organisation, or a sparkline
 * per department. A withheld or unreported month leaves a gap, never a guessed point; a change of
 * make-up (departments folded in or out) starts a new segment; a month whose change against the
 * baseline is beyond chance gets a ring.
 */
final class TrendChart {
  /** Size and decoration of a chart. */
  record Frame(double width, double height, boolean axes) {}

  static final Frame PANEL = new Frame(230, 96, true);
  static final Frame SPARKLINE = new Frame(150, 30, false);

  /**
   * One month's point.
   *
   * @param month {@code YYYY-MM}
   * @param value the prevalence, or null for a gap
   * @param segment points join only within the same segment (the same make-up)
   * @param flagged whether the change against the baseline is beyond chance
   * @param tooltip what the point says in words
   */
  record Point(String month, Double value, int segment, boolean flagged, String tooltip) {}

  private TrendChart() {}

  static SvgElement render(
      String id, String title, String description, List<Point> points, Frame f) {
    double left = f.axes() ? 34 : 3;
    double right = 5;
    double top = f.axes() ? 6 : 3;
    double bottom = f.axes() ? 16 : 3;
    double max = 0;
    for (Point p : points) {
      max = Math.max(max, p.value() == null ? 0 : p.value());
    }
    max = max == 0 ? 0.01 : niceCeiling(max);
    SvgElement svg =
        SvgElement.chart(id, f.width(), f.height(), title, description)
            .attr("class", f.axes() ? "chart trend" : "chart sparkline");
    double plotW = f.width() - left - right;
    double plotH = f.height() - top - bottom;
    int n = points.size();
    double step = n <= 1 ? 0 : plotW / (n - 1);
    if (f.axes()) {
      for (double tick : new double[] {0, max / 2, max}) {
        double y = top + plotH - plotH * tick / max;
        svg.add(
            SvgElement.of("line")
                .attr("x1", left)
                .attr("x2", left + plotW)
                .attr("y1", y)
                .attr("y2", y)
                .attr("stroke", "#DDDDDD")
                .attr("stroke-width", 0.5));
        svg.add(
            SvgElement.of("text")
                .attr("class", "tick")
                .attr("x", left - 3)
                .attr("y", y + 3)
                .attr("text-anchor", "end")
                .text(Formats.percent(tick)));
      }
      if (n > 0) {
        svg.add(
            axisLabel(
                left, top + plotH + 12, "start", TrendsView.shortMonth(points.get(0).month())));
        svg.add(
            axisLabel(
                left + plotW,
                top + plotH + 12,
                "end",
                TrendsView.shortMonth(points.get(n - 1).month())));
      }
    }
    List<double[]> run = new ArrayList<>();
    int segment = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Point p = points.get(i);
      if (p.value() == null || p.segment() != segment) {
        addLine(svg, run);
        run = new ArrayList<>();
      }
      if (p.value() == null) {
        continue;
      }
      segment = p.segment();
      double x = left + step * i;
      double y = top + plotH - plotH * p.value() / max;
      run.add(new double[] {x, y});
    }
    addLine(svg, run);
    for (int i = 0; i < n; i++) {
      Point p = points.get(i);
      if (p.value() == null) {
        continue;
      }
      double x = left + step * i;
      double y = top + plotH - plotH * p.value() / max;
      SvgElement dot =
          SvgElement.of("circle")
              .attr("class", p.flagged() ? "point flagged" : "point")
              .attr("data-month", p.month())
              .attr("cx", x)
              .attr("cy", y)
              .attr("r", p.flagged() ? 3.5 : (f.axes() ? 2 : 1.3))
              .attr("fill", p.flagged() ? "#FFFFFF" : Palette.BLUE)
              .attr("stroke", p.flagged() ? Palette.VERMILLION : Palette.BLUE)
              .attr("stroke-width", p.flagged() ? 2 : 0.5);
      dot.title(p.tooltip());
      svg.add(dot);
    }
    return svg;
  }

  private static void addLine(SvgElement svg, List<double[]> run) {
    if (run.size() < 2) {
      return;
    }
    StringBuilder pts = new StringBuilder();
    for (double[] xy : run) {
      pts.append(pts.isEmpty() ? "" : " ")
          .append(org.ergolens.report.svg.Num.of(xy[0]))
          .append(',')
          .append(org.ergolens.report.svg.Num.of(xy[1]));
    }
    svg.add(
        SvgElement.of("polyline")
            .attr("class", "line")
            .attr("points", pts.toString())
            .attr("fill", "none")
            .attr("stroke", Palette.BLUE)
            .attr("stroke-width", 1.5));
  }

  private static SvgElement axisLabel(double x, double y, String anchor, String text) {
    return SvgElement.of("text")
        .attr("class", "tick")
        .attr("x", x)
        .attr("y", y)
        .attr("text-anchor", anchor)
        .text(text);
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code v}. */
  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v - 1e-12) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
