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
import org.ergolens.stats.RatioEstimate;

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
    DataTable.Builder t =
        DataTable.builder(
                "forest-table", "Adjusted odds ratios with 95% confidence intervals (organisation)")
            .textColumn("Outcome")
            .textColumn("Factor level")
            .textColumn("Compared with")
            .numberColumn("Adjusted odds ratio")
            .numberColumn("95% CI low")
            .numberColumn("95% CI high")
            .numberColumn("p");
    for (Outcome o : ForestPlot.outcomeOrder()) {
      for (ForestPlot.Fitted e : ForestPlot.fitted(effects)) {
        if (e.id().outcome() == o) {
          RatioEstimate or = e.oddsRatio();
          t.row(null)
              .cell(o.label())
              .cell(Labels.factorLevel(e.id().factor().id(), e.id().level()))
              .cell(Labels.level(e.id().referenceLevel()))
              .number(or.ratio(), Formats.ratio(or.ratio()))
              .number(or.ciLow(), Formats.ratio(or.ciLow()))
              .number(or.ciHigh(), Formats.ratio(or.ciHigh()))
              .number(or.pValue(), pValue(or.pValue()));
        }
      }
    }
    return new ForestView(panels, t.build(), notFitted(effects, panels));
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
