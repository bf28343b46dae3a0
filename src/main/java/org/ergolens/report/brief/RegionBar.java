package org.ergolens.report.brief;

import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;

/**
 * One region's small bar: the scope's prevalence as a bar with its 95% interval as a line across
 * it, and the organisation's prevalence as a dark mark, all on the brief's shared {@link Scale}. A
 * withheld value is a hatched box and nothing else: no bar, no interval, no position that could
 * hint at it. Shapes only, no text: the figures stand in the table beside it, so the PDF's text and
 * the page's are the same.
 */
final class RegionBar {
  static final double WIDTH = 150;
  static final double HEIGHT = 16;
  private static final double BAR_TOP = 3;
  private static final double BAR_H = 10;

  private RegionBar() {}

  static SvgElement render(String id, RegionFigure r, Scale scale, String description) {
    SvgElement svg = chart(id, description);
    svg.add(track());
    if (r.prevalence().isEmpty()) {
      return hatched(svg, 0, BAR_TOP, 36, BAR_H);
    }
    var p = r.prevalence().get();
    boolean above = r.comparison().orElse(null) == RegionFigure.Comparison.ABOVE;
    svg.add(
        SvgElement.of("rect")
            .attr("class", above ? "bar above" : "bar")
            .attr("x", 0)
            .attr("y", BAR_TOP)
            .attr("width", scale.at(p.value(), WIDTH))
            .attr("height", BAR_H)
            .attr("fill", above ? Palette.VERMILLION : Palette.BLUE));
    double lo = scale.at(p.low(), WIDTH);
    double hi = scale.at(p.high(), WIDTH);
    double mid = BAR_TOP + BAR_H / 2;
    svg.add(line("interval", lo, mid, hi, mid, Palette.INK, 1));
    svg.add(line("interval-end", lo, mid - 3, lo, mid + 3, Palette.INK, 1));
    svg.add(line("interval-end", hi, mid - 3, hi, mid + 3, Palette.INK, 1));
    if (r.organisation().isPresent()) {
      double x = scale.at(r.organisation().getAsDouble(), WIDTH);
      svg.add(
          SvgElement.of("rect")
              .attr("class", "organisation")
              .attr("x", Math.max(0, Math.min(WIDTH - 2.5, x - 1.25)))
              .attr("y", 0)
              .attr("width", 2.5)
              .attr("height", HEIGHT)
              .attr("fill", Palette.INK));
    }
    return svg;
  }

  /** The legend's marks, drawn the same way as in the charts. */
  static SvgElement legendBar(String id) {
    SvgElement svg =
        SvgElement.chart(id, 24, 12, "Bar", "A bar: the share with discomfort")
            .attr("alt", "A bar: the share with discomfort")
            .attr("width", 24)
            .attr("height", 12);
    svg.add(
        SvgElement.of("rect")
            .attr("x", 0)
            .attr("y", 1)
            .attr("width", 24)
            .attr("height", 10)
            .attr("fill", Palette.BLUE));
    double mid = 6;
    svg.add(line("interval", 5, mid, 19, mid, Palette.INK, 1));
    svg.add(line("interval-end", 5, mid - 3, 5, mid + 3, Palette.INK, 1));
    svg.add(line("interval-end", 19, mid - 3, 19, mid + 3, Palette.INK, 1));
    return svg;
  }

  static SvgElement legendOrganisation(String id) {
    SvgElement svg =
        SvgElement.chart(id, 6, 12, "Mark", "A dark mark: the organisation")
            .attr("alt", "A dark mark: the organisation")
            .attr("width", 6)
            .attr("height", 12);
    svg.add(
        SvgElement.of("rect")
            .attr("x", 1.75)
            .attr("y", 0)
            .attr("width", 2.5)
            .attr("height", 12)
            .attr("fill", Palette.INK));
    return svg;
  }

  static SvgElement legendWithheld(String id) {
    SvgElement svg =
        SvgElement.chart(id, 24, 12, "Hatched box", "A hatched box: withheld")
            .attr("alt", "A hatched box: withheld")
            .attr("width", 24)
            .attr("height", 12);
    return hatched(svg, 0, 1, 24, 10);
  }

  private static SvgElement chart(String id, String description) {
    return SvgElement.chart(id, WIDTH, HEIGHT, "Share with discomfort", description)
        .attr("alt", description)
        .attr("width", WIDTH)
        .attr("height", HEIGHT)
        .attr("class", "region-bar");
  }

  private static SvgElement track() {
    return SvgElement.of("rect")
        .attr("class", "track")
        .attr("x", 0)
        .attr("y", BAR_TOP)
        .attr("width", WIDTH)
        .attr("height", BAR_H)
        .attr("fill", "#EEF1F4");
  }

  /** A box hatched with diagonal lines, clipped to the box by hand (no pattern, no clip path). */
  static SvgElement hatched(SvgElement svg, double x, double y, double w, double h) {
    SvgElement g = SvgElement.of("g").attr("class", "withheld");
    g.add(
        SvgElement.of("rect")
            .attr("x", x)
            .attr("y", y)
            .attr("width", w)
            .attr("height", h)
            .attr("fill", Palette.WITHHELD_FILL)
            .attr("stroke", Palette.WITHHELD_LINE)
            .attr("stroke-width", 0.75));
    for (double s = x - h; s < x + w; s += 4) {
      double x0 = s;
      double y0 = y + h;
      double x1 = s + h;
      double y1 = y;
      if (x0 < x) {
        y0 -= x - x0;
        x0 = x;
      }
      if (x1 > x + w) {
        y1 += x1 - (x + w);
        x1 = x + w;
      }
      if (x1 > x0) {
        g.add(line("hatch", x0, y0, x1, y1, Palette.WITHHELD_LINE, 0.75));
      }
    }
    return svg.add(g);
  }

  static SvgElement line(
      String cls, double x1, double y1, double x2, double y2, String colour, double width) {
    return SvgElement.of("line")
        .attr("class", cls)
        .attr("x1", x1)
        .attr("y1", y1)
        .attr("x2", x2)
        .attr("y2", y2)
        .attr("stroke", colour)
        .attr("stroke-width", width);
  }
}
