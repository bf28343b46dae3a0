package org.ergolens.stats;

import org.apache.commons.statistics.inference.ChiSquareTest;

/**
 * The contract's p-value of a 2×2 table: Pearson's χ² (1 df, no continuity correction) when every
 * expected cell count is at least 5, otherwise two-sided Fisher's exact test.
 *
 * <p>Expected counts are those of the uncorrected table: row total × column total / N. The χ²
 * p-value equals R's {@code chisq.test(x, correct = FALSE)$p.value}; the Fisher p-value equals R's
 * {@code fisher.test(x)$p.value} (see {@link FisherExact}).
 */
public final class IndependenceTest {

  /** The smallest expected cell count for which the χ² approximation is used. */
  public static final double MIN_EXPECTED_COUNT = 5;

  /**
   * A p-value with the test that produced it.
   *
   * @param test the test used
   * @param pValue the two-sided p-value, in [0, 1]
   */
  public record Result(AssociationTest test, double pValue) {}

  private IndependenceTest() {}

  /**
   * Tests the association of exposure and outcome in the table.
   *
   * @throws IllegalArgumentException if either row is empty ({@code n1 = 0} or {@code n0 = 0})
   */
  public static Result test(TwoByTwo table) {
    if (table.n1() == 0 || table.n0() == 0) {
      throw new IllegalArgumentException(
          "Cannot test a 2x2 table with an empty row: n1=" + table.n1() + ", n0=" + table.n0());
    }
    if (minimumExpectedCount(table) >= MIN_EXPECTED_COUNT) {
      long[][] cells = {{table.a(), table.b()}, {table.c(), table.d()}};
      return new Result(
          AssociationTest.CHI_SQUARE, ChiSquareTest.withDefaults().test(cells).getPValue());
    }
    return new Result(AssociationTest.FISHER_EXACT, FisherExact.twoSidedPValue(table));
  }

  /** The smallest of the four expected cell counts, row total × column total / N. */
  public static double minimumExpectedCount(TwoByTwo table) {
    double smallerRow = Math.min(table.n1(), table.n0());
    double smallerColumn = Math.min(table.cases(), table.nonCases());
    return smallerRow * smallerColumn / table.total();
  }
}
