package org.ergolens.privacy;

import java.math.BigInteger;

/**
 * Exact Gauss–Jordan elimination over the integers, used to decide which unknowns of a linear
 * system are uniquely determined.
 *
 * <p>For a homogeneous system A·x = b with unknown x, x_j is the same in every solution iff the
 * unit vector e_j lies in the row space of A, iff in the reduced row echelon form of A column j is
 * a pivot column whose row has no other non-zero entry. Rows are combined fraction-free (row_i · p
 * − pivotRow · a_i, then divided by the gcd of the row), which is exact; the fast path uses {@code
 * long} with overflow checks and falls back to {@link BigInteger} on overflow.
 */
final class RowReduction {

  private RowReduction() {}

  /**
   * Which columns of {@code matrix} are determined.
   *
   * @param matrix rows × columns integer coefficients; not modified
   * @param columns the number of columns (needed when there are no rows)
   */
  static boolean[] determinedColumns(long[][] matrix, int columns) {
    try {
      long[][] copy = new long[matrix.length][];
      for (int i = 0; i < matrix.length; i++) {
        copy[i] = matrix[i].clone();
      }
      return reduceLong(copy, columns);
    } catch (ArithmeticException overflow) {
      BigInteger[][] big = new BigInteger[matrix.length][columns];
      for (int i = 0; i < matrix.length; i++) {
        for (int j = 0; j < columns; j++) {
          big[i][j] = BigInteger.valueOf(matrix[i][j]);
        }
      }
      return reduceBig(big, columns);
    }
  }

  private static boolean[] reduceLong(long[][] a, int n) {
    int[] pivotRow = new int[n];
    int rank = 0;
    for (int col = 0; col < n; col++) {
      pivotRow[col] = -1;
      int p = -1;
      for (int i = rank; i < a.length; i++) {
        if (a[i][col] != 0 && (p < 0 || Math.abs(a[i][col]) < Math.abs(a[p][col]))) {
          p = i;
        }
      }
      if (p < 0) {
        continue;
      }
      long[] pivot = a[p];
      a[p] = a[rank];
      a[rank] = pivot;
      for (int i = 0; i < a.length; i++) {
        if (i != rank && a[i][col] != 0) {
          long g = gcd(pivot[col], a[i][col]);
          long keep = pivot[col] / g;
          long take = a[i][col] / g;
          long[] row = a[i];
          for (int j = 0; j < n; j++) {
            row[j] =
                Math.subtractExact(
                    Math.multiplyExact(row[j], keep), Math.multiplyExact(pivot[j], take));
          }
          divideByGcd(row);
        }
      }
      pivotRow[col] = rank++;
    }
    boolean[] determined = new boolean[n];
    for (int col = 0; col < n; col++) {
      if (pivotRow[col] >= 0) {
        determined[col] = nonZeros(a[pivotRow[col]]) == 1;
      }
    }
    return determined;
  }

  private static boolean[] reduceBig(BigInteger[][] a, int n) {
    int[] pivotRow = new int[n];
    int rank = 0;
    for (int col = 0; col < n; col++) {
      pivotRow[col] = -1;
      int p = -1;
      for (int i = rank; i < a.length; i++) {
        if (a[i][col].signum() != 0 && (p < 0 || a[i][col].abs().compareTo(a[p][col].abs()) < 0)) {
          p = i;
        }
      }
      if (p < 0) {
        continue;
      }
      BigInteger[] pivot = a[p];
      a[p] = a[rank];
      a[rank] = pivot;
      for (int i = 0; i < a.length; i++) {
        if (i != rank && a[i][col].signum() != 0) {
          BigInteger g = pivot[col].gcd(a[i][col]);
          BigInteger keep = pivot[col].divide(g);
          BigInteger take = a[i][col].divide(g);
          BigInteger[] row = a[i];
          BigInteger rowGcd = BigInteger.ZERO;
          for (int j = 0; j < n; j++) {
            row[j] = row[j].multiply(keep).subtract(pivot[j].multiply(take));
            rowGcd = rowGcd.gcd(row[j]);
          }
          if (rowGcd.compareTo(BigInteger.ONE) > 0) {
            for (int j = 0; j < n; j++) {
              row[j] = row[j].divide(rowGcd);
            }
          }
        }
      }
      pivotRow[col] = rank++;
    }
    boolean[] determined = new boolean[n];
    for (int col = 0; col < n; col++) {
      if (pivotRow[col] >= 0) {
        int nonZeros = 0;
        for (BigInteger v : a[pivotRow[col]]) {
          nonZeros += v.signum() != 0 ? 1 : 0;
        }
        determined[col] = nonZeros == 1;
      }
    }
    return determined;
  }

  private static void divideByGcd(long[] row) {
    long g = 0;
    for (long v : row) {
      if (v != 0) {
        g = gcd(g, v);
        if (g == 1) {
          return;
        }
      }
    }
    if (g > 1) {
      for (int j = 0; j < row.length; j++) {
        row[j] /= g;
      }
    }
  }

  private static int nonZeros(long[] row) {
    int count = 0;
    for (long v : row) {
      count += v != 0 ? 1 : 0;
    }
    return count;
  }

  /** The non-negative gcd; {@code Math.abs} of {@code Long.MIN_VALUE} overflows, so check it. */
  private static long gcd(long a, long b) {
    a = Math.absExact(a);
    b = Math.absExact(b);
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
