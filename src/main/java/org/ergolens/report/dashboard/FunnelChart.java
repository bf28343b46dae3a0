package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.ergolens.report.svg.Num;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;
import org.ergolens.stats.FunnelComparison;
import org.ergolens.stats.FunnelLimits;
import org.ergolens.stats.FunnelPlot;

/**
 * A funnel plot of one outcome: each unit's prevalence against its respondents, the organisation's
 * prevalence as a line and the exact binomial 95% and 99.8% limits around it ({@link FunnelPlot},
 * the limits of {@code department_comparisons}) drawn at every respondent count the width can show.
 * The limits are whole numbers of cases, so they are drawn as they are, a little jagged where units
 * are small; a point on a limit is within it. Units above a limit are marked by shape and colour,
 * and in the large frame named beside their point where the name fits.
 */
final class FunnelChart {

  /**
   * Size and decoration of a plot.
   *
   * @param width the view box's width
   * @param height its height
   * @param names whether units above the 95% limit are named beside their point, and the
   *     organisation's line is labelled (a small plot gives its rate in its caption)
   * @param font the font size of its text, in view-box units ({@code svg.funnel.main} and {@code
   *     svg.funnel.small} in the style sheet set the same)
   * @param css its class
   */
  record Frame(double width, double height, boolean names, double font, String css) {
    /** A generous width of one character, for keeping labels apart. */
    double charWidth() {
      return 0.66 * font;
    }
  }

  static final Frame MAIN = new Frame(520, 320, true, 12, "main");
  static final Frame PANEL = new Frame(340, 210, false, 10, "small");

  /** How a unit lies against the limits, for its mark and its words. */
  enum Position {
    ABOVE_998("above998", "above the 99.8% limit"),
    ABOVE_95("above95", "above the 95% limit"),
    WITHIN("within", "within the limits"),
    BELOW_95("below95", "below the 95% limit");

    final String css;
    final String words;

    Position(String css, String words) {
      this.css = css;
      this.words = words;
    }

    static Position of(FunnelComparison c) {
      if (c.aboveAt998()) {
        return ABOVE_998;
      }
      if (c.aboveAt95()) {
        return ABOVE_95;
      }
      return c.belowAt95() ? BELOW_95 : WITHIN;
    }
  }

  /**
   * One unit's point.
   *
   * @param unit its id, for the unit chooser
   * @param name its display name
   * @param funnel its cases and respondents against the organisation's prevalence
   * @param tooltip what the point says in words
   */
  record Point(String unit, String name, FunnelComparison funnel, String tooltip) {}

  private static final double TOP = 8;
  private static final int NAME_CHARS = 24;

  private FunnelChart() {}

  /**
   * The plot.
   *
   * @param target the organisation's prevalence
   * @param smallest the smallest unit size the limits are drawn from (the minimum group size)
   */
  static SvgElement render(
      String id,
      String title,
      String description,
      double target,
      long smallest,
      List<Point> points,
      Frame f) {
    long largest =
        Math.max(
            smallest + 1, points.stream().mapToLong(p -> p.funnel().respondents()).max().orElse(0));
    double xStep = niceStep(largest / 4.0);
    double xMax = Math.ceil(largest * 1.04 / xStep) * xStep;
    double yTop = target;
    for (Point p : points) {
      yTop = Math.max(yTop, p.funnel().prevalence());
      yTop = Math.max(yTop, p.funnel().at998().upper());
    }
    double yMax = Math.min(1, Math.max(0.1, Math.ceil(yTop * 10 - 1e-9) / 10));
    double left = 3.6 * f.font();
    double right = 4.2 * f.font();
    double bottom = 2.8 * f.font();
    Scale s =
        new Scale(left, TOP, f.width() - left - right, f.height() - TOP - bottom, xMax, yMax, f);
    List<double[]> taken = new ArrayList<>();

    SvgElement svg =
        SvgElement.chart(id, f.width(), f.height(), title, description)
            .attr("class", "chart funnel " + f.css())
            .attr("data-target", Double.toString(target));
    axes(svg, s, xStep, taken);
    for (double level : new double[] {FunnelPlot.LEVEL_998, FunnelPlot.LEVEL_95}) {
      limitCurves(svg, s, target, smallest, points, level, taken);
    }
    svg.add(
        SvgElement.of("line")
            .attr("class", "target")
            .attr("x1", s.x(0))
            .attr("x2", s.x(xMax))
            .attr("y1", s.y(target))
            .attr("y2", s.y(target))
            .attr("stroke", Palette.INK)
            .attr("stroke-width", 1.2));
    for (Point p : points) {
      double x = s.x(p.funnel().respondents());
      double y = s.y(p.funnel().prevalence());
      taken.add(new double[] {x - 7, y - 7, x + 7, y + 7});
    }
    if (f.names()) {
      targetLabel(svg, s, target, taken);
    }
    // The most remarkable points last, over the others; their names first, where there is room.
    Comparator<Point> remarkable =
        Comparator.comparing((Point p) -> Position.of(p.funnel()))
            .thenComparing(p -> -p.funnel().excessCases());
    points.stream().sorted(remarkable.reversed()).forEach(p -> svg.add(point(s, p)));
    if (f.names()) {
      points.stream()
          .filter(p -> p.funnel().aboveAt95())
          .sorted(remarkable)
          .forEach(p -> name(svg, s, p, taken, f));
    }
    return svg;
  }

