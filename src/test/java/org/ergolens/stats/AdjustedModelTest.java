package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract's adjusted model built from covariate patterns, against R's {@code glm} on the same
 * respondents ({@code glm_fixture.R}: R fits the per-department patterns, this class pools them, so
 * the comparison also checks that pooling leaves the likelihood unchanged).
 */
class AdjustedModelTest {

  private static final Set<Factor> ALL = EnumSet.allOf(Factor.class);
  private static final Set<Factor> CORE =
      EnumSet.of(
          Factor.SITTING_BAND,
          Factor.MONITOR_POSITION,
          Factor.LUMBAR_SUPPORT,
          Factor.BREAK_FREQUENCY);

  @AfterAll
  static void reportAgreementWithR() {
    System.out.println("[stats] " + Fixtures.largestDifferenceReport());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"neck", "lower_back", "any_region"})
  void matchesRWithAllSixFactors(String outcome) {
    AdjustedModelResult result = AdjustedModel.fit(realisticPatterns(), ALL, Outcome.byId(outcome));
    assertTrue(result.fitted(), result.note());
    assertEquals(14, result.parameters());
    assertEquals(2507, result.respondents(), "respondents with both optional factors known");
    assertEquals(493, result.respondentsDropped());
    assertTrue(result.patterns() > 200 && result.patterns() < 768, "pooled: " + result.patterns());
    assertEquals(13, result.effects().size());
    assertEffectsMatchR("realistic", outcome, result);
  }

  @Test
  void withoutTheOptionalFactorsNobodyIsDropped() {
    AdjustedModelResult result = AdjustedModel.fit(realisticPatterns(), CORE, Outcome.NECK);
    assertEquals(0, result.respondentsDropped());
    assertEquals(3000, result.respondents());
    assertEquals(11, result.parameters());
    assertEffectsMatchR("realistic_core", "neck", result);
    assertTrue(result.effect(Factor.DESK_TYPE, "fixed").isEmpty());
  }

  @Test
  void tooFewCasesPerParameterLeavesEveryValueEmpty() {
    AdjustedModelResult result = AdjustedModel.fit(realisticPatterns(), ALL, Outcome.ELBOWS);
    String note = "not fitted: 20 cases for 14 parameters; at least 140 needed";
    assertFalse(result.fitted());
    assertEquals(note, result.note());
    assertNull(result.fit());
    for (AdjustedEffect e : result.effects()) {
      assertNull(e.oddsRatio());
      assertNull(e.ciLow());
      assertNull(e.ciHigh());
      assertNull(e.pValue());
      assertEquals(note, e.note());
    }
  }

  @Test
  void anOutcomeWithoutCasesIsNotFitted() {
    AdjustedModelResult result = AdjustedModel.fit(realisticPatterns(), ALL, Outcome.KNEES);
    assertEquals("not fitted: 0 cases for 14 parameters; at least 140 needed", result.note());
  }

  @Test
  void noPatternsAtAll() {
    AdjustedModelResult result = AdjustedModel.fit(List.of(), ALL, Outcome.NECK);
    assertFalse(result.fitted());
    assertEquals("not fitted: no respondents with every factor of the model known", result.note());
    assertEquals(13, result.effects().size());
  }

  @Test
  void inputOrderAndDepartmentSplitsDoNotChangeTheResult() {
    List<CovariatePattern> shuffled = new ArrayList<>(realisticPatterns());
    Collections.shuffle(shuffled, new Random(42));
    // Split the first pattern with 2+ respondents across two departments.
    CovariatePattern p =
        shuffled.stream()
            .filter(q -> q.respondents() >= 2 && q.cases(Outcome.NECK) >= 1)
            .findFirst()
            .orElseThrow();
    shuffled.remove(p);
    long[] one = new long[Outcome.values().length];
    one[Outcome.NECK.ordinal()] = 1;
    long[] rest = p.cases();
    rest[Outcome.NECK.ordinal()] -= 1;
    shuffled.add(new CovariatePattern("x1", p.levels(), 1, one, 0));
    shuffled.add(new CovariatePattern("x2", p.levels(), p.respondents() - 1, rest, 0));
    assertEquals(
        AdjustedModel.fit(realisticPatterns(), ALL, Outcome.NECK).effects(),
        AdjustedModel.fit(shuffled, ALL, Outcome.NECK).effects());
  }

  @Test
  void anEmptyLevelIsNotEstimableAndNotCounted() {
    Set<Factor> factors =
        EnumSet.of(Factor.SITTING_BAND, Factor.MONITOR_POSITION, Factor.LUMBAR_SUPPORT);
    AdjustedModelResult result =
        AdjustedModel.fit(patternsFromDesign("empty_level", factors), factors, Outcome.NECK);
    assertTrue(result.fitted());
    assertEquals(7, result.parameters(), "the empty level is no parameter");
    AdjustedEffect laptop = result.effect(Factor.MONITOR_POSITION, "laptop_only").orElseThrow();
    assertNull(laptop.oddsRatio());
    assertEquals("not estimable: nobody in the model has this level", laptop.note());
    assertEffectsMatchR("empty_level", "neck", result);
  }

  @Test
  void separationMakesOnlyTheSeparatedLevelsNotEstimable() {
    Set<Factor> factors = EnumSet.of(Factor.SITTING_BAND, Factor.MONITOR_POSITION);
    AdjustedModelResult result =
        AdjustedModel.fit(patternsFromDesign("separation", factors), factors, Outcome.NECK);
    assertTrue(result.fitted());
    AdjustedEffect above = result.effect(Factor.MONITOR_POSITION, "above_eye_level").orElseThrow();
    assertNull(above.oddsRatio());
    assertEquals(AdjustedModel.NOTE_SEPARATED, above.note());
    assertTrue(result.note().startsWith("quasi-complete separation"), result.note());
    assertEffectsMatchR("separation", "neck", result, "monitor_positionabove_eye_level");
  }

  @Test
  void separationInsideTheRealisticModel() {
    // Nobody with a laptop only has neck discomfort: quasi-complete separation on one level of
    // a 14-parameter model over a few hundred patterns. The other 12 effects stay estimable.
    List<CovariatePattern> patterns = new ArrayList<>();
    for (CovariatePattern p : realisticPatterns()) {
      long[] cases = p.cases();
      if (p.level(Factor.MONITOR_POSITION) == 3) {
        cases[Outcome.NECK.ordinal()] = 0;
      }
      patterns.add(new CovariatePattern(p.department(), p.levels(), p.respondents(), cases, 0));
    }
    AdjustedModelResult result = AdjustedModel.fit(patterns, ALL, Outcome.NECK);
    assertTrue(result.fitted(), result.note());
    long estimable = result.effects().stream().filter(e -> e.oddsRatio() != null).count();
    assertEquals(12, estimable);
    assertEquals(
        AdjustedModel.NOTE_SEPARATED,
        result.effect(Factor.MONITOR_POSITION, "laptop_only").orElseThrow().note());
  }

  private static void assertEffectsMatchR(
      String dataset, String outcome, AdjustedModelResult result, String... skip) {
    List<RFits.RCoefficient> r = RFits.coefficients(dataset, outcome);
    int compared = 0;
    for (AdjustedEffect e : result.effects()) {
      String term = e.factor().id() + e.level();
      if (List.of(skip).contains(term)) {
        continue;
      }
      RFits.RCoefficient rc =
          r.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow();
      String at = dataset + "/" + outcome + " " + term;
      if (rc.estimate() == null) {
        assertNull(e.oddsRatio(), at);
        continue;
      }
      double half = Wald.Z_95 * rc.stdError();
      double tolerance = Fixtures.R_TOLERANCE;
      assertClose("adjusted OR", Math.exp(rc.estimate()), e.oddsRatio(), tolerance, at);
      assertClose("adjusted CI", Math.exp(rc.estimate() - half), e.ciLow(), tolerance, at);
      assertClose("adjusted CI", Math.exp(rc.estimate() + half), e.ciHigh(), tolerance, at);
      assertClose("adjusted p", rc.p(), e.pValue(), tolerance, at);
      assertEquals("", e.note(), at);
      compared++;
    }
    assertTrue(compared > 0);
  }

  /** glm_realistic_patterns.csv as the Spark job would hand it over. */
  static List<CovariatePattern> realisticPatterns() {
    List<CovariatePattern> patterns = new ArrayList<>();
    for (Map<String, String> row : Fixtures.csv("glm_realistic_patterns.csv")) {
      int[] levels = new int[Factor.values().length];
      for (Factor f : Factor.values()) {
        String value = row.get(f.id());
        levels[f.ordinal()] = f.indexOf(value.equals("NA") ? null : value);
      }
      long[] cases = new long[Outcome.values().length];
      for (Outcome o :
          List.of(Outcome.NECK, Outcome.LOWER_BACK, Outcome.ELBOWS, Outcome.ANY_REGION)) {
        cases[o.ordinal()] = Long.parseLong(row.get("cases_" + o.id()));
      }
      patterns.add(
          new CovariatePattern(
              row.get("department"), levels, Long.parseLong(row.get("n")), cases, 0));
    }
    return patterns;
  }

  /**
   * Turns an R model matrix back into covariate patterns (factors outside the model at level 0).
   */
  static List<CovariatePattern> patternsFromDesign(String dataset, Set<Factor> factors) {
    RFits.Design d = RFits.design(dataset, "neck");
    List<CovariatePattern> patterns = new ArrayList<>();
    for (int i = 0; i < d.x().length; i++) {
      int[] levels = new int[Factor.values().length];
      for (Factor f : factors) {
        for (int l = 1; l < f.levels().size(); l++) {
          int column = d.terms().indexOf(f.id() + f.levels().get(l));
          if (d.x()[i][column] == 1) {
            levels[f.ordinal()] = l;
          }
        }
      }
      long[] cases = new long[Outcome.values().length];
      cases[Outcome.NECK.ordinal()] = d.cases()[i];
      patterns.add(new CovariatePattern("d", levels, d.trials()[i], cases, 0));
    }
    return patterns;
  }
}
