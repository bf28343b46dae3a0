package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.ergolens.stats.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TwoByTwoAnalysisTest {

  @Test
  void aspirinAndMyocardialInfarction() {
    // Agresti, An Introduction to Categorical Data Analysis, 2nd ed. (Wiley 2007), Table 2.3
    // (Physicians' Health Study): placebo 189 MI of 11034, aspirin 104 MI of 11037. Section 2.2.4
    // gives the relative risk 1.82; section 2.3.3 the odds ratio 1.83 with Woolf 95% CI
    // (1.44, 2.33). Placebo is the "exposed" row here.
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(189, 11034, 104, 11037));
    assertEquals(1.82, r.prevalenceRatio(), 0.005);
    assertEquals(1.83, r.oddsRatio(), 0.005);
    assertEquals(1.44, r.orCiLow(), 0.005);
    assertEquals(2.33, r.orCiHigh(), 0.005);
    assertEquals(189.0 / 11034, r.prevalenceExposed(), 1e-15);
    assertEquals(104.0 / 11037, r.prevalenceReference(), 1e-15);
    assertEquals(AssociationTest.CHI_SQUARE, r.test());
    assertEquals("", r.note());
  }

  @Test
  void exSmokersAndPancreatitis() {
    // Le, Introductory Biostatistics (Wiley 2003), Example 4.11 / Table 4.8: ex-smokers 13 cases
    // and 80 controls, never smokers 2 cases and 56 controls; OR = (13)(56)/(80)(2) = 4.55.
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(13, 93, 2, 58));
    assertEquals(4.55, r.oddsRatio(), 0.005);
    // Woolf limits exp(ln 4.55 ± 1.959964 · √(1/13 + 1/80 + 1/2 + 1/56)) = (0.988, 20.96).
    assertEquals(0.988, r.orCiLow(), 0.0005);
    assertEquals(20.96, r.orCiHigh(), 0.005);
    // The smallest expected count is 15 · 58 / 151 = 5.76 reference cases: chi-square.
    assertEquals(AssociationTest.CHI_SQUARE, r.test());
  }

  @Test
  void teaTastingUsesFisher() {
    // Fisher (1935): expected counts of 2 < 5, so Fisher's exact test; two-sided p = 0.4857.
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(3, 4, 1, 4));
    assertEquals(AssociationTest.FISHER_EXACT, r.test());
    assertEquals(0.4857, r.pValue(), 5e-5);
    assertEquals(3.0, r.prevalenceRatio(), 1e-15);
    assertEquals(9.0, r.oddsRatio(), 1e-14);
  }

  @Test
  void matchesAnIndependentImplementationInR() {
    // crude_effects.csv: the contract's formulas written out in R (glm_fixture.R, crude_of),
    // with chisq.test(correct = FALSE) or fisher.test by the expected-count rule.
    for (Map<String, String> row : Fixtures.csv("crude_effects.csv")) {
      TwoByTwo t =
          new TwoByTwo(
              Long.parseLong(row.get("a")),
              Long.parseLong(row.get("n1")),
              Long.parseLong(row.get("c")),
              Long.parseLong(row.get("n0")));
      TwoByTwoResult r = TwoByTwoAnalysis.analyze(t);
      String at = t.toString();
      assertClose(
          "crude prevalence",
          number(row.get("prevalence_exposed")),
          r.prevalenceExposed(),
          1e-12,
          at);
      assertClose(
          "crude prevalence",
          number(row.get("prevalence_reference")),
          r.prevalenceReference(),
          1e-12,
          at);
      assertClose("crude PR", number(row.get("pr")), r.prevalenceRatio(), 1e-12, at);
      assertClose("crude PR CI", number(row.get("pr_low")), r.prCiLow(), 1e-12, at);
      assertClose("crude PR CI", number(row.get("pr_high")), r.prCiHigh(), 1e-12, at);
      assertClose("crude OR", number(row.get("or")), r.oddsRatio(), 1e-12, at);
      assertClose("crude OR CI", number(row.get("or_low")), r.orCiLow(), 1e-12, at);
      assertClose("crude OR CI", number(row.get("or_high")), r.orCiHigh(), 1e-12, at);
      assertEquals(row.get("test"), r.test().id(), "test of " + at);
      assertClose("crude p", number(row.get("p_value")), r.pValue(), 1e-9, at);
    }
  }

  @Test
  void zeroCellAddsOneHalfToEveryCellForTheRatiosOnly() {
    // a = 0 of 10, c = 5 of 10: cells become 0.5, 10.5, 5.5, 5.5.
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(0, 10, 5, 10));
    assertEquals(0.0, r.prevalenceExposed(), "prevalences stay raw");
    assertEquals(0.5, r.prevalenceReference());
    assertEquals((0.5 / 11) / (5.5 / 11), r.prevalenceRatio(), 1e-15);
    assertEquals((0.5 * 5.5) / (10.5 * 5.5), r.oddsRatio(), 1e-15);
    double sePr = Math.sqrt(1 / 0.5 - 1 / 11.0 + 1 / 5.5 - 1 / 11.0);
    assertEquals(Math.exp(Math.log(1.0 / 11) - 1.959964 * sePr), r.prCiLow(), 1e-15);
    double seOr = Math.sqrt(1 / 0.5 + 1 / 10.5 + 1 / 5.5 + 1 / 5.5);
    assertEquals(Math.exp(Math.log(0.5 / 10.5) + 1.959964 * seOr), r.orCiHigh(), 1e-14);
    assertEquals(AssociationTest.FISHER_EXACT, r.test());
    // fisher.test(matrix(c(0, 5, 10, 5), 2))$p.value = 0.03250774
    assertEquals(0.03250774, r.pValue(), 1e-8);
    assertEquals(TwoByTwoAnalysis.NOTE_ZERO_CELL, r.note());
  }

  @Test
  void noRespondentsAtTheLevel() {
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(0, 0, 3, 10));
    assertNull(r.prevalenceExposed());
    assertEquals(0.3, r.prevalenceReference());
    assertNoComparison(r);
    assertEquals("no respondents at this level", r.note());
  }

  @Test
  void noRespondentsAtTheReferenceLevel() {
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(2, 10, 0, 0));
    assertEquals(0.2, r.prevalenceExposed());
    assertNull(r.prevalenceReference());
    assertNoComparison(r);
    assertEquals("no respondents at the reference level", r.note());
    assertEquals(
        "no respondents at this level; no respondents at the reference level",
        TwoByTwoAnalysis.analyze(new TwoByTwo(0, 0, 0, 0)).note());
  }

  @Test
  void anOutcomeWithoutCasesFollowsTheZeroCellRuleWithANoteAndFisherPOfOne() {
    // Contract 2.1: a = c = 0, so 0.5 is added to every cell: PR = (0.5/41)/(0.5/61),
    // OR = (0.5 * 60.5)/(40.5 * 0.5).
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(0, 40, 0, 60));
    assertEquals(0.0, r.prevalenceExposed());
    assertEquals(0.0, r.prevalenceReference());
    assertEquals(61.0 / 41.0, r.prevalenceRatio(), 1e-12);
    assertEquals(60.5 / 40.5, r.oddsRatio(), 1e-12);
    double se = Math.sqrt(1 / 0.5 - 1 / 41.0 + 1 / 0.5 - 1 / 61.0);
    assertEquals(Math.exp(Math.log(61.0 / 41.0) - 1.959964 * se), r.prCiLow(), 1e-12);
    assertEquals(AssociationTest.FISHER_EXACT, r.test());
    assertEquals(1.0, r.pValue());
    assertEquals(
        "no cases among these respondents: the ratios reflect only the 0.5 zero-cell correction",
        r.note());
  }

  @Test
  void anOutcomeEveryoneHasFollowsTheZeroCellRuleWithANote() {
    TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(40, 40, 60, 60));
    assertEquals((40.5 / 41.0) / (60.5 / 61.0), r.prevalenceRatio(), 1e-12);
    assertEquals((40.5 * 0.5) / (0.5 * 60.5), r.oddsRatio(), 1e-12);
    assertEquals(1.0, r.pValue());
    assertEquals(
        "every one of these respondents is a case: the ratios reflect only the 0.5 zero-cell"
            + " correction",
        r.note());
  }

  @Test
  void neverNanOrInfinityForAnySmallTable() {
    for (int n1 = 0; n1 <= 7; n1++) {
      for (int n0 = 0; n0 <= 7; n0++) {
        for (int a = 0; a <= n1; a++) {
          for (int c = 0; c <= n0; c++) {
            TwoByTwoResult r = TwoByTwoAnalysis.analyze(new TwoByTwo(a, n1, c, n0));
            for (Double v :
                new Double[] {
                  r.prevalenceExposed(),
                  r.prevalenceReference(),
                  r.prevalenceRatio(),
                  r.prCiLow(),
                  r.prCiHigh(),
                  r.oddsRatio(),
                  r.orCiLow(),
                  r.orCiHigh(),
                  r.pValue()
                }) {
              assertTrue(v == null || Double.isFinite(v), () -> "finite or null: " + r);
            }
            boolean comparable = n1 > 0 && n0 > 0;
            assertEquals(comparable, r.prevalenceRatio() != null, r::toString);
            assertEquals(comparable, r.pValue() != null, r::toString);
            assertNotNull(r.note());
          }
        }
      }
    }
  }

  private static void assertNoComparison(TwoByTwoResult r) {
    assertNull(r.prevalenceRatio());
    assertNull(r.prCiLow());
    assertNull(r.prCiHigh());
    assertNull(r.oddsRatio());
    assertNull(r.orCiLow());
    assertNull(r.orCiHigh());
    assertNull(r.test());
    assertNull(r.pValue());
  }
}