  /**
   * "Organisation 42.0%" on its line, as far right as it covers no point and no other label, above
   * the line or else below it; nowhere if it fits nowhere (the caption gives the rate too).
   */
  private static void targetLabel(SvgElement svg, Scale s, double target, List<double[]> taken) {
    String text = "Organisation " + Formats.percent(target);
    Frame f = s.frame();
    double w = text.length() * f.charWidth();
    double h = f.font();
    double y = s.y(target);
    List<double[]> starts = new ArrayList<>();
    for (int i = 10; i >= 0; i--) {
      double x = s.x(0) + 4 + (s.x(s.xMax()) - w - s.x(0) - 4) * i / 10;
      starts.add(new double[] {x, y - 4});
      starts.add(new double[] {x, y + h + 2});
    }
    for (double[] at : starts) {
      double[] box = {at[0], at[1] - h, at[0] + w, at[1] + 2};
      if (taken.stream().noneMatch(t -> overlaps(t, box))) {
        taken.add(box);
        svg.add(
            SvgElement.of("text")
                .attr("class", "target-label")
                .attr("x", at[0])
                .attr("y", at[1])
                .text(text));
        return;
      }
    }
  }

  /** Maps respondents and prevalences to the view box. */
  private record Scale(
      double left, double top, double width, double height, double xMax, double yMax, Frame frame) {
    double x(double respondents) {
      return left + width * respondents / xMax;
    }

    double y(double prevalence) {
      return top + height - height * prevalence / yMax;
    }
  }

  private static void axes(SvgElement svg, Scale s, double xStep, List<double[]> taken) {
    double yStep = s.yMax() > 0.5 ? 0.2 : (s.yMax() > 0.2 ? 0.1 : 0.05);
    for (double t = 0; t <= s.yMax() + 1e-9; t += yStep) {
      double y = s.y(t);
      svg.add(gridLine(s.x(0), s.x(s.xMax()), y, y));
      svg.add(
          SvgElement.of("text")
              .attr("class", "tick")
              .attr("x", s.left() - 4)
              .attr("y", y + s.frame().font() * 0.35)
              .attr("text-anchor", "end")
              .text(org.ergolens.text.Numbers.percentTick(t)));
    }
    for (double t = 0; t <= s.xMax() + 1e-9; t += xStep) {
      double x = s.x(t);
      svg.add(gridLine(x, x, s.y(0), s.y(s.yMax())));
      svg.add(
          SvgElement.of("text")
              .attr("class", "tick")
              .attr("x", x)
              .attr("y", s.y(0) + s.frame().font() * 1.15)
              .attr("text-anchor", "middle")
              .text(Formats.count(Math.round(t))));
    }
    double baseline = s.y(0) + s.frame().font() * 2.45;
    svg.add(
        SvgElement.of("text")
            .attr("class", "axis-label")
            .attr("x", s.x(s.xMax()))
            .attr("y", baseline)
            .attr("text-anchor", "end")
            .text("respondents in the unit →"));
    taken.add(new double[] {0, s.y(0), s.x(s.xMax()) + 40, baseline + 4});
    taken.add(new double[] {0, 0, s.left(), s.y(0)});
  }

