package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AttributableFractionTest {

  @Test
  void miettinenUsesTheLevelsOwnPrevalenceRatio() {
    // 30 of 100 exposed and 10 of 100 reference respondents are cases; PR = 3. With 80 cases
    // among everyone with a known level: AF = (30 / 80) · (3 − 1) / 3 = 0.25, 20 cases.
    TwoByTwoResult level = TwoByTwoAnalysis.analyze(new TwoByTwo(30, 100, 10, 100));
    Attribution af = AttributableFraction.miettinen(level, 80);
    assertEquals(0.25, af.fraction(), 1e-15);
    assertEquals(20.0, af.cases(), 1e-13);
  }

  @Test
  void miettinenTakesThePrevalenceRatioAfterTheZeroCellRule() {
    // c = 0: PR = (5.5 / 11) / (0.5 / 11) = 11 with the zero-cell rule.
    TwoByTwoResult level = TwoByTwoAnalysis.analyze(new TwoByTwo(5, 10, 0, 10));
    assertEquals(11.0, level.prevalenceRatio(), 1e-12);
    Attribution af = AttributableFraction.miettinen(level, 5);
    assertEquals(1.0 * 10 / 11, af.fraction(), 1e-15);
    assertEquals(50.0 / 11, af.cases(), 1e-13);
  }

  @Test
  void miettinenIsZeroWithoutExcessRisk() {
    TwoByTwoResult protective = TwoByTwoAnalysis.analyze(new TwoByTwo(10, 100, 30, 100));
    assertEquals(new Attribution(0.0, 0.0), AttributableFraction.miettinen(protective, 40));
    TwoByTwoResult equal = TwoByTwoAnalysis.analyze(new TwoByTwo(10, 100, 10, 100));
    assertEquals(new Attribution(0.0, 0.0), AttributableFraction.miettinen(equal, 20));
  }

  @Test
  void miettinenWithoutAPrevalenceRatioIsNotEstimable() {
    TwoByTwoResult noCases = TwoByTwoAnalysis.analyze(new TwoByTwo(0, 10, 0, 10));
    assertEquals(Attribution.NOT_ESTIMABLE, AttributableFraction.miettinen(noCases, 0));
    TwoByTwoResult emptyLevel = TwoByTwoAnalysis.analyze(new TwoByTwo(0, 0, 3, 10));
    assertEquals(Attribution.NOT_ESTIMABLE, AttributableFraction.miettinen(emptyLevel, 7));
  }

  @Test
  void miettinenNeedsAllCasesToIncludeTheTable() {
    TwoByTwoResult level = TwoByTwoAnalysis.analyze(new TwoByTwo(30, 100, 10, 100));
    assertThrows(IllegalArgumentException.class, () -> AttributableFraction.miettinen(level, 39));
  }

  @Test
  void levinWithTheOrganisationsPrevalenceRatio() {
    // PR 2 and a quarter of the department at the level: PAF = 0.25 / 1.25 = 0.2; 15 cases → 3.
    Attribution paf = AttributableFraction.levin(2.0, 0.25, 15);
    assertEquals(0.2, paf.fraction(), 1e-15);
    assertEquals(3.0, paf.cases(), 1e-14);
  }

  @Test
  void levinIsAppliedAsWrittenBelowOne() {
    // PR 0.5 and p = 0.5: PAF = −0.25 / 0.75 = −1/3 (a preventive fraction).
    Attribution paf = AttributableFraction.levin(0.5, 0.5, 9);
    assertEquals(-1.0 / 3, paf.fraction(), 1e-15);
    assertEquals(-3.0, paf.cases(), 1e-14);
    assertEquals(new Attribution(0.0, 0.0), AttributableFraction.levin(3.0, 0, 9));
  }

  @Test
  void levinValidatesItsArguments() {
    assertEquals(Attribution.NOT_ESTIMABLE, AttributableFraction.levin(null, 0.5, 9));
    assertThrows(IllegalArgumentException.class, () -> AttributableFraction.levin(2.0, 1.5, 9));
    assertThrows(IllegalArgumentException.class, () -> AttributableFraction.levin(0.0, 0.5, 9));
    assertThrows(IllegalArgumentException.class, () -> AttributableFraction.levin(2.0, 0.5, -1));
  }
}
