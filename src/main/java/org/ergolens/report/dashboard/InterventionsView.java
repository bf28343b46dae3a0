package org.ergolens.report.dashboard;

import java.util.List;
import java.util.Optional;
import org.ergolens.config.InterventionSpec;
import org.ergolens.trend.InterventionResult;

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

  static InterventionsView of(List<InterventionResult> results) {
    java.util.ArrayList<Item> items = new java.util.ArrayList<>();
    int i = 0;
    for (InterventionResult r : results) {
      InterventionSpec change = r.change();
      DataTable.Builder t =
          DataTable.builder("intervention-" + i++, "Before and after: " + change.department())
              .textColumn("Measure")
              .numberColumn("Department before")
              .numberColumn("Department after")
              .numberColumn("Others before")
              .numberColumn("Others after")
              .numberColumn("Difference in differences")
              .numberColumn("95% CI");
      row(t, "Share at " + Labels.level(change.level()), r.exposure());
      row(t, "Discomfort (" + change.targetOutcome().id().replace('_', ' ') + ")", r.prevalence());
      items.add(
          new Item(
              change.department()
                  + ": "
                  + Labels.factorLevel(change.targetFactor().id(), change.level())
                  + ", from "
                  + change.start(),
              change.description() == null ? "" : change.description(),
              r.unit() == null ? "" : r.unit(),
              r.periods().before() + " months before, " + r.periods().after() + " since",
              r.finding(),
              r.caveat(),
              t.build()));
    }
    return new InterventionsView(List.copyOf(items));
  }

  /** One measure's row: its values before and after, or dashes when it cannot be shown. */
  private static void row(
      DataTable.Builder t, String label, Optional<InterventionResult.Measure> measure) {
    Double before = measure.map(InterventionResult.Measure::before).orElse(null);
    Double after = measure.map(InterventionResult.Measure::after).orElse(null);
    Double othersBefore = measure.map(InterventionResult.Measure::othersBefore).orElse(null);
    Double othersAfter = measure.map(InterventionResult.Measure::othersAfter).orElse(null);
    Double did = measure.map(m -> m.difference().difference()).orElse(null);
    Double low = measure.map(m -> m.difference().ciLow()).orElse(null);
    Double high = measure.map(m -> m.difference().ciHigh()).orElse(null);
    t.row(null)
        .cell(label)
        .number(before, Formats.percent(before))
        .number(after, Formats.percent(after))
        .number(othersBefore, Formats.percent(othersBefore))
        .number(othersAfter, Formats.percent(othersAfter))
        .number(did, did == null ? "—" : points(did))
        .number(low, low == null ? "—" : points(low) + " to " + points(high));
  }

  private static String points(double share) {
    return String.format(java.util.Locale.ROOT, "%+.1f pp", 100 * share);
  }
}
