package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ergolens.model.EffectId;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.report.svg.LogScale;
import org.ergolens.report.svg.Palette;
import org.ergolens.report.svg.SvgElement;
import org.ergolens.stats.RatioEstimate;
import org.ergolens.text.Labels;

/**
 * Adjusted odds ratios with 95% CIs from the organisation's logistic models: one small panel per
 * outcome that was fitted, all on the same log axis with a reference line at 1. Rows without an
 * estimate are left out.
 */
final class ForestPlot {
  static final double WIDTH = 360;
  private static final double LABEL_END = 156;
  private static final double X0 = 164;
  private static final double X1 = 352;
  private static final double ROW = 18;
  private static final double GAP = 6;
  private static final double TOP = 6;
  private static final double LIMIT = 16;

  /** One outcome's panel. */
  record Panel(String outcome, String label, SvgElement svg) {}

  private ForestPlot() {}

  /**
   * An organisation row's adjusted odds ratio, with both CI limits.
   *
   * @param id the comparison
   * @param oddsRatio its adjusted odds ratio
   */
  record Fitted(EffectId id, RatioEstimate oddsRatio) {}

  /** Organisation rows with an adjusted estimate and both CI limits. */
  static List<Fitted> fitted(List<PublishedEffect> effects) {
    List<Fitted> out = new ArrayList<>();
    for (PublishedEffect e : effects) {
      if (e.id().scope() != Scope.ORGANIZATION || e.adjusted().isEmpty()) {
        continue;
      }
      RatioEstimate or = e.adjusted().get().oddsRatio();
      if (or.ratio() != null && or.ciLow() != null && or.ciHigh() != null) {
        out.add(new Fitted(e.id(), or));
      }
    }
    return out;
  }

  static List<Panel> panels(List<PublishedEffect> effects) {
    List<Fitted> rows = fitted(effects);
    List<Double> ends = new ArrayList<>();
    rows.forEach(
        e -> {
          ends.add(e.oddsRatio().ciLow());
          ends.add(e.oddsRatio().ciHigh());
        });
    LogScale scale = LogScale.covering(ends, X0, X1, LIMIT);
    Map<String, List<Fitted>> byOutcome = new LinkedHashMap<>();
    for (Outcome o : outcomeOrder()) {
      byOutcome.put(o.id(), new ArrayList<>());
    }
    rows.forEach(
        e -> byOutcome.computeIfAbsent(e.id().outcome().id(), k -> new ArrayList<>()).add(e));
    List<Panel> panels = new ArrayList<>();
    byOutcome.forEach(
        (outcome, list) -> {
          if (!list.isEmpty()) {
            String label = outcomeLabel(outcome);
            panels.add(new Panel(outcome, label, panel("forest-" + outcome, label, list, scale)));
          }
        });
    return panels;
  }

  /** Any region first: it is the headline outcome. */
  static List<Outcome> outcomeOrder() {
    List<Outcome> order = new ArrayList<>();
    order.add(Outcome.ANY_REGION);
    order.addAll(Outcome.regions());
    return order;
  }

  static String outcomeLabel(String outcome) {
    for (Outcome o : Outcome.values()) {
      if (o.id().equals(outcome)) {
        return o.label();
      }
    }
    return outcome;
  }

  private static SvgElement panel(String id, String label, List<Fitted> rows, LogScale scale) {
    int groups = (int) rows.stream().map(e -> e.id().factor()).distinct().count();
    double plotHeight = ROW * rows.size() + GAP * (groups - 1);
    double height = TOP + plotHeight + 22;
    SvgElement svg =
        SvgElement.chart(
                id,
                WIDTH,
                height,
                "Adjusted odds ratios for " + label.toLowerCase(Locale.ROOT) + " discomfort",
                "Each row is a factor level against its reference level, adjusted for the other"
                    + " factors: a point right of the line at 1 goes with more discomfort, left"
                    + " with less; the whisker is the 95% confidence interval.")
            .attr("class", "chart forest");
    svg.add(axis(scale, TOP, TOP + plotHeight));
    double y = TOP;
    String factor = null;
    for (Fitted e : rows) {
      String f = e.id().factor().id();
      if (factor != null && !factor.equals(f)) {
        y += GAP;
      }
      factor = f;
      svg.add(row(e, y, scale));
      y += ROW;
    }
    return svg;
  }

