package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.svg.Hatch;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;
import org.ergolens.text.Labels;

/**
 * A unit's exposure profile: for each factor, one bar split into the shares of its levels
 * (reference level first, in blue). Withheld levels are drawn together as one hatched segment: its
 * width is 1 minus the published shares, which a reader can already work out.
 */
final class ExposureChart {
  static final double WIDTH = 340;
  private static final double LABEL_END = 94;
  private static final double X0 = 100;
  private static final double BAR_W = WIDTH - X0 - 4;
  private static final double ROW = 22;
  private static final double BAR_H = 16;
  private static final double MIN_LABELLED = 30;

  private ExposureChart() {}

  static SvgElement render(String id, String unitName, PublishedSummary u, List<Factor> factors) {
    double height = ROW * factors.size() + 4;
    SvgElement svg =
        SvgElement.chart(
                id,
                WIDTH,
                height,
                "Exposure profile of " + unitName,
                "For each workstation factor, the share of respondents at each level; hatched parts"
                    + " are withheld.")
            .attr("class", "chart exposure");
    String hatch = id + "-withheld";
    svg.add(Hatch.defs(hatch));
    double y = 2;
    for (Factor f : factors) {
      svg.add(factorRow(u, f, y, hatch));
      y += ROW;
    }
    return svg;
  }

  private static SvgElement factorRow(PublishedSummary u, Factor f, double y, String hatch) {
    SvgElement g = SvgElement.of("g").attr("class", "factor").attr("data-factor", f.id());
    g.add(
        SvgElement.of("text")
            .attr("x", LABEL_END)
            .attr("y", y + 12)
            .attr("text-anchor", "end")
            .text(Labels.factor(f)));
    double x = X0;
    double published = 0;
    List<String> withheld = new ArrayList<>();
    for (int i = 0; i < f.levels().size(); i++) {
      String level = f.levels().get(i);
      Double share = u.share(f, level);
      if (share == null) {
        withheld.add(Labels.level(f, level));
        continue;
      }
      published += share;
      double w = BAR_W * share;
      g.add(
          segment(
              x,
              y,
              w,
              Palette.LEVELS.get(i % Palette.LEVELS.size()),
              Labels.exposure(f, level) + ": " + Formats.percent(share) + " of respondents",
              String.format(Locale.ROOT, "%.0f%%", 100 * share)));
      x += w;
    }
    if (!withheld.isEmpty()) {
      double w = Math.max(0, BAR_W * (1 - published));
      SvgElement s =
          segment(
              x,
              y,
              Math.max(w, 4),
              Hatch.fill(hatch),
              Labels.factor(f)
                  + ": "
                  + String.join(", ", withheld)
                  + ": "
                  + Labels.withheldBecause(u.suppressionReason()),
              null);
      g.add(s.attr("class", "segment withheld"));
    }
    return g;
  }

  private static SvgElement segment(
      double x, double y, double w, String fill, String tooltip, String text) {
    SvgElement s = SvgElement.of("g").attr("class", "segment");
    s.title(tooltip);
    s.add(
        SvgElement.of("rect")
            .attr("x", x)
            .attr("y", y)
            .attr("width", w)
            .attr("height", BAR_H)
            .attr("fill", fill)
            .attr("stroke", "#FFFFFF")
            .attr("stroke-width", 1));
    if (text != null && w >= MIN_LABELLED) {
      s.add(
          SvgElement.of("text")
              .attr("x", x + w / 2)
              .attr("y", y + 12)
              .attr("text-anchor", "middle")
              .attr("fill", Palette.textOn(fill))
              .text(text));
    }
    return s;
  }
}
