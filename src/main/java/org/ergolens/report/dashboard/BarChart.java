package org.ergolens.report.dashboard;

import java.util.List;
import org.ergolens.report.svg.Hatch;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;

/**
 * Horizontal bars of shares (prevalence by body region, red flags by department), with an optional
 * tick for the previous month and hatched bars for withheld values.
 */
final class BarChart {
  /** Label column width for body regions. */
  static final double SHORT_LABELS = 110;

  /**
   * Label column width for department names: most fit whole, a longer one is cut with a tooltip.
   */
  static final double LONG_LABELS = 214;

  private static final double VALUE_W = 110;
  private static final double FONT = 12;
  private static final double BAR_MAX = 170;
  private static final double ROW = 22;
  private static final double BAR_H = 14;
  private static final double TOP = 6;

  /**
   * One bar.
   *
   * @param label the row's label (untrusted text is fine)
   * @param value the share, or null when withheld
   * @param previous last month's share, or null
   * @param valueText the text after the bar
   * @param tooltip the full description of the row
   * @param unit the id of the reporting unit the bar is about (the unit chooser shows or hides it),
   *     or null
   */
  record Bar(
      String label, Double value, Double previous, String valueText, String tooltip, String unit) {}

  private BarChart() {}

  static SvgElement render(
      String id, String title, String description, List<Bar> bars, double labelWidth) {
    double max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.value() == null ? 0 : b.value());
      max = Math.max(max, b.previous() == null ? 0 : b.previous());
    }
    double height = TOP + ROW * bars.size() + 4;
    SvgElement svg =
        SvgElement.chart(id, labelWidth + BAR_MAX + VALUE_W, height, title, description)
            .attr("class", "chart bars")
            .attr(UnitRows.STEP, ROW);
    String hatch = id + "-withheld";
    svg.add(Hatch.defs(hatch));
    double y = TOP;
    for (Bar b : bars) {
      svg.add(row(b, y, max, hatch, labelWidth));
      y += ROW;
    }
    return svg;
  }

  private static SvgElement row(Bar b, double y, double max, String hatch, double labelWidth) {
    double barX = labelWidth;
    SvgElement g = SvgElement.of("g").attr("class", b.value() == null ? "bar withheld" : "bar");
    g.title(b.tooltip());
    if (b.unit() != null) {
      g.attr(UnitRows.UNIT, b.unit());
    }
    g.add(
        SvgElement.of("text")
            .attr("x", labelWidth - 6)
            .attr("y", y + 11)
            .attr("text-anchor", "end")
            .text(Text.fit(b.label(), labelWidth - 10, FONT)));
    double w;
    if (b.value() == null) {
      w = 40;
      g.add(
          rect(barX, y, w)
              .attr("fill", Hatch.fill(hatch))
              .attr("stroke", Palette.WITHHELD_LINE)
              .attr("stroke-width", 0.5));
    } else {
      w = max == 0 ? 0 : BAR_MAX * b.value() / max;
      g.add(rect(barX, y, w).attr("fill", Palette.BLUE));
    }
    if (b.previous() != null && max > 0) {
      double px = barX + BAR_MAX * b.previous() / max;
      g.add(
          SvgElement.of("line")
              .attr("class", "previous")
              .attr("x1", px)
              .attr("x2", px)
              .attr("y1", y - 1)
              .attr("y2", y + BAR_H + 1)
              .attr("stroke", Palette.INK)
              .attr("stroke-width", 2));
      w = Math.max(w, px - barX + 1);
    }
    g.add(
        SvgElement.of("text")
            .attr("class", "value")
            .attr("x", barX + w + 5)
            .attr("y", y + 11)
            .text(b.valueText()));
    return g;
  }

  private static SvgElement rect(double x, double y, double w) {
    return SvgElement.of("rect").attr("x", x).attr("y", y).attr("width", w).attr("height", BAR_H);
  }
}
