package org.ergolens.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Benjamini–Hochberg q-values, equal to R's {@code p.adjust(p, method = "BH")}.
 *
 * <p>For the m p-values sorted in increasing order, {@code q(i) = min(1, min over j ≥ i of m · p(j)
 * / j)}. A {@code null} p-value (a row without a test) stays {@code null} and is not counted in m,
 * as R does with {@code NA}.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  /**
   * Adjusts the p-values of one scope.
   *
   * @param pValues p-values in [0, 1], or {@code null}
   * @return the q-values, in the same order; {@code null} where the p-value is {@code null}
   * @throws IllegalArgumentException if a p-value is outside [0, 1] or NaN
   */
  public static List<Double> adjust(List<Double> pValues) {
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < pValues.size(); i++) {
      Double p = pValues.get(i);
      if (p == null) {
        continue;
      }
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "Cannot adjust p-values: p-value " + p + " at index " + i + " is not in [0, 1]");
      }
      present.add(i);
    }
    Double[] q = new Double[pValues.size()];
    int m = present.size();
    // Largest p first; ties keep input order, which does not change the result.
    present.sort(Comparator.comparing((Integer i) -> pValues.get(i)).reversed());
    double running = Double.POSITIVE_INFINITY;
    for (int k = 0; k < m; k++) {
      int index = present.get(k);
      int rank = m - k;
      running = Math.min(running, (double) m / rank * pValues.get(index));
      q[index] = Math.min(1, running);
    }
    return Collections.unmodifiableList(Arrays.asList(q));
  }
}
