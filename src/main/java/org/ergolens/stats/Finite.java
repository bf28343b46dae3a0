package org.ergolens.stats;

/** Keeps NaN and infinities out of results: a value that is not finite becomes {@code null}. */
final class Finite {

  private Finite() {}

  static Double orNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
