package org.ergolens.report.brief;

/**
 * A linear scale of shares from 0 to a round maximum (1, 2 or 5 times a power of ten, at least 1%),
 * so that every chart of one brief can share it and its end reads as a round percentage.
 *
 * @param max the share at the scale's end
 */
record Scale(double max) {
  Scale {
    if (!(max > 0) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("A scale needs a positive maximum: " + max);
    }
  }

  /** The smallest round scale that holds {@code largest}. */
  static Scale covering(double largest) {
    double v = Math.max(largest, 0.01);
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v - 1e-12) {
        return new Scale(Math.min(m * p, 1));
      }
    }
    return new Scale(Math.min(10 * p, 1));
  }

  /** Where a share lies on a length, clamped to [0, length]. */
  double at(double share, double length) {
    return length * Math.max(0, Math.min(1, share / max));
  }
}