  private static SvgElement gridLine(double x1, double x2, double y1, double y2) {
    return SvgElement.of("line")
        .attr("class", "grid")
        .attr("x1", x1)
        .attr("x2", x2)
        .attr("y1", y1)
        .attr("y2", y2)
        .attr("stroke", "#E3E3E3")
        .attr("stroke-width", 0.6);
  }

  /**
   * The upper and lower limits at {@code level}, from the stats function at every respondent count
   * from {@code smallest} to the axis' end that falls on its own half pixel and at every unit's own
   * count (so that a point lies above a drawn limit exactly when it is above it), left out where
   * they leave the plot.
   */
  private static void limitCurves(
      SvgElement svg,
      Scale s,
      double target,
      long smallest,
      List<Point> points,
      double level,
      List<double[]> taken) {
    long first = Math.max(1, smallest);
    long last = (long) Math.floor(s.xMax());
    double perHalfPixel = Math.max(1, (last - first) / (s.width() * 2));
    TreeSet<Long> counts = new TreeSet<>();
    for (double n = first; n < last; n += perHalfPixel) {
      counts.add(Math.round(n));
    }
    counts.add(last);
    points.forEach(p -> counts.add(p.funnel().respondents()));
    List<FunnelLimits> limits =
        counts.stream().map(n -> FunnelPlot.limits(n, target, level)).toList();
    boolean outer = level == FunnelPlot.LEVEL_998;
    String css = outer ? "limit l998" : "limit l95";
    for (boolean upper : new boolean[] {true, false}) {
      StringBuilder pts = new StringBuilder();
      List<String> runs = new ArrayList<>();
      for (FunnelLimits l : limits) {
        double v = upper ? l.upper() : l.lower();
        if (v > s.yMax() + 1e-12) {
          if (!pts.isEmpty()) {
            runs.add(pts.toString());
            pts.setLength(0);
          }
          continue;
        }
        pts.append(pts.isEmpty() ? "" : " ")
            .append(Num.of(s.x(l.respondents())))
            .append(',')
            .append(Num.of(s.y(v)));
      }
      if (!pts.isEmpty()) {
        runs.add(pts.toString());
      }
      for (String run : runs) {
        SvgElement line =
            SvgElement.of("polyline")
                .attr("class", css + (upper ? " upper" : " lower"))
                .attr("data-level", outer ? "99.8" : "95")
                .attr("points", run)
                .attr("fill", "none")
                .attr("stroke", outer ? Palette.VERMILLION : Palette.ORANGE)
                .attr("stroke-width", 1.2)
                .attr("stroke-dasharray", outer ? "2 2" : "6 3");
        svg.add(line);
      }
    }
    FunnelLimits end = limits.get(limits.size() - 1);
    String label = outer ? "99.8%" : "95%";
    double x = s.x(s.xMax()) + 3;
    double y = s.y(Math.min(end.upper(), s.yMax()));
    double h = s.frame().font();
    double[] box = {x, y - h * 0.6, x + label.length() * s.frame().charWidth(), y + h * 0.5};
    for (int tries = 0; tries < 4 && taken.stream().anyMatch(t -> overlaps(t, box)); tries++) {
      y += h;
      box[1] += h;
      box[3] += h;
    }
    svg.add(
        SvgElement.of("text")
            .attr("class", "limit-label")
            .attr("x", x)
            .attr("y", y + h * 0.35)
            .text(label));
    taken.add(box);
  }

