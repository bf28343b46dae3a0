package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-sided exact binomial test against R 4.2.2's {@code binom.test}. */
class ExcessPrevalenceTest {

  @Test
  void matchesRsOneSidedBinomialTest() {
    // binom.test(x, n, p, alternative = "greater")$p.value, printed with %.17g.
    assertEquals(0.013615209651314224, ExcessPrevalence.pValue(31, 172, 0.12), 1e-12);
    assertEquals(0.024537935704591451, ExcessPrevalence.pValue(10, 50, 0.1), 1e-12);
    assertEquals(0.0091638233483476491, ExcessPrevalence.pValue(42, 242, 0.12), 1e-12);
    assertEquals(9.5367431640624947e-07, ExcessPrevalence.pValue(20, 20, 0.5), 1e-18);
    assertEquals(0.0013413983708734283, ExcessPrevalence.pValue(130, 1000, 0.1), 1e-12);
    assertEquals(1.0, ExcessPrevalence.pValue(0, 20, 0.3), 0);
  }

  @Test
  void agreesWithTheExactIntervalAtItsEdge() {
    // binom.test(10, 50)$conf.int[1] = 0.10030223747257104 lies just above 0.1, so the one-sided
    // p-value against 0.1 is just below 0.025 (the 95% interval's tail).
    assertTrue(ExcessPrevalence.pValue(10, 50, 0.1) < 0.025);
    assertTrue(ExcessPrevalence.pValue(10, 50, 0.1004) > 0.025);
  }

  @Test
  void excessCasesAreCasesBeyondTheReferenceRate() {
    assertEquals(31 - 0.12 * 172, ExcessPrevalence.excessCases(31, 172, 0.12), 1e-12);
    assertEquals(-2.0, ExcessPrevalence.excessCases(3, 50, 0.1), 1e-12);
  }

  @Test
  void refusesImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> ExcessPrevalence.pValue(5, 4, 0.1));
    assertThrows(IllegalArgumentException.class, () -> ExcessPrevalence.pValue(0, 0, 0.1));
    assertThrows(IllegalArgumentException.class, () -> ExcessPrevalence.pValue(1, 4, Double.NaN));
  }
}
