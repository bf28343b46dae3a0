package org.ergolens.stats;

/**
 * Grouped binomial data: one design row per covariate pattern with its trials and successes.
 * Package-private working copy; {@link #rows} and {@link #columns} give reduced copies.
 */
record GroupedBinomial(double[][] x, long[] trials, long[] successes) {

  int rowCount() {
    return x.length;
  }

  int columnCount() {
    return x.length == 0 ? 0 : x[0].length;
  }

  long totalTrials() {
    long sum = 0;
    for (long t : trials) {
      sum += t;
    }
    return sum;
  }

  long totalSuccesses() {
    long sum = 0;
    for (long s : successes) {
      sum += s;
    }
    return sum;
  }

  /** The rows at the given indices, all columns. */
  GroupedBinomial rows(int[] keep) {
    double[][] xs = new double[keep.length][];
    long[] n = new long[keep.length];
    long[] y = new long[keep.length];
    for (int i = 0; i < keep.length; i++) {
      xs[i] = x[keep[i]];
      n[i] = trials[keep[i]];
      y[i] = successes[keep[i]];
    }
    return new GroupedBinomial(xs, n, y);
  }

  /** All rows, the columns at the given indices. */
  GroupedBinomial columns(int[] keep) {
    double[][] xs = new double[x.length][keep.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < keep.length; j++) {
        xs[i][j] = x[i][keep[j]];
      }
    }
    return new GroupedBinomial(xs, trials, successes);
  }

  /**
   * Binomial deviance of fitted probabilities {@code mu} (with {@code q = 1 - mu} passed separately
   * so that it keeps its precision near 1), with {@code 0 · log 0 = 0}.
   */
  double deviance(double[] mu, double[] q) {
    double dev = 0;
    for (int i = 0; i < x.length; i++) {
      double n = trials[i];
      double y = successes[i];
      if (y > 0) {
        dev += y * Math.log(y / (n * mu[i]));
      }
      if (n - y > 0) {
        dev += (n - y) * Math.log((n - y) / (n * q[i]));
      }
    }
    return 2 * dev;
  }
}
