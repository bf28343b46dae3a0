package org.ergolens.text;

/**
 * A figure with its 95% interval, as people read it: a prevalence, a number of cases, a ratio or a
 * change.
 *
 * @param value the estimate
 * @param low the interval's lower bound
 * @param high the interval's upper bound
 */
public record Estimate(double value, double low, double high) {
  public Estimate {
    if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(
          "An estimate needs finite numbers: " + value + " (" + low + ", " + high + ")");
    }
    if (low > high) {
      throw new IllegalArgumentException("An interval needs low <= high: " + low + ", " + high);
    }
  }
}
