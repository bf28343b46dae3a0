package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.text.Labels;

/**
 * The risk-factor section: the forest plot panels, their table, and why the other outcomes have no
 * adjusted model.
 *
 * @param panels one chart per fitted outcome
 * @param table every plotted estimate
 * @param notFitted one line per outcome without a model, with the model's own reason
 */
public record ForestView(List<Panel> panels, DataTable table, List<String> notFitted) {

  /** A panel as the template shows it. */
  public record Panel(String outcome, String label, SafeString svg) {}

  static ForestView of(List<PublishedEffect> effects) {
    List<Panel> panels =
        ForestPlot.panels(effects).stream()
            .map(p -> new Panel(p.outcome(), p.label(), Svgs.markup(p.svg())))
            .toList();
    List<ForestPlot.Fitted> rows = new ArrayList<>();
    for (Outcome o : ForestPlot.outcomeOrder()) {
      for (ForestPlot.Fitted e : ForestPlot.fitted(effects)) {
        if (e.id().outcome() == o) {
          rows.add(e);
        }
      }
    }
    DataTable table =
        DataTable.<ForestPlot.Fitted>spec()
            .text("Outcome", e -> e.id().outcome().label())
            .text("Factor level", e -> Labels.exposure(e.id().factor(), e.id().level()))
            .text("Compared with", e -> Labels.level(e.id().factor(), e.id().referenceLevel()))
            .number("Adjusted odds ratio", e -> e.oddsRatio().ratio(), Formats::ratio)
            .number("95% CI low", e -> e.oddsRatio().ciLow(), Formats::ratio)
            .number("95% CI high", e -> e.oddsRatio().ciHigh(), Formats::ratio)
            .number("p", e -> e.oddsRatio().pValue(), ForestView::pValue)
            .table(
                "forest-table",
                "Adjusted odds ratios with 95% confidence intervals (organisation)",
                rows,
                e -> null);
    return new ForestView(panels, table, notFitted(effects, panels));
  }

  private static List<String> notFitted(List<PublishedEffect> effects, List<Panel> panels) {
    Map<String, String> notes = new LinkedHashMap<>();
    for (Outcome o : ForestPlot.outcomeOrder()) {
      if (panels.stream().noneMatch(p -> p.outcome().equals(o.id()))) {
        effects.stream()
            .filter(e -> e.id().scope() == Scope.ORGANIZATION && e.id().outcome() == o)
            .map(e -> e.adjusted().map(AdjustedRatios::note).orElse(null))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .ifPresent(note -> notes.put(o.label(), note.replaceFirst("^not fitted: ", "")));
      }
    }
    List<String> out = new ArrayList<>();
    notes.forEach((label, note) -> out.add(label + ": " + note));
    return out;
  }

  static String pValue(Double p) {
    if (p == null) {
      return "—";
    }
    return p < 0.001 ? "<0.001" : String.format(java.util.Locale.ROOT, "%.3f", p);
  }
}
