package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Miettinen's case-based attributable fraction with the organisation's ratio (contract 2.1).
 *
 * <p>The textbook checks follow the argument of Rockhill, Newman & Weinberg (1998, "Use and misuse
 * of population attributable fractions", Am J Public Health 88:15–19) on hypothetical populations
 * whose every count is written out here: when the ratio is the same in every stratum of a
 * confounder, the attributable fraction from its definition (observed cases minus the cases
 * expected if everyone had the reference level's risk, over observed cases) equals Miettinen's
 * {@code p_c·(RR − 1)/RR} with the adjusted RR, and {@code 1 − Σ p_cj / RR_j} over several levels;
 * Levin's {@code p_e·(RR − 1)/(1 + p_e·(RR − 1))} with the adjusted RR does not, and neither
 * formula with the crude RR does.
 */
class CaseAttributionTest {

  private static AttributionRatio adjusted(double ratio, double low, double high) {
    return new AttributionRatio(ratio, low, high, AttributionBasis.ADJUSTED);
  }

  /**
   * Two strata of 1000 people. Stratum A: 200 exposed with risk 0.30 (60 cases), 800 unexposed with
   * 0.10 (80). Stratum B: 800 exposed with 0.06 (48), 200 unexposed with 0.02 (4). The RR is 3 in
   * both; exposure goes with the low-risk stratum, so the crude RR is only (108/1000)/(84/1000).
   * Without exposure there would be 100 + 20 = 120 of the 192 cases: AF = 72/192 = 0.375.
   */
  @Test
  void withTheAdjustedRatioMiettinenGivesTheDefinitionalFractionUnderConfounding() {
    long allCases = 60 + 80 + 48 + 4;
    long exposedCases = 60 + 48;
    double definitional = (allCases - (1000 * 0.10 + 1000 * 0.02)) / allCases;
    assertEquals(0.375, definitional, 1e-15);

    CaseAttribution af = CaseAttribution.of(exposedCases, allCases, adjusted(3, 2, 4.5));
    assertEquals(0.375, af.fraction(), 1e-15);
    assertEquals(72.0, af.cases(), 1e-12);
    assertEquals(AttributionBasis.ADJUSTED, af.basis());

    // The misuse the paper warns against: Levin's formula with the adjusted RR (half of the
    // population is exposed) gives 0.5, 96 cases.
    double levinShare = 0.5 * (3.0 - 1);
    assertEquals(0.5, levinShare / (1 + levinShare), 1e-15);
    // The crude RR is confounded: 1.2857, and 24 cases instead of 72.
    TwoByTwoResult crude = TwoByTwoAnalysis.analyze(new TwoByTwo(exposedCases, 1000, 84, 1000));
    CaseAttribution confounded =
        CaseAttribution.of(exposedCases, allCases, AttributionRatio.crude(crude).orElseThrow());
    assertEquals(108.0 / 84, confounded.ratio().ratio(), 1e-15);
    assertEquals(0.125, confounded.fraction(), 1e-15);
    assertEquals(24.0, confounded.cases(), 1e-12);
    assertEquals(AttributionBasis.CRUDE, confounded.basis());
  }

  /**
   * Three levels in two strata, with RR 2 (middle) and 4 (high) in both. Stratum A, reference risk
   * 0.05: 300 / 200 / 100 people with 15 / 20 / 20 cases. Stratum B, reference risk 0.15: 100 / 200
   * / 300 people with 15 / 60 / 180 cases. At the reference risk everyone would give 30 + 90 = 120
   * of the 310 cases.
   */
  @Test
  void overSeveralLevelsTheLevelsAddUpToTheDefinitionalFraction() {
    long all = 30 + 80 + 200;
    CaseAttribution middle = CaseAttribution.of(80, all, adjusted(2, 1.5, 2.7));
    CaseAttribution high = CaseAttribution.of(200, all, adjusted(4, 3, 5.3));
    assertEquals(40.0, middle.cases(), 1e-12);
    assertEquals(150.0, high.cases(), 1e-12);
    double definitional = (all - 120.0) / all;
    assertEquals(definitional, middle.fraction() + high.fraction(), 1e-15);
    // The same as 1 − Σ p_cj / RR_j over every level, the reference's RR being 1.
    double rockhill = 1 - (30.0 / all / 1 + 80.0 / all / 2 + 200.0 / all / 4);
    assertEquals(rockhill, middle.fraction() + high.fraction(), 1e-15);
  }

  /**
   * The worked example of R's graphPAF package (version 2.0.1 on CRAN, {@code R/Levin.R}, the
   * examples of {@code paf_miettinen} and {@code paf_levin}), which implements Ferguson, Alvarez,
   * Mulligan, Judge & O'Donnell (2024, "Bias assessment and correction for Levin's population
   * attributable fraction in the presence of confounding", Eur J Epidemiol 39:111–119): 20% of the
   * population exposed, a causal (adjusted) RR of √(1.2·2) and a crude RR of √(1.5·2.5), the
   * geometric means of the example's confidence limits. Under this confounding the exposed make up
   * {@code 0.2·RRu / (0.8 + 0.2·RRu)} of the cases, and Miettinen's formula gives 0.116 where
   * Levin's with the same adjusted RR gives 0.099, as the package prints them. The values to 17
   * digits are the package's own functions run in R 4.2.2 ({@code digits = 17}):
   * 0.11563928847301788 and 0.098968139148149628. Here a population of a million with the reference
   * risk 0.05 carries that confounding to whole cases (the exposed cases rounded, 19,365 of
   * 59,365).
   */
  @Test
  void agreesWithGraphPafsMiettinenExampleWhereLevinsFormulaWithTheAdjustedRatioDoesNot() {
    double prevalence = 0.2;
    double adjusted = Math.sqrt(1.2 * 2);
    double crude = Math.sqrt(1.5 * 2.5);
    long unexposedCases = Math.round(800_000 * 0.05);
    long exposedCases = Math.round(200_000 * 0.05 * crude);
    assertEquals(40_000, unexposedCases);
    assertEquals(19_365, exposedCases);

    CaseAttribution af =
        CaseAttribution.of(
            exposedCases, exposedCases + unexposedCases, adjusted(adjusted, 1.2, 2.0));
    assertEquals(0.11563928847301788, af.fraction(), 1e-6, "graphPAF's paf_miettinen");
    assertEquals(0.116, Math.round(af.fraction() * 1000) / 1000.0, "as the package prints it");

    double levin = prevalence * (adjusted - 1) / (1 + prevalence * (adjusted - 1));
    assertEquals(0.098968139148149628, levin, 1e-15, "graphPAF's paf_levin");
    assertTrue(
        af.fraction() - levin > 0.016,
        "Levin's formula with the adjusted RR understates the fraction here by 0.017");
  }

  @Test
  void theIntervalIsTheFormulaAtTheRatiosLimits() {
    // A unit with 40 cases of known level, 10 of them at the level; the organisation's R is 2.5
    // (95% CI 1.8 to 3.4): 10·1.5/2.5 = 6 cases (4.44 to 7.06), AF 0.15 (0.111 to 0.176).
    CaseAttribution af = CaseAttribution.of(10, 40, adjusted(2.5, 1.8, 3.4));
    assertEquals(6.0, af.cases(), 1e-12);
    assertEquals(10 * 0.8 / 1.8, af.casesCiLow(), 1e-12);
    assertEquals(10 * 2.4 / 3.4, af.casesCiHigh(), 1e-12);
    assertEquals(0.15, af.fraction(), 1e-15);
    assertEquals(10 * 0.8 / 1.8 / 40, af.fractionCiLow(), 1e-15);
    assertEquals(10 * 2.4 / 3.4 / 40, af.fractionCiHigh(), 1e-15);
    assertTrue(af.crediblyRaised());
  }

  @Test
  void eachLimitIsFlooredAtZero() {
    // R 1.4 (0.9 to 2.2): the lower limit would be negative and is 0.
    CaseAttribution uncertain = CaseAttribution.of(20, 50, adjusted(1.4, 0.9, 2.2));
    assertEquals(0.0, uncertain.casesCiLow());
    assertEquals(20 * 0.4 / 1.4, uncertain.cases(), 1e-12);
    assertEquals(20 * 1.2 / 2.2, uncertain.casesCiHigh(), 1e-12);
    assertFalse(uncertain.crediblyRaised());
    // R below 1: no attributable case, but the interval still reaches up to R's upper limit.
    CaseAttribution lower = CaseAttribution.of(20, 50, adjusted(0.8, 0.5, 1.3));
    assertEquals(0.0, lower.cases());
    assertEquals(0.0, lower.fraction());
    assertEquals(0.0, lower.casesCiLow());
    assertEquals(20 * 0.3 / 1.3, lower.casesCiHigh(), 1e-12);
    // R of exactly 1: nothing, as the contract's "R > 1" says.
    assertEquals(0.0, CaseAttribution.of(20, 50, adjusted(1, 0.7, 1.4)).cases());
  }

  @Test
  void aScopeWithoutCasesHasNoFractionAndNoCases() {
    CaseAttribution none = CaseAttribution.of(0, 0, adjusted(2, 1.5, 3));
    assertNull(none.fraction());
    assertNull(none.fractionCiLow());
    assertNull(none.fractionCiHigh());
    assertEquals(0.0, none.cases());
    assertEquals(0.0, none.casesCiHigh());
    CaseAttribution noneAtLevel = CaseAttribution.of(0, 30, adjusted(2, 1.5, 3));
    assertEquals(0.0, noneAtLevel.fraction());
    assertEquals(0.0, noneAtLevel.casesCiHigh());
  }

  @Test
  void refusesCountsThatCannotBe() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CaseAttribution.of(31, 30, adjusted(2, 1, 3)));
    assertEquals(
        "Cannot attribute cases: 31 cases at the level must be within 0..30, the scope's cases"
            + " with a known level",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> CaseAttribution.of(-1, 30, adjusted(2, 1, 3)));
  }

  /**
   * Within one factor, the levels' attributable cases never add up to more than the scope's cases,
   * and neither do their upper limits: a level contributes {@code c_L·(R − 1)/R < c_L} for every
   * finite R, and the levels' cases are disjoint parts of the scope's cases (the reference level's
   * among them). Random scopes, factors of 2 to 4 levels, and ratios from 0.2 to 10^6, some with
   * the reference level holding no case at all (then the bound is approached, never passed).
   */
  @Test
  void withinOneFactorTheLevelsNeverExceedTheScopesCases() {
    Random random = new Random(20261031);
    for (int trial = 0; trial < 20_000; trial++) {
      int levels = 2 + random.nextInt(3);
      long[] cases = new long[levels];
      long scope = 0;
      for (int l = 0; l < levels; l++) {
        cases[l] =
            (l == 0 && random.nextInt(5) == 0) ? 0 : random.nextInt(random.nextBoolean() ? 5 : 500);
        scope += cases[l];
      }
      double sum = 0;
      double sumHigh = 0;
      for (int l = 1; l < levels; l++) {
        double r = Math.exp(random.nextDouble() * 15.5 - 1.6);
        double spread = Math.exp(random.nextDouble() * 2);
        AttributionRatio ratio =
            new AttributionRatio(
                r,
                r / spread,
                r * spread,
                random.nextBoolean() ? AttributionBasis.ADJUSTED : AttributionBasis.CRUDE);
        CaseAttribution af = CaseAttribution.of(cases[l], scope, ratio);
        assertTrue(af.casesCiLow() <= af.cases() && af.cases() <= af.casesCiHigh(), "ordered");
        assertTrue(af.casesCiHigh() <= cases[l], "a level never exceeds its own cases");
        if (scope > 0) {
          assertTrue(af.fraction() >= 0 && af.fractionCiHigh() <= 1, "a fraction");
        }
        sum += af.cases();
        sumHigh += af.casesCiHigh();
      }
      long total = scope;
      double s = sum;
      double h = sumHigh;
      assertTrue(s <= total, () -> "attributable " + s + " > scope cases " + total);
      assertTrue(h <= total, () -> "upper limits " + h + " > scope cases " + total);
    }
  }
}
