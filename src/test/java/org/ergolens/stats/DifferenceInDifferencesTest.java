package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ergolens.stats.DifferenceInDifferences.Estimate;
import org.ergolens.stats.DifferenceInDifferences.Proportion;
import org.junit.jupiter.api.Test;

/** Worked by hand: the difference of the two changes and the Wald interval of four proportions. */
class DifferenceInDifferencesTest {
  @Test
  void textbookExample() {
    // Treated 40% -> 10% (n = 100 each), control 30% -> 30% (n = 1000 each).
    Estimate e =
        DifferenceInDifferences.of(
            new Proportion(40, 100),
            new Proportion(10, 100),
            new Proportion(300, 1000),
            new Proportion(300, 1000));
    double se = Math.sqrt(0.4 * 0.6 / 100 + 0.1 * 0.9 / 100 + 0.3 * 0.7 / 1000 * 2);
    assertEquals(-0.3, e.difference(), 1e-12);
    assertEquals(0.0609918, e.standardError(), 1e-7);
    assertEquals(se, e.standardError(), 1e-15);
    assertEquals(-0.3 - 1.959964 * se, e.ciLow(), 1e-12);
    assertEquals(-0.3 + 1.959964 * se, e.ciHigh(), 1e-12);
    assertTrue(e.excludesZero());
  }

  @Test
  void parallelChangesGiveZero() {
    Estimate e =
        DifferenceInDifferences.of(
            new Proportion(20, 100),
            new Proportion(10, 100),
            new Proportion(200, 1000),
            new Proportion(100, 1000));
    assertEquals(0.0, e.difference(), 1e-12);
    assertFalse(e.excludesZero());
  }

  @Test
  void refusesImpossibleProportions() {
    assertThrows(IllegalArgumentException.class, () -> new Proportion(5, 0));
    assertThrows(IllegalArgumentException.class, () -> new Proportion(6, 5));
    assertFalse(new Proportion(4, 100).normalApproximationHolds());
    assertFalse(new Proportion(96, 100).normalApproximationHolds());
    assertTrue(new Proportion(5, 10).normalApproximationHolds());
  }
}