  private static SvgElement axis(LogScale scale, double top, double bottom) {
    SvgElement g = SvgElement.of("g").attr("class", "axis").attr("aria-hidden", "true");
    for (double t : scale.ticks()) {
      double x = scale.x(t);
      g.add(
          SvgElement.of("line")
              .attr("x1", x)
              .attr("x2", x)
              .attr("y1", top)
              .attr("y2", bottom)
              .attr("stroke", t == 1 ? Palette.INK : "#D9DEE3")
              .attr("stroke-width", t == 1 ? 1.2 : 1)
              .attr("stroke-dasharray", t == 1 ? "4 3" : "none"));
      g.add(
          SvgElement.of("text")
              .attr("x", x)
              .attr("y", bottom + 14)
              .attr("text-anchor", "middle")
              .text(tick(t)));
    }
    return g;
  }

  static String tick(double t) {
    return t >= 1
        ? String.format(Locale.ROOT, "%d", Math.round(t))
        : String.format(Locale.ROOT, "%s", Double.toString(t).replaceAll("0+$", ""));
  }

  private static SvgElement row(Fitted fitted, double y, LogScale scale) {
    EffectId e = fitted.id();
    RatioEstimate or = fitted.oddsRatio();
    double cy = y + ROW / 2;
    String kind = or.ciLow() > 1 ? "risk" : or.ciHigh() < 1 ? "protective" : "unclear";
    String colour =
        switch (kind) {
          case "risk" -> Palette.VERMILLION;
          case "protective" -> Palette.BLUE;
          default -> Palette.GREY;
        };
    SvgElement g =
        SvgElement.of("g")
            .attr("class", "effect " + kind)
            .attr("data-factor", e.factor().id())
            .attr("data-level", e.level())
            .attr("data-outcome", e.outcome().id())
            .attr("data-value", Double.toString(or.ratio()));
    g.title(
        Labels.exposure(e.factor(), e.level())
            + " vs "
            + Labels.level(e.factor(), e.referenceLevel())
            + ", "
            + outcomeLabel(e.outcome().id()).toLowerCase(Locale.ROOT)
            + ": adjusted odds ratio "
            + Formats.ratio(or.ratio())
            + " (95% CI "
            + Formats.interval(or.ciLow(), or.ciHigh())
            + ")");
    g.add(
        SvgElement.of("text")
            .attr("x", LABEL_END)
            .attr("y", cy + 4)
            .attr("text-anchor", "end")
            .text(Text.fit(Labels.exposure(e.factor(), e.level()), LABEL_END - 2, 11)));
    double x1 = scale.x(or.ciLow());
    double x2 = scale.x(or.ciHigh());
    g.add(
        SvgElement.of("line")
            .attr("x1", x1)
            .attr("x2", x2)
            .attr("y1", cy)
            .attr("y2", cy)
            .attr("stroke", colour)
            .attr("stroke-width", 1.6));
    if (scale.clipped(or.ciLow())) {
      g.add(arrow(x1, cy, -1, colour));
    }
    if (scale.clipped(or.ciHigh())) {
      g.add(arrow(x2, cy, 1, colour));
    }
    double x = scale.x(or.ratio());
    g.add(
        SvgElement.of("rect")
            .attr("x", x - 3.5)
            .attr("y", cy - 3.5)
            .attr("width", 7)
            .attr("height", 7)
            .attr("fill", kind.equals("unclear") ? "#FFFFFF" : colour)
            .attr("stroke", colour)
            .attr("stroke-width", 1.4));
    return g;
  }

  private static SvgElement arrow(double x, double y, int direction, String colour) {
    double tip = x + 5 * direction;
    return SvgElement.of("path")
        .attr(
            "d",
            "M"
                + fmt(x)
                + " "
                + fmt(y - 4)
                + " L"
                + fmt(tip)
                + " "
                + fmt(y)
                + " L"
                + fmt(x)
                + " "
                + fmt(y + 4)
                + " Z")
        .attr("fill", colour);
  }

  private static String fmt(double v) {
    return org.ergolens.report.svg.Num.of(v);
  }
}