  private static SvgElement point(Scale s, Point p) {
    Position pos = Position.of(p.funnel());
    double x = s.x(p.funnel().respondents());
    double y = s.y(p.funnel().prevalence());
    SvgElement g =
        SvgElement.of("g")
            .attr("class", "unit " + pos.css)
            .attr("data-unit", p.unit())
            .attr("data-respondents", Long.toString(p.funnel().respondents()))
            .attr("data-cases", Long.toString(p.funnel().cases()))
            .attr("data-position", pos.css);
    g.title(p.tooltip());
    SvgElement mark =
        switch (pos) {
          case ABOVE_998 -> diamond(x, y, 6.5, Palette.VERMILLION);
          case ABOVE_95 ->
              SvgElement.of("rect")
                  .attr("x", x - 4.5)
                  .attr("y", y - 4.5)
                  .attr("width", 9)
                  .attr("height", 9)
                  .attr("fill", Palette.ORANGE)
                  .attr("stroke", Palette.INK)
                  .attr("stroke-width", 0.8);
          case BELOW_95 ->
              SvgElement.of("circle")
                  .attr("cx", x)
                  .attr("cy", y)
                  .attr("r", 4)
                  .attr("fill", "#FFFFFF")
                  .attr("stroke", Palette.BLUE)
                  .attr("stroke-width", 1.8);
          case WITHIN ->
              SvgElement.of("circle")
                  .attr("cx", x)
                  .attr("cy", y)
                  .attr("r", 4)
                  .attr("fill", Palette.BLUE)
                  .attr("fill-opacity", 0.75)
                  .attr("stroke", "#FFFFFF")
                  .attr("stroke-width", 0.8);
        };
    g.add(mark.attr("class", "mark"));
    g.add(
        SvgElement.of("circle")
            .attr("class", "ring")
            .attr("cx", x)
            .attr("cy", y)
            .attr("r", 9)
            .attr("fill", "none")
            .attr("stroke", Palette.INK)
            .attr("stroke-width", 1.5));
    return g;
  }

  private static SvgElement diamond(double x, double y, double r, String fill) {
    String points =
        Num.of(x)
            + ","
            + Num.of(y - r)
            + " "
            + Num.of(x + r)
            + ","
            + Num.of(y)
            + " "
            + Num.of(x)
            + ","
            + Num.of(y + r)
            + " "
            + Num.of(x - r)
            + ","
            + Num.of(y);
    return SvgElement.of("polygon")
        .attr("points", points)
        .attr("fill", fill)
        .attr("stroke", Palette.INK)
        .attr("stroke-width", 0.8);
  }

  /**
   * The unit's name beside its point, right of it, else left, above or below, where it overlaps no
   * other text; nowhere if it fits nowhere (the tooltip and the table still name it). A long name
   * is shortened with an ellipsis; its group's tooltip has it whole.
   */
  private static void name(SvgElement svg, Scale s, Point p, List<double[]> taken, Frame f) {
    String text =
        p.name().length() > NAME_CHARS ? p.name().substring(0, NAME_CHARS - 1) + "…" : p.name();
    double w = text.length() * f.charWidth();
    double h = f.font();
    double x = s.x(p.funnel().respondents());
    double y = s.y(p.funnel().prevalence());
    // Where the text starts and its baseline, then its box: right, left, above, below the point.
    double[][] candidates = {
      {x + 9, y + h * 0.35, x + 9, y - h * 0.6, x + 9 + w, y + h * 0.5},
      {x - 9 - w, y + h * 0.35, x - 9 - w, y - h * 0.6, x - 9, y + h * 0.5},
      {x - w / 2, y - 9, x - w / 2, y - 9 - h, x + w / 2, y - 7},
      {x - w / 2, y + 9 + h, x - w / 2, y + 9, x + w / 2, y + 11 + h},
    };
    for (double[] c : candidates) {
      double[] box = {c[2], c[3], c[4], c[5]};
      if (box[0] < 0 || box[2] > f.width() || box[1] < 0 || box[3] > s.y(0)) {
        continue;
      }
      if (taken.stream().anyMatch(t -> overlaps(t, box))) {
        continue;
      }
      taken.add(box);
      svg.add(
          SvgElement.of("g")
              .attr("class", "name")
              .attr("data-unit", p.unit())
              .add(SvgElement.of("title").text(p.name()))
              .add(
                  SvgElement.of("text")
                      .attr("x", c[0])
                      .attr("y", c[1])
                      .attr("class", "unit-name")
                      .text(text)));
      return;
    }
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code v}. */
  static double niceStep(double v) {
    return TrendChart.niceCeiling(Math.max(1, v));
  }
}
