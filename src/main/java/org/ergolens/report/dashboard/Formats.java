package org.ergolens.report.dashboard;

import java.util.Locale;

/** How the dashboard writes numbers: one decimal for shares, grouped counts, two for ratios. */
public final class Formats {
  public static final String WITHHELD = "withheld";

  private Formats() {}

  public static String percent(Double share) {
    return share == null ? WITHHELD : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  public static String count(Long n) {
    return n == null ? WITHHELD : String.format(Locale.ROOT, "%,d", n);
  }

  public static String ratio(Double r) {
    return r == null ? "—" : String.format(Locale.ROOT, "%.2f", r);
  }

  public static String interval(Double low, Double high) {
    return low == null || high == null ? "—" : ratio(low) + "–" + ratio(high);
  }

  public static String cases(Double c) {
    return c == null ? WITHHELD : String.format(Locale.ROOT, "%.1f", c);
  }

  /** A change in percentage points, signed: {@code +1.3 pp}, {@code −0.4 pp}, {@code ±0.0 pp}. */
  public static String pointChange(double now, double before) {
    double pp = Math.round(1000 * (now - before)) / 10.0;
    if (pp == 0) {
      return "±0.0 pp";
    }
    return (pp > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f pp", Math.abs(pp));
  }

  /** A signed change in a count: {@code +45}, {@code −3}, {@code ±0}. */
  public static String countChange(long now, long before) {
    long d = now - before;
    return d == 0 ? "±0" : (d > 0 ? "+" : "−") + String.format(Locale.ROOT, "%,d", Math.abs(d));
  }
}
