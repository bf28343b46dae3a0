package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grouped Poisson fit with its pattern-count sandwich against R's {@code glm(case ~ 0 + X,
 * family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100))} and {@code
 * sandwich::vcovHC(fit, type = "HC0")} fitted to one row per respondent ({@code
 * prevalence_ratio_fixture.R}).
 */
class PoissonRegressionTest {

  private static final PoissonRegression POISSON = PoissonRegression.withDefaults();

  @AfterAll
  static void reportAgreementWithR() {
    System.out.println("[stats] " + Fixtures.largestDifferenceReport());
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "realistic, neck",
    "realistic, lower_back",
    "realistic, any_region",
    "small, neck",
    "empty_level, neck",
    "above_one, neck",
    "all_cases_level, neck"
  })
  void matchesRsGlmWithTheHc0Sandwich(String dataset, String outcome) {
    RFits.Design d = RFits.design(dataset, outcome);
    PoissonFit fit = POISSON.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.CONVERGED, fit.status(), fit.note());
    assertTrue(fit.converged());
    assertRatiosMatchR(dataset, outcome, d, fit, List.of());
    Map<String, String> r = RFits.poissonFit(dataset, outcome);
    assertClose(
        "poisson deviance",
        Double.valueOf(r.get("deviance")),
        fit.deviance(),
        Fixtures.R_TOLERANCE,
        dataset + "/" + outcome);
    assertEquals(Integer.parseInt(r.get("rank")), fit.rank(), "rank");
    assertClose(
        "poisson largest mu",
        Double.valueOf(r.get("max_fitted")),
        fit.largestFittedMean(),
        Fixtures.R_TOLERANCE,
        dataset + "/" + outcome);
    assertEquals(Long.parseLong(r.get("respondents_above_one")), fit.respondentsFittedAboveOne());
    assertTrue(fit.iterations() <= 12, "iterations: " + fit.iterations());
  }

  @Test
  void fittedPrevalencesAboveOneAreKeptAndCounted() {
    // Long sitting without lumbar support: the multiplied ratios give a fitted prevalence of
    // 1.19 for the 12 respondents of that pattern. R keeps the fit, and so does this class.
    RFits.Design d = RFits.design("above_one", "neck");
    PoissonFit fit = POISSON.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.CONVERGED, fit.status());
    assertEquals("", fit.note());
    assertEquals(12, fit.respondentsFittedAboveOne());
    assertTrue(fit.largestFittedMean() > 1.18, "largest mu " + fit.largestFittedMean());
  }

  @Test
  void aLevelOfOnlyCasesIsEstimableUnlikeInTheLogisticModel() {
    RFits.Design d = RFits.design("all_cases_level", "neck");
    int laptop = d.terms().indexOf("monitor_positionlaptop_only");
    LogisticFit logistic = LogisticRegression.withDefaults().fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.SEPARATION, logistic.status());
    assertEquals(Coefficient.Status.SEPARATED, logistic.coefficient(laptop).status());
    PoissonFit poisson = POISSON.fit(d.x(), d.trials(), d.cases());
    assertEquals(Coefficient.Status.ESTIMATED, poisson.coefficient(laptop).status());
  }

  @Test
  void anEmptyColumnIsAliasedLikeRsNa() {
    RFits.Design d = RFits.design("empty_level", "neck");
    PoissonFit fit = POISSON.fit(d.x(), d.trials(), d.cases());
    Coefficient c = fit.coefficient(d.terms().indexOf("monitor_positionlaptop_only"));
    assertEquals(Coefficient.Status.ALIASED, c.status());
    assertNull(c.ratio());
    assertEquals(
        "1 coefficient(s) not estimable: their columns are empty or combinations of other"
            + " columns (aliased)",
        fit.note());
  }

  @Test
  void aLevelWithoutCasesHasNoFiniteEstimate() {
    // No case with a monitor above eye level. R's estimate drifts to −30 and, worse, its robust
    // standard error stays small (0.19), so R would print a "significant" ratio of 7e-14. Here
    // that ratio is not estimable; the other ratios match R.
    RFits.Design d = RFits.design("separation", "neck");
    PoissonFit fit = POISSON.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.SEPARATION, fit.status());
    String above = "monitor_positionabove_eye_level";
    assertEquals(Coefficient.Status.SEPARATED, fit.coefficient(d.terms().indexOf(above)).status());
    assertRatiosMatchR("separation", "neck", d, fit, List.of(above));
    assertClose(
        "poisson deviance",
        Double.valueOf(RFits.poissonFit("separation", "neck").get("deviance")),
        fit.deviance(),
        Fixtures.R_TOLERANCE,
        "separation/neck");
    assertEquals(
        "no finite estimate for 1 coefficient(s): some levels, or combinations of levels, have no"
            + " cases; 4 pattern(s) without cases were left out of the fit",
        fit.note());
  }

  @Test
  void noCaseAtTheReferenceLevelTakesTheInterceptAndTheFactor() {
    RFits.Design d = RFits.design("separation_reference", "neck");
    PoissonFit fit = POISSON.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.SEPARATION, fit.status());
    List<String> diverging =
        List.of("(Intercept)", "sitting_band4_to_6h", "sitting_band6_to_8h", "sitting_band8h_plus");
    for (String term : diverging) {
      assertEquals(
          Coefficient.Status.SEPARATED, fit.coefficient(d.terms().indexOf(term)).status(), term);
    }
    assertRatiosMatchR("separation_reference", "neck", d, fit, diverging);
  }

  @Test
  void aLevelWithoutCasesInsideTheRealisticModel() {
    RFits.Design d = RFits.design("realistic_no_laptop_cases", "neck");
    PoissonFit fit = POISSON.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.SEPARATION, fit.status());
    String laptop = "monitor_positionlaptop_only";
    assertEquals(Coefficient.Status.SEPARATED, fit.coefficient(d.terms().indexOf(laptop)).status());
    assertEquals(13, fit.rank());
    assertRatiosMatchR("realistic_no_laptop_cases", "neck", d, fit, List.of(laptop));
  }

  @Test
  void theSandwichIsTheSumOverRespondents() {
    // The grouped meat must equal the meat of the expanded respondents, computed naively.
    RFits.Design d = RFits.design("small", "neck");
    PoissonFit grouped = POISSON.fit(d.x(), d.trials(), d.cases());
    int rows = (int) Arrays.stream(d.trials()).sum();
    double[][] x = new double[rows][];
    long[] one = new long[rows];
    long[] y = new long[rows];
    int k = 0;
    for (int i = 0; i < d.x().length; i++) {
      for (int r = 0; r < d.trials()[i]; r++, k++) {
        x[k] = d.x()[i];
        one[k] = 1;
        y[k] = r < d.cases()[i] ? 1 : 0;
      }
    }
    PoissonFit individual = POISSON.fit(x, one, y);
    for (int j = 0; j < d.terms().size(); j++) {
      Coefficient g = grouped.coefficient(j);
      Coefficient i = individual.coefficient(j);
      assertEquals(i.estimate(), g.estimate(), 1e-10 * Math.abs(i.estimate()) + 1e-12);
      assertEquals(i.standardError(), g.standardError(), 1e-10 * i.standardError());
    }
    assertEquals(individual.deviance(), grouped.deviance(), 1e-9 * grouped.deviance());
  }

  @Test
  void anOutcomeWithoutVariationIsNotFitted() {
    double[][] x = {{1, 0}, {1, 1}};
    PoissonFit none = POISSON.fit(x, new long[] {10, 10}, new long[] {0, 0});
    assertEquals(FitStatus.NO_VARIATION, none.status());
    assertEquals("not fitted: the outcome has no cases", none.note());
    assertNull(none.deviance());
    assertNull(none.largestFittedMean());
    PoissonFit all = POISSON.fit(x, new long[] {10, 10}, new long[] {10, 10});
    assertEquals(FitStatus.NO_VARIATION, all.status());
    assertEquals("not fitted: every respondent is a case", all.note());
    assertTrue(all.coefficients().stream().noneMatch(Coefficient::estimable));
    assertEquals(FitStatus.NO_DATA, POISSON.fit(x, new long[] {0, 0}, new long[] {0, 0}).status());
  }

  @Test
  void tooFewIterationsIsReportedAsNotConverged() {
    RFits.Design d = RFits.design("realistic", "neck");
    PoissonFit fit = POISSON.withMaxIterations(2).fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.NOT_CONVERGED, fit.status());
    assertFalse(fit.converged());
    assertEquals("not fitted: the estimates did not converge in 2 iterations", fit.note());
    assertTrue(fit.coefficients().stream().noneMatch(Coefficient::estimable));
  }

  @Test
  void rejectsInconsistentInput() {
    double[][] x = {{1, 0}, {1, 1}};
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> POISSON.fit(x, new long[] {10, 10}, new long[] {11, 0}));
    assertEquals("Cannot fit: row 0 has 11 successes in 10 trials", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> POISSON.fit(x, new long[] {10}, new long[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> POISSON.withMaxIterations(1));
  }

  /**
   * Compares every ratio R estimated, except {@code skip}, with relative 1e-6: the ratio, its
   * robust standard error, the CI bounds and the p-value.
   */
  static void assertRatiosMatchR(
      String dataset, String outcome, RFits.Design d, PoissonFit fit, List<String> skip) {
    int compared = 0;
    for (RFits.RRatio r : RFits.poissonCoefficients(dataset, outcome)) {
      if (skip.contains(r.term())) {
        continue;
      }
      Coefficient c = fit.coefficient(d.terms().indexOf(r.term()));
      String at = dataset + "/" + outcome + " " + r.term();
      double tolerance = Fixtures.R_TOLERANCE;
      if (r.estimate() == null) {
        assertFalse(c.estimable(), at + ": R gives NA");
        continue;
      }
      assertClose("poisson PR", r.ratio(), c.ratio(), tolerance, at);
      assertClose("poisson CI", r.ciLow(), c.ciLow(), tolerance, at);
      assertClose("poisson CI", r.ciHigh(), c.ciHigh(), tolerance, at);
      assertClose("poisson robust se", r.robustStdError(), c.standardError(), tolerance, at);
      assertClose("poisson p", r.p(), c.pValue(), tolerance, at);
      compared++;
    }
    assertTrue(compared > 0, "compared with R: " + compared);
  }
}
