package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Finds linearly dependent (aliased) design columns the way R's {@code glm} does: columns are taken
 * left to right and a column that is a linear combination of the columns already kept is aliased.
 * An all-zero column (a level with no respondents) is always aliased.
 */
final class Aliasing {

  /** A column is aliased when its residual norm falls below this share of its own norm. */
  static final double TOLERANCE = 1e-7;

  private Aliasing() {}

  /** The indices of the columns kept (not aliased), in increasing order. */
  static int[] independentColumns(double[][] x, int columns) {
    int n = x.length;
    List<double[]> basis = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int j = 0; j < columns; j++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = x[i][j];
      }
      double norm = norm(v);
      if (norm == 0) {
        continue;
      }
      // Modified Gram-Schmidt, twice for stability.
      for (int pass = 0; pass < 2; pass++) {
        for (double[] q : basis) {
          double dot = 0;
          for (int i = 0; i < n; i++) {
            dot += q[i] * v[i];
          }
          for (int i = 0; i < n; i++) {
            v[i] -= dot * q[i];
          }
        }
      }
      double residual = norm(v);
      if (residual > TOLERANCE * norm) {
        for (int i = 0; i < n; i++) {
          v[i] /= residual;
        }
        basis.add(v);
        kept.add(j);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The columns whose coefficient the data cannot identify: every aliased column and every kept
   * column that takes part in expressing an aliased one. Used where no left-to-right convention can
   * make the kept coefficients meaningful (after separation).
   *
   * @return {@code true} at each non-identified column index
   */
  static boolean[] nonIdentified(double[][] x, int columns, int[] kept) {
    boolean[] result = new boolean[columns];
    boolean[] isKept = new boolean[columns];
    for (int k : kept) {
      isKept[k] = true;
    }
    if (kept.length == columns) {
      return result;
    }
    QRDecomposition qr = null;
    if (kept.length > 0 && x.length > 0) {
      double[][] xk = new double[x.length][kept.length];
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < kept.length; j++) {
          xk[i][j] = x[i][kept[j]];
        }
      }
      qr = new QRDecomposition(new Array2DRowRealMatrix(xk, false));
    }
    for (int j = 0; j < columns; j++) {
      if (isKept[j]) {
        continue;
      }
      result[j] = true;
      if (qr == null) {
        continue;
      }
      double[] column = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        column[i] = x[i][j];
      }
      RealVector combination = qr.getSolver().solve(new ArrayRealVector(column, false));
      for (int k = 0; k < kept.length; k++) {
        if (Math.abs(combination.getEntry(k)) > 1e-8) {
          result[kept[k]] = true;
        }
      }
    }
    return result;
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e * e;
    }
    return Math.sqrt(s);
  }
}
