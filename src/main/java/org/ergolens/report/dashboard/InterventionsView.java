package org.ergolens.report.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ergolens.config.InterventionSpec;
import org.ergolens.report.dashboard.DataTable.Cell;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.ergolens.trend.InterventionResult;
import org.ergolens.trend.InterventionResult.Measure;

/**
 * The intervention follow-up section: per configured change, the department against the rest of the
 * organisation before and after, in words and as a small table.
 *
 * @param items one card per change
 */
public record InterventionsView(List<Item> items) {

  /** One change, formatted. */
  public record Item(
      String title,
      String description,
      String unit,
      String periods,
      String finding,
      String caveat,
      DataTable table) {}

  /**
   * The cards.
   *
   * @param names the department tree's names by id, for naming the departments changed
   */
  static InterventionsView of(List<InterventionResult> results, Map<String, String> names) {
    java.util.ArrayList<Item> items = new java.util.ArrayList<>();
    int i = 0;
    for (InterventionResult r : results) {
      InterventionSpec change = r.change();
      DataTable t =
          MEASURES.table(
              "intervention-" + i++,
              "Before and after: " + name(change.department(), names),
              List.of(
                  new MeasureRow(
                      "Share at " + Labels.level(change.targetFactor(), change.level()),
                      r.exposure()),
                  new MeasureRow(
                      Labels.capitalise(Labels.discomfort(change.targetOutcome())),
                      r.prevalence())),
              m -> null);
      items.add(
          new Item(
              name(change.department(), names)
                  + ": "
                  + Labels.exposure(change.targetFactor(), change.level())
                  + ", from "
                  + change.start(),
              change.description() == null ? "" : change.description(),
              r.unit() == null ? "" : name(r.unit(), names),
              r.periods().before() + " months before, " + r.periods().after() + " since",
              r.finding(),
              r.caveat(),
              t));
    }
    return new InterventionsView(List.copyOf(items));
  }

  /** One measure of a change: its values before and after, or dashes when it cannot be shown. */
  private record MeasureRow(String label, Optional<InterventionResult.Measure> measure) {
    Double value(Function<InterventionResult.Measure, Double> part) {
      return measure.map(part).orElse(null);
    }
  }

  private static final DataTable.Spec<MeasureRow> MEASURES =
      DataTable.<MeasureRow>spec()
          .text("Measure", MeasureRow::label)
          .number("Department before", m -> m.value(Measure::before), Formats::percent)
          .number("Department after", m -> m.value(Measure::after), Formats::percent)
          .number("Others before", m -> m.value(Measure::othersBefore), Formats::percent)
          .number("Others after", m -> m.value(Measure::othersAfter), Formats::percent)
          .number(
              "Difference in differences",
              m -> m.value(x -> x.difference().difference()),
              InterventionsView::points)
          .column("95% CI", true, InterventionsView::interval);

  private static Cell interval(MeasureRow m) {
    Double low = m.value(x -> x.difference().ciLow());
    Double high = m.value(x -> x.difference().ciHigh());
    return Cell.number(low, low == null ? null : Numbers.pointsInterval(low, high));
  }

  private static String points(double share) {
    return Numbers.points(share);
  }

  private static String name(String department, Map<String, String> names) {
    return Labels.unit(department, names.get(department), false);
  }
}
