package org.ergolens.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The rank of a matrix of exact fractions, by Gaussian elimination with no rounding: what the
 * privacy tests use to decide whether a withheld cell is determined by the published ones (it is
 * when dropping its column lowers the rank of the system by one).
 */
public final class ExactRank {
  private ExactRank() {}

  /** The rank of {@code matrix}, whose rows have {@code columns} entries. */
  public static int of(List<BigFraction[]> matrix, int columns) {
    return withoutColumn(matrix, columns, -1);
  }

  /** The rank of {@code matrix} with column {@code skip} left out (none when −1). */
  public static int withoutColumn(List<BigFraction[]> matrix, int columns, int skip) {
    List<BigFraction[]> rows = new ArrayList<>();
    for (BigFraction[] r : matrix) {
      rows.add(r.clone());
    }
    int rank = 0;
    for (int col = 0; col < columns && rank < rows.size(); col++) {
      if (col == skip) {
        continue;
      }
      int pivot = -1;
      for (int i = rank; i < rows.size(); i++) {
        if (rows.get(i)[col].compareTo(BigFraction.ZERO) != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigFraction[] p = rows.remove(pivot);
      rows.add(rank, p);
      for (int i = rank + 1; i < rows.size(); i++) {
        BigFraction[] r = rows.get(i);
        BigFraction factor = r[col].divide(p[col]);
        for (int j = 0; j < columns; j++) {
          r[j] = r[j].subtract(p[j].multiply(factor));
        }
      }
      rank++;
    }
    return rank;
  }
}
