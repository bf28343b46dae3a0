package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The step-halving of the fit: a step is taken only when it does not raise the deviance. */
class IrlsTest {
  /** Intercept and one dummy: 40 of 100 exposed are cases, 20 of 100 unexposed. */
  private static final GroupedBinomial DATA =
      new GroupedBinomial(
          new double[][] {{1, 1}, {1, 0}}, new long[] {100, 100}, new long[] {40, 20});

  @Test
  void aStepThatNoHalvingMakesDownhillLeavesTheStartingPoint() {
    Irls.Result fit = Irls.fit(DATA, Family.BINOMIAL, 50);
    assertTrue(fit.converged());
    Irls.Fitted best = Irls.Fitted.at(DATA, Family.BINOMIAL, fit.beta());
    Irls.Fitted after = Irls.descend(DATA, Family.BINOMIAL, best, new double[] {1e6, 1e6});
    assertArrayEquals(fit.beta(), after.beta(), "the maximum likelihood point is kept");
    assertEquals(best.deviance(), after.deviance());
  }

  @Test
  void aStepTooLongIsHalvedUntilTheDevianceFalls() {
    Irls.Fitted start = Irls.Fitted.at(DATA, Family.BINOMIAL, new double[] {0, 0});
    Irls.Fitted after = Irls.descend(DATA, Family.BINOMIAL, start, new double[] {-8, 8});
    assertTrue(after.deviance() < start.deviance(), after.deviance() + " < " + start.deviance());
    assertTrue(Math.abs(after.beta()[1]) < 8, "halved at least once: " + after.beta()[1]);
  }
}
