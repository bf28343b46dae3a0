package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.ergolens.stats.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FisherExactTest {

  /** {@code TwoByTwo} from the cells a, b, c, d of {@code matrix(c(a, c, b, d), 2)}. */
  private static TwoByTwo cells(long a, long b, long c, long d) {
    return new TwoByTwo(a, a + b, c, c + d);
  }

  @Test
  void teaTastingIsNotSignificant() {
    // Fisher (1935), The Design of Experiments, section 2: the lady tasting tea, 3 of 4 cups
    // with milk first identified. Two-sided p = 0.4857 (R: fisher.test(matrix(c(3, 1, 1, 3), 2))).
    assertEquals(0.4857, FisherExact.twoSidedPValue(cells(3, 1, 1, 3)), 5e-5);
    assertEquals(34.0 / 70, FisherExact.twoSidedPValue(cells(3, 1, 1, 3)), 1e-15);
  }

  @Test
  void convictionsOfLikeSexTwins() {
    // Fisher (1962), as in R's ?fisher.test example "Convictions": matrix(c(2, 10, 15, 3), 2).
    // R 4.2.2: fisher.test(Convictions)$p.value = 0.0005367241.
    assertEquals(0.0005367241, FisherExact.twoSidedPValue(cells(2, 15, 10, 3)), 1e-10);
  }

  @Test
  void matchesRForEveryFixtureTable() {
    for (Map<String, String> row : Fixtures.csv("fisher_exact.csv")) {
      // fisher.test(matrix(c(a, c, b, d), 2))$p.value
      assertClose(
          "Fisher p",
          number(row.get("p_value")),
          FisherExact.twoSidedPValue(Fixtures.cells(row)),
          1e-9,
          row.toString());
    }
  }

  @Test
  void matchesRForEveryTableWithUpToEightRespondentsPerRow() {
    for (Map<String, String> row : Fixtures.csv("fisher_exact_all_small.csv")) {
      TwoByTwo t = Fixtures.cells(row);
      assertClose(
          "Fisher p",
          number(row.get("p_value")),
          FisherExact.twoSidedPValue(t),
          1e-9,
          row.toString());
    }
  }

  @Test
  void countsTablesAsLikelyAsTheObservedOneWithRsTolerance() {
    // 2 exposed (no case) and 5 reference respondents (2 cases): x = 0 and x = 1 both have
    // probability 10/21, so every table counts. R: fisher.test(matrix(c(0, 2, 2, 3), 2))$p.value
    // = 1. Commons Statistics 1.2 FisherExactTest compares without R's tolerance, drops x = 1
    // by rounding and answers 11/21 = 0.524: the reason this package has its own FisherExact.
    // If this assertion on Commons starts failing, Commons now matches R here.
    assertEquals(1.0, FisherExact.twoSidedPValue(cells(0, 2, 2, 3)), 1e-15);
    double commons =
        org.apache.commons.statistics.inference.FisherExactTest.withDefaults()
            .test(new int[][] {{0, 2}, {2, 3}})
            .getPValue();
    assertEquals(11.0 / 21, commons, 1e-12);
  }

  @Test
  void sumsBothMirrorImageTails() {
    // 20 exposed and 20 reference respondents, 10 cases: x = 3 and x = 7 are mirror images.
    // R: fisher.test(matrix(c(3, 7, 17, 13), 2))$p.value = 0.273343047536596.
    double p = FisherExact.twoSidedPValue(cells(3, 17, 7, 13));
    assertEquals(0.273343047536596, p, 1e-14);
    double oneTail = 0;
    for (int x = 0; x <= 3; x++) {
      oneTail += hypergeometric(x, 40, 10, 20);
    }
    assertEquals(2 * oneTail, p, 1e-12);
  }

  @Test
  void degenerateMarginsGiveOne() {
    // fisher.test(matrix(c(0, 0, 5, 7), 2))$p.value = 1: no cases at all.
    assertEquals(1.0, FisherExact.twoSidedPValue(cells(0, 5, 0, 7)));
    assertEquals(1.0, FisherExact.twoSidedPValue(cells(0, 0, 3, 4)), "an empty row");
  }

  @Test
  void rejectsAnEmptyTable() {
    assertThrows(
        IllegalArgumentException.class, () -> FisherExact.twoSidedPValue(cells(0, 0, 0, 0)));
  }

  private static double hypergeometric(int x, int total, int cases, int drawn) {
    return Math.exp(
        logChoose(cases, x) + logChoose(total - cases, drawn - x) - logChoose(total, drawn));
  }

  private static double logChoose(int n, int k) {
    double s = 0;
    for (int i = 1; i <= k; i++) {
      s += Math.log(n - k + i) - Math.log(i);
    }
    return s;
  }
}
