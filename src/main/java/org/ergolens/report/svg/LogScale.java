package org.ergolens.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps ratios to x positions on a log axis, {@code low} at {@code x0} and {@code high} at {@code
 * x1}; values outside are clamped to the ends.
 */
public record LogScale(double low, double high, double x0, double x1) {
  public LogScale {
    if (!(low > 0 && high > low)) {
      throw new IllegalArgumentException("A log scale needs 0 < low < high: " + low + ", " + high);
    }
  }

  /**
   * The powers of two around every value, at least [1/2, 2], so that 1 is always inside and ticks
   * fall on round ratios.
   */
  public static LogScale covering(List<Double> values, double x0, double x1, double limit) {
    double lo = 0.5;
    double hi = 2;
    for (Double v : values) {
      if (v != null && v > 0 && Double.isFinite(v)) {
        lo = Math.min(lo, Math.max(v, 1 / limit));
        hi = Math.max(hi, Math.min(v, limit));
      }
    }
    return new LogScale(
        Math.pow(2, Math.floor(log2(lo))), Math.pow(2, Math.ceil(log2(hi))), x0, x1);
  }

  public double x(double v) {
    double c = Math.max(low, Math.min(high, v));
    return x0 + (x1 - x0) * (Math.log(c / low) / Math.log(high / low));
  }

  public boolean clipped(double v) {
    return v < low || v > high;
  }

  /** Ticks at the powers of two from low to high. */
  public List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    for (long e = Math.round(log2(low)); e <= Math.round(log2(high)); e++) {
      ticks.add(Math.pow(2, e));
    }
    return ticks;
  }

  private static double log2(double v) {
    return Math.log(v) / Math.log(2);
  }
}
