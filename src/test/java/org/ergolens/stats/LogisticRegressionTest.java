package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IRLS fit against R's {@code glm(cbind(cases, n - cases) ~ ..., family = binomial, control =
 * glm.control(epsilon = 1e-14, maxit = 100))} on the designs that {@code glm_fixture.R} wrote.
 */
class LogisticRegressionTest {

  private static final LogisticRegression GLM = LogisticRegression.withDefaults();

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
    "empty_level, neck"
  })
  void matchesRsGlm(String dataset, String outcome) {
    RFits.Design d = RFits.design(dataset, outcome);
    LogisticFit fit = GLM.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.CONVERGED, fit.status(), fit.note());
    assertTrue(fit.converged());
    assertCoefficientsMatchR(dataset, outcome, d, fit, List.of());
    Map<String, String> r = RFits.fit(dataset, outcome);
    assertClose(
        "glm deviance",
        Double.valueOf(r.get("deviance")),
        fit.deviance(),
        Fixtures.R_TOLERANCE,
        dataset + "/" + outcome);
    assertEquals(Integer.parseInt(r.get("rank")), fit.rank(), "rank");
    assertTrue(fit.iterations() <= 12, "iterations: " + fit.iterations());
  }

  @Test
  void anEmptyColumnIsAliasedLikeRsNa() {
    RFits.Design d = RFits.design("empty_level", "neck");
    LogisticFit fit = GLM.fit(d.x(), d.trials(), d.cases());
    int laptop = d.terms().indexOf("monitor_positionlaptop_only");
    Coefficient c = fit.coefficient(laptop);
    assertEquals(Coefficient.Status.ALIASED, c.status());
    assertFalse(c.estimable());
    assertNull(c.estimate());
    assertNull(c.ratio());
    assertEquals(
        "1 coefficient(s) not estimable: their columns are empty or combinations of other"
            + " columns (aliased)",
        fit.note());
  }

  @Test
  void aDuplicatedColumnIsAliasedAndTheFirstCopyEstimated() {
    RFits.Design d = RFits.design("small", "neck");
    double[][] x = new double[d.x().length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = java.util.Arrays.copyOf(d.x()[i], d.terms().size() + 1);
      x[i][d.terms().size()] = d.x()[i][1];
    }
    LogisticFit fit = GLM.fit(x, d.trials(), d.cases());
    assertEquals(Coefficient.Status.ALIASED, fit.coefficient(d.terms().size()).status());
    assertCoefficientsMatchR("small", "neck", d, fit, List.of());
  }

  @Test
  void quasiCompleteSeparationByOneLevel() {
    // No case among those with a monitor above eye level. R's estimate for that level drifts to
    // -31 with SE 1.1e7 (meaningless); the other coefficients converge and are compared.
    RFits.Design d = RFits.design("separation", "neck");
    LogisticFit fit = GLM.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.SEPARATION, fit.status());
    String above = "monitor_positionabove_eye_level";
    assertEquals(Coefficient.Status.SEPARATED, fit.coefficient(d.terms().indexOf(above)).status());
    assertCoefficientsMatchR("separation", "neck", d, fit, List.of(above));
    assertClose(
        "glm deviance",
        Double.valueOf(RFits.fit("separation", "neck").get("deviance")),
        fit.deviance(),
        Fixtures.R_TOLERANCE,
        "separation/neck");
    assertEquals(
        "quasi-complete separation: 1 coefficient(s) have no finite estimate; 4 perfectly"
            + " predicted pattern(s) were left out of the fit",
        fit.note());
  }

  @Test
  void separationAtTheReferenceLevelTakesTheInterceptAndTheFactor() {
    // No case at the reference sitting band: the intercept and all sitting_band coefficients
    // diverge in R (about ∓32); the monitor_position coefficients converge and are compared.
    RFits.Design d = RFits.design("separation_reference", "neck");
    LogisticFit fit = GLM.fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.SEPARATION, fit.status());
    List<String> diverging =
        List.of("(Intercept)", "sitting_band4_to_6h", "sitting_band6_to_8h", "sitting_band8h_plus");
    for (String term : diverging) {
      assertEquals(
          Coefficient.Status.SEPARATED, fit.coefficient(d.terms().indexOf(term)).status(), term);
    }
    assertCoefficientsMatchR("separation_reference", "neck", d, fit, diverging);
  }

  @Test
  void completeSeparationEstimatesNothing() {
    double[][] x = {{1, 0}, {1, 1}};
    LogisticFit fit = GLM.fit(x, new long[] {10, 10}, new long[] {0, 10});
    assertEquals(FitStatus.SEPARATION, fit.status());
    assertFalse(fit.converged());
    assertTrue(fit.coefficients().stream().noneMatch(Coefficient::estimable));
    assertTrue(fit.note().startsWith("complete separation"), fit.note());
  }

  @Test
  void anOutcomeWithoutVariationIsNotFitted() {
    double[][] x = {{1, 0}, {1, 1}};
    LogisticFit none = GLM.fit(x, new long[] {10, 10}, new long[] {0, 0});
    assertEquals(FitStatus.NO_VARIATION, none.status());
    assertEquals("not fitted: the outcome has no cases", none.note());
    assertNull(none.deviance());
    assertTrue(
        none.coefficients().stream()
            .allMatch(c -> c.status() == Coefficient.Status.NOT_FITTED && c.estimate() == null));
    LogisticFit all = GLM.fit(x, new long[] {10, 10}, new long[] {10, 10});
    assertEquals(FitStatus.NO_VARIATION, all.status());
    assertEquals("not fitted: every respondent is a case", all.note());
  }

  @Test
  void rowsWithoutTrialsAreIgnoredAndNoDataIsNotFitted() {
    double[][] x = {{1, 0}, {1, 1}};
    assertEquals(FitStatus.NO_DATA, GLM.fit(x, new long[] {0, 0}, new long[] {0, 0}).status());
    RFits.Design d = RFits.design("small", "neck");
    double[][] padded = java.util.Arrays.copyOf(d.x(), d.x().length + 1);
    padded[d.x().length] = new double[] {1, 1, 1, 1, 1};
    long[] n = java.util.Arrays.copyOf(d.trials(), d.trials().length + 1);
    long[] y = java.util.Arrays.copyOf(d.cases(), d.cases().length + 1);
    assertCoefficientsMatchR("small", "neck", d, GLM.fit(padded, n, y), List.of());
  }

  @Test
  void tooFewIterationsIsReportedAsNotConverged() {
    RFits.Design d = RFits.design("realistic", "neck");
    LogisticFit fit = GLM.withMaxIterations(2).fit(d.x(), d.trials(), d.cases());
    assertEquals(FitStatus.NOT_CONVERGED, fit.status());
    assertEquals("not fitted: the estimates did not converge in 2 iterations", fit.note());
    assertTrue(fit.coefficients().stream().noneMatch(Coefficient::estimable));
  }

  @Test
  void rejectsInconsistentInput() {
    double[][] x = {{1, 0}, {1, 1}};
    assertThrows(
        IllegalArgumentException.class, () -> GLM.fit(x, new long[] {10}, new long[] {0, 0}));
    assertThrows(
        IllegalArgumentException.class, () -> GLM.fit(x, new long[] {10, 10}, new long[] {11, 0}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GLM.fit(
                new double[][] {{1, Double.NaN}, {1, 1}}, new long[] {1, 1}, new long[] {0, 1}));
    assertThrows(IllegalArgumentException.class, () -> GLM.withMaxIterations(1));
  }

  /** Compares every coefficient R estimated, except {@code skip}, with relative 1e-6. */
  static void assertCoefficientsMatchR(
      String dataset, String outcome, RFits.Design d, LogisticFit fit, List<String> skip) {
    for (RFits.RCoefficient r : RFits.coefficients(dataset, outcome)) {
      if (skip.contains(r.term())) {
        continue;
      }
      Coefficient c = fit.coefficient(d.terms().indexOf(r.term()));
      String at = dataset + "/" + outcome + " " + r.term();
      double tolerance = Fixtures.R_TOLERANCE;
      assertClose("glm estimate", r.estimate(), c.estimate(), tolerance, at);
      assertClose("glm std. error", r.stdError(), c.standardError(), tolerance, at);
      assertClose("glm z", r.z(), c.z(), tolerance, at);
      assertClose("glm p", r.p(), c.pValue(), tolerance, at);
      if (r.estimate() != null) {
        double half = Wald.Z_95 * r.stdError();
        assertClose("glm OR", Math.exp(r.estimate()), c.ratio(), tolerance, at);
        assertClose("glm CI", Math.exp(r.estimate() - half), c.ciLow(), tolerance, at);
        assertClose("glm CI", Math.exp(r.estimate() + half), c.ciHigh(), tolerance, at);
      }
    }
  }
}
