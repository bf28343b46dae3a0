package org.ergolens.report.brief;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Discomfort in any body region month by month over the trend window, ending with the reporting
 * month, with the organisation's beside it.
 *
 * @param points one per month, oldest first
 * @param sincePrevious the change against the previous month, when comparable
 * @param sinceBaseline the change against the pooled earlier months, when there are enough
 */
public record Trend(
    List<Point> points, Optional<Change> sincePrevious, Optional<BaselineChange> sinceBaseline) {
  public Trend {
    points = Checks.list(points, "points");
    Checks.notNull(sincePrevious, "sincePrevious");
    Checks.notNull(sinceBaseline, "sinceBaseline");
    for (int i = 1; i < points.size(); i++) {
      if (!points.get(i).month().isAfter(points.get(i - 1).month())) {
        throw new IllegalArgumentException("Trend months must ascend: " + points.get(i).month());
      }
    }
  }

  /** No months at all (trends turned off). */
  public static Trend none() {
    return new Trend(List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * One month.
   *
   * @param month the month
   * @param prevalence the scope's prevalence; empty when withheld or without reports
   * @param organisation the organisation's; empty in the organisation's own brief or without
   *     reports
   * @param segment months join into one line only within the same segment (the same make-up of
   *     folded departments)
   */
  public record Point(
      YearMonth month, OptionalDouble prevalence, OptionalDouble organisation, int segment) {
    public Point {
      Checks.notNull(month, "month");
      Checks.share(prevalence, "prevalence");
      Checks.share(organisation, "organisation");
    }
  }

  /**
   * A change in prevalence.
   *
   * @param points the change, as a difference of shares
   * @param beyondChance whether it is beyond chance
   */
  public record Change(double points, boolean beyondChance) {
    public Change {
      if (!Double.isFinite(points)) {
        throw new IllegalArgumentException("A change must be finite: " + points);
      }
    }
  }

  /**
   * The change against the baseline.
   *
   * @param baseline the pooled prevalence of the earlier months
   * @param months how many months it pools
   * @param change the reporting month against it
   */
  public record BaselineChange(double baseline, int months, Change change) {
    public BaselineChange {
      Checks.share(baseline, "baseline");
      Checks.positive(months, "months");
      Checks.notNull(change, "change");
    }
  }
}
