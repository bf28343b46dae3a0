package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

class PublicationPolicyTest {
  private static final Set<Factor> ALL = EnumSet.allOf(Factor.class);
  private static final MinGroupSize K = MinGroupSize.of(5);

  /** A pattern with every factor at level {@code level} (0 = reference), n respondents. */
  private static CovariatePattern pattern(String dept, int level, long n, long neck, long red) {
    int[] levels = new int[Factor.values().length];
    for (Factor f : Factor.values()) {
      levels[f.ordinal()] = Math.min(level, f.levels().size() - 1);
    }
    long[] cases = new long[Outcome.values().length];
    cases[Outcome.NECK.ordinal()] = neck;
    cases[Outcome.ANY_REGION.ordinal()] = neck;
    return new CovariatePattern(dept, levels, n, cases, red);
  }

  private static PublishedMonth publish(List<CovariatePattern> patterns) {
    Map<String, Long> sizes = new java.util.TreeMap<>();
    patterns.forEach(p -> sizes.merge(p.department(), p.respondents(), Long::sum));
    RollUpResult units = RollUp.of(K).apply(sizes);
    Map<String, List<String>> rolled = new java.util.HashMap<>();
    units.units().values().forEach(u -> rolled.put(u.id(), u.rolledUp()));
    MonthlyAnalysis.Result raw =
        MonthlyAnalysis.run(patterns, ALL, Organisation.none(), units.unitByDepartment(), rolled);
    return new PublicationPolicy(K).apply(raw, units, ALL);
  }

  @Test
  void organisationTotalsArePublishedWhenEveryLevelOfAFactorIsEmptyButOne() {
    List<CovariatePattern> ps = List.of(pattern("fin", 0, 12, 3, 1), pattern("ops", 0, 12, 4, 2));
    PublishedMonth r = publish(ps);
    assertEquals(24L, r.organisation().respondents());
    assertEquals(7L, r.organisation().cases(Outcome.NECK));
  }

  @Test
  void departmentRowsBelowTheMinimumOnEitherSideAreSuppressed() {
    List<CovariatePattern> ps = new ArrayList<>();
    ps.add(pattern("fin", 0, 20, 4, 1));
    ps.add(pattern("fin", 1, 3, 1, 0));
    ps.add(pattern("ops", 0, 10, 2, 0));
    ps.add(pattern("ops", 1, 10, 3, 0));
    PublishedMonth r = publish(ps);
    int checked = 0;
    for (PublishedEffect e : r.effects()) {
      if ("fin".equals(e.id().department())
          && e.id().level().equals(e.id().factor().levels().get(1))) {
        assertTrue(e.suppressed(), e.toString());
        assertTrue(e.crude().isEmpty(), "no count of a withheld row is published");
        checked++;
      }
    }
    assertTrue(checked > 0, "fin's rows at the small level were checked");
  }

  @Test
  void aGroupWhereEveryoneHasTheOutcomeIsNotShown() {
    List<CovariatePattern> ps = List.of(pattern("fin", 0, 8, 8, 0), pattern("ops", 0, 12, 2, 0));
    PublishedMonth r = publish(ps);
    PublishedSummary fin =
        r.units().stream().filter(u -> u.department().equals("fin")).findFirst().orElseThrow();
    assertNull(fin.cases(Outcome.NECK), "all 8 have neck discomfort: withheld");
    assertTrue(fin.suppressionReason().contains("attribute_disclosure"));
    PublishedSummary ops =
        r.units().stream().filter(u -> u.department().equals("ops")).findFirst().orElseThrow();
    assertNull(ops.cases(Outcome.NECK), "ops would reveal fin by subtraction from the total");
    assertFalse(fin.respondents() == null, "the group's size is not sensitive");
  }
}
