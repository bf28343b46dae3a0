package org.ergolens.report.dashboard;

import java.util.List;
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
      DataTable.Builder t =
          DataTable.builder("intervention-" + i++, "Before and after: " + r.department())
              .textColumn("Measure")
              .numberColumn("Department before")
              .numberColumn("Department after")
              .numberColumn("Others before")
              .numberColumn("Others after")
              .numberColumn("Difference in differences")
              .numberColumn("95% CI");
      row(
          t,
          "Share at " + Labels.level(r.level()),
          r.exposureBefore(),
          r.exposureAfter(),
          r.othersExposureBefore(),
          r.othersExposureAfter(),
          r.exposureDid(),
          r.exposureDidCiLow(),
          r.exposureDidCiHigh());
      row(
          t,
          "Discomfort (" + r.outcome().replace('_', ' ') + ")",
          r.prevalenceBefore(),
          r.prevalenceAfter(),
          r.othersPrevalenceBefore(),
          r.othersPrevalenceAfter(),
          r.prevalenceDid(),
          r.prevalenceDidCiLow(),
          r.prevalenceDidCiHigh());
      items.add(
          new Item(
              r.department()
                  + ": "
                  + Labels.factorLevel(r.factor(), r.level())
                  + ", from "
                  + r.start(),
              r.description() == null ? "" : r.description(),
              r.unit() == null ? "" : r.unit(),
              r.monthsBefore() + " months before, " + r.monthsAfter() + " since",
              r.finding(),
              r.caveat(),
              t.build()));
    }
    return new InterventionsView(List.copyOf(items));
  }

  private static void row(
      DataTable.Builder t,
      String label,
      Double before,
      Double after,
      Double othersBefore,
      Double othersAfter,
      Double did,
      Double low,
      Double high) {
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
