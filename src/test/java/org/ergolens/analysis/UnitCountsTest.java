package org.ergolens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

/** A unit's counts add up its patterns and cannot be changed once made. */
class UnitCountsTest {
  private static CovariatePattern pattern(int level, long n, long neck) {
    int[] levels = new int[Factor.values().length];
    for (Factor f : Factor.values()) {
      levels[f.ordinal()] = Math.min(level, f.levels().size() - 1);
    }
    long[] cases = new long[Outcome.values().length];
    cases[Outcome.NECK.ordinal()] = neck;
    return new CovariatePattern("fin", levels, n, cases, 1);
  }

  @Test
  void addsUpThePatternsOfTheGroup() {
    UnitCounts u =
        UnitCounts.of(
            new RespondentGroup("fin", List.of(pattern(0, 6, 2), pattern(1, 4, 3))),
            "Finance",
            List.of("fin-ap"),
            EnumSet.of(Factor.LUMBAR_SUPPORT));
    assertEquals(10, u.respondents());
    assertEquals(5, u.cases(Outcome.NECK));
    assertEquals(0, u.cases(Outcome.KNEES));
    assertEquals(6, u.respondentsAt(Factor.LUMBAR_SUPPORT, "yes"));
    assertEquals(4, u.respondentsAt(Factor.LUMBAR_SUPPORT, "no"));
    assertEquals(10, u.known().get(Factor.LUMBAR_SUPPORT));
    assertEquals(2, u.redFlags());
  }

  @Test
  void neitherTheCallersCollectionsNorTheAccessorsChangeIt() {
    Map<Outcome, Long> cases = new EnumMap<>(Outcome.class);
    cases.put(Outcome.NECK, 3L);
    Map<String, Long> levels = new LinkedHashMap<>();
    levels.put("lumbar_support_yes", 6L);
    Map<Factor, Long> known = new EnumMap<>(Factor.class);
    known.put(Factor.LUMBAR_SUPPORT, 6L);
    UnitCounts u = new UnitCounts("fin", null, List.of(), 6, cases, levels, known, 0);

    cases.put(Outcome.NECK, 99L);
    levels.put("lumbar_support_yes", 99L);
    known.put(Factor.LUMBAR_SUPPORT, 99L);
    assertEquals(3, u.cases(Outcome.NECK), "the caller's map was copied");
    assertEquals(6, u.respondentsAt(Factor.LUMBAR_SUPPORT, "yes"));
    assertEquals(6, u.known().get(Factor.LUMBAR_SUPPORT));

    assertThrows(UnsupportedOperationException.class, () -> u.cases().put(Outcome.NECK, 1L));
    assertThrows(UnsupportedOperationException.class, () -> u.levels().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> u.known().remove(Factor.LUMBAR_SUPPORT));
    assertThrows(UnsupportedOperationException.class, () -> u.rolledUp().add("x"));
  }
}
