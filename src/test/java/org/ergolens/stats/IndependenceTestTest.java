package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.ergolens.stats.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IndependenceTestTest {

  @Test
  void chiSquareMatchesRWithoutContinuityCorrection() {
    for (Map<String, String> row : Fixtures.csv("chi_square.csv")) {
      IndependenceTest.Result r = IndependenceTest.test(Fixtures.cells(row));
      assertEquals(AssociationTest.CHI_SQUARE, r.test(), "all expected counts >= 5 for " + row);
      // chisq.test(matrix(c(a, c, b, d), 2), correct = FALSE)$p.value
      assertClose("chi-square p", number(row.get("p_value")), r.pValue(), 1e-9, row.toString());
    }
  }

  @Test
  void anExpectedCountOfExactlyFiveStillUsesChiSquare() {
    // 10 + 10 respondents, 10 cases: every expected count is 10 * 10 / 20 = 5.
    TwoByTwo t = new TwoByTwo(7, 10, 3, 10);
    assertEquals(5.0, IndependenceTest.minimumExpectedCount(t));
    assertEquals(AssociationTest.CHI_SQUARE, IndependenceTest.test(t).test());
    // chisq.test(matrix(c(7, 3, 3, 7), 2), correct = FALSE)$p.value = 0.07363827
    assertEquals(0.07363827, IndependenceTest.test(t).pValue(), 1e-8);
  }

  @Test
  void anExpectedCountBelowFiveUsesFisher() {
    // 10 + 9 respondents, 10 cases: the smallest expected count is 9 * 9 / 19 = 4.26.
    TwoByTwo t = new TwoByTwo(7, 10, 3, 9);
    assertEquals(AssociationTest.FISHER_EXACT, IndependenceTest.test(t).test());
    assertEquals(FisherExact.twoSidedPValue(t), IndependenceTest.test(t).pValue());
  }

  @Test
  void needsBothRows() {
    assertThrows(
        IllegalArgumentException.class, () -> IndependenceTest.test(new TwoByTwo(0, 0, 1, 5)));
  }
}
