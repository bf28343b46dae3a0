package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;
import org.ergolens.model.Outcome;
import org.ergolens.stats.AttributionBasis;
import org.ergolens.stats.CaseAttribution;
import org.junit.jupiter.api.Test;

/**
 * A unit's attributable cases are derived from the unit's cases at the level, its cases with a
 * known level of the factor and the organisation's ratio R: they are published only when every one
 * of those is.
 */
class UnitAttributionPrivacyTest {
  private static final Set<Factor> ALL = EnumSet.allOf(Factor.class);
  private static final MinGroupSize K = MinGroupSize.of(5);

  /** n respondents at {@code level} of every factor (0 = reference), with neck cases. */
  private static CovariatePattern pattern(String dept, int level, long n, long neck) {
    int[] levels = new int[Factor.values().length];
    for (Factor f : Factor.values()) {
      levels[f.ordinal()] = Math.min(level, f.levels().size() - 1);
    }
    return withNeck(dept, levels, n, neck);
  }

  private static CovariatePattern withNeck(String dept, int[] levels, long n, long neck) {
    long[] cases = new long[Outcome.values().length];
    cases[Outcome.NECK.ordinal()] = neck;
    cases[Outcome.ANY_REGION.ordinal()] = neck;
    return new CovariatePattern(dept, levels, n, cases, 0);
  }

  private static PublishedMonth publish(List<CovariatePattern> patterns) {
    Map<String, Long> sizes = new TreeMap<>();
    patterns.forEach(p -> sizes.merge(p.department(), p.respondents(), Long::sum));
    RollUpResult units = RollUp.of(K).apply(sizes);
    Map<String, List<String>> rolled = new HashMap<>();
    units.units().values().forEach(u -> rolled.put(u.id(), u.rolledUp()));
    MonthlyAnalysis.Result raw =
        MonthlyAnalysis.run(patterns, ALL, Organisation.none(), units.unitByDepartment(), rolled);
    return new PublicationPolicy(K).apply(raw, units, ALL);
  }

  private static PublishedEffect row(PublishedMonth m, EffectId id) {
    return m.effects().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static final List<CovariatePattern> TWO_UNITS =
      List.of(
          pattern("fin", 0, 20, 4),
          pattern("fin", 1, 20, 10),
          pattern("ops", 0, 20, 3),
          pattern("ops", 1, 20, 9));

  @Test
  void aUnitsCasesAreAttributedWithTheOrganisationsRatio() {
    PublishedMonth m = publish(TWO_UNITS);
    EffectId fin = EffectId.unit("fin", Factor.SITTING_BAND, "4_to_6h", Outcome.NECK);
    PublishedEffect org = row(m, fin.atOrganisation());
    CaseAttribution a = row(m, fin).attribution().orElseThrow();
    // Every factor moves together, so the model estimates the first factor's level: R is the
    // organisation's adjusted prevalence ratio, here the crude one, 19/40 against 7/40.
    assertEquals(AttributionBasis.ADJUSTED, a.basis());
    var adjusted = org.adjusted().orElseThrow().prevalenceRatio();
    double r = 19.0 / 7;
    assertEquals(r, adjusted.ratio(), 1e-9);
    assertEquals(r, a.ratio().ratio(), 1e-12);
    assertEquals(10 * (r - 1) / r, a.cases(), 1e-9);
    assertEquals(10 * (r - 1) / r / 14, a.fraction(), 1e-9);
    double low = adjusted.ciLow();
    double high = adjusted.ciHigh();
    assertEquals(low > 1 ? 10 * (low - 1) / low : 0, a.casesCiLow(), 1e-12);
    assertEquals(10 * (high - 1) / high, a.casesCiHigh(), 1e-12);
  }

  @Test
  void withoutTheUnitsKnownLevelCasesTheAttributionIsWithheld() {
    int[] missingExercise = new int[Factor.values().length];
    missingExercise[Factor.EXERCISE_BAND.ordinal()] = Factor.MISSING;
    List<CovariatePattern> ps = new java.util.ArrayList<>(TWO_UNITS);
    int[] noExercise = new int[Factor.values().length];
    noExercise[Factor.EXERCISE_BAND.ordinal()] = 2;
    ps.add(withNeck("fin", noExercise, 10, 2));
    ps.add(withNeck("fin", missingExercise, 2, 1));
    PublishedMonth m = publish(ps);
    PublishedEffect exercise =
        row(m, EffectId.unit("fin", Factor.EXERCISE_BAND, "1_to_2_days", Outcome.NECK));
    assertFalse(exercise.suppressed(), "the level's own counts are published");
    assertTrue(exercise.crude().isPresent());
    assertTrue(
        exercise.attribution().isEmpty(),
        "2 respondents without an exercise answer: fin's cases with a known level are withheld");
    PublishedEffect sitting =
        row(m, EffectId.unit("fin", Factor.SITTING_BAND, "4_to_6h", Outcome.NECK));
    assertTrue(sitting.attribution().isPresent(), "sitting is known for everyone");
  }

  @Test
  void aWithheldRowPublishesNoAttribution() {
    List<CovariatePattern> ps =
        List.of(
            pattern("fin", 0, 20, 4),
            pattern("fin", 1, 3, 2),
            pattern("ops", 0, 20, 3),
            pattern("ops", 1, 20, 9));
    PublishedMonth m = publish(ps);
    PublishedEffect small =
        row(m, EffectId.unit("fin", Factor.SITTING_BAND, "4_to_6h", Outcome.NECK));
    assertTrue(small.suppressed());
    assertTrue(small.attribution().isEmpty(), "3 respondents at the level: nothing about them");
    assertEquals(null, small.attributableCases());
  }
}
