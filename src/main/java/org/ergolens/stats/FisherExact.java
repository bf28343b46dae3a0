package org.ergolens.stats;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Two-sided Fisher's exact test of a 2×2 table, computed exactly as R's {@code fisher.test}.
 *
 * <p>With the margins fixed, the exposed cases follow a hypergeometric distribution over its
 * support {@code lo..hi}. The p-value is the sum of the probabilities of every table that is no
 * more likely than the observed one, where "no more likely" carries R's relative tolerance: a table
 * counts when {@code Pr(x) <= Pr(observed) · (1 + 1e-7)}. The tolerance makes tables whose
 * probabilities are mathematically equal to the observed one (for example the mirror image in a
 * symmetric design) count even when rounding makes them differ in the last bits. Commons
 * Statistics' {@code FisherExactTest} compares without a tolerance, so it can drop such a table;
 * this class exists for that difference.
 */
public final class FisherExact {

  /** R's {@code relErr <- 1 + 10^(-7)} in {@code fisher.test}. */
  static final double RELATIVE_TOLERANCE = 1e-7;

  private FisherExact() {}

  /**
   * The two-sided p-value of the table, as {@code fisher.test(matrix(c(a, c, b, d), 2))$p.value}.
   *
   * @throws IllegalArgumentException if the table is empty or has more than {@link
   *     Integer#MAX_VALUE} respondents
   */
  public static double twoSidedPValue(TwoByTwo table) {
    long total = table.total();
    if (total == 0 || total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Cannot run Fisher's exact test: the table has "
              + total
              + " respondents; it needs 1.."
              + Integer.MAX_VALUE);
    }
    int cases = (int) table.cases();
    int exposed = (int) table.n1();
    HypergeometricDistribution h = HypergeometricDistribution.of((int) total, cases, exposed);
    int lo = h.getSupportLowerBound();
    int hi = h.getSupportUpperBound();
    double[] logP = new double[hi - lo + 1];
    double max = Double.NEGATIVE_INFINITY;
    for (int x = lo; x <= hi; x++) {
      logP[x - lo] = h.logProbability(x);
      max = Math.max(max, logP[x - lo]);
    }
    double[] d = new double[logP.length];
    double sum = 0;
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.exp(logP[i] - max);
      sum += d[i];
    }
    double threshold = d[(int) table.a() - lo] / sum * (1 + RELATIVE_TOLERANCE);
    double p = 0;
    for (double di : d) {
      double pi = di / sum;
      if (pi <= threshold) {
        p += pi;
      }
    }
    return Math.max(0, Math.min(1, p));
  }
}
