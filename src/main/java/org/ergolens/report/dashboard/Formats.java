package org.ergolens.report.dashboard;

import org.ergolens.text.Numbers;

/**
 * The published values of the dashboard, which are null where the privacy rules withhold them,
 * written by {@link Numbers}: the one number formatter, so that a figure reads the same here as in
 * the workbook and the briefs. This class only says how a missing value reads.
 */
public final class Formats {
  public static final String WITHHELD = Numbers.WITHHELD;

  /** How a figure that was not computed (no comparison, no model) reads in a table. */
  static final String NONE = "—";

  private Formats() {}

  public static String percent(Double share) {
    return share == null ? WITHHELD : Numbers.percent(share);
  }

  public static String count(Long n) {
    return n == null ? WITHHELD : Numbers.count(n);
  }

  public static String ratio(Double r) {
    return r == null ? NONE : Numbers.ratio(r);
  }

  public static String interval(Double low, Double high) {
    return low == null || high == null ? NONE : Numbers.ratioInterval(low, high);
  }

  /** Cases as whole people: "about 117". */
  public static String cases(Double c) {
    return c == null ? WITHHELD : Numbers.cases(c);
  }

  /** A change in percentage points, signed: "+1.3 pp", "−0.4 pp", "0.0 pp". */
  public static String pointChange(double now, double before) {
    return Numbers.points(now - before);
  }

  /** A signed change in a count: "+45", "−3", "0". */
  public static String countChange(long now, long before) {
    return Numbers.countChange(now - before);
  }
}
