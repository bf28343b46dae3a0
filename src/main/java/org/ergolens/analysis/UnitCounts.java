package org.ergolens.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * A reporting unit's (or the organisation's) counts before the privacy rules: what a row of {@code
 * department_summary} is computed from. Immutable.
 *
 * @param department the reporting unit's id, or null for the organisation
 * @param name its display name, or null
 * @param rolledUp ids of the departments folded into the unit
 * @param respondents respondents in the unit
 * @param cases cases per outcome
 * @param levels respondents per level of each factor present, keyed {@code factor_level}
 * @param known respondents with a known level, per factor present
 * @param redFlags respondents with a red flag
 */
public record UnitCounts(
    String department,
    String name,
    List<String> rolledUp,
    long respondents,
    Map<Outcome, Long> cases,
    Map<String, Long> levels,
    Map<Factor, Long> known,
    long redFlags) {

  /** Copies every collection; the accessors return unmodifiable views. */
  public UnitCounts {
    rolledUp = List.copyOf(rolledUp);
    cases = Collections.unmodifiableMap(new EnumMap<>(cases));
    levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    known = Collections.unmodifiableMap(new EnumMap<>(known));
  }

  /** The counts of a group's patterns, for the factors present. */
  public static UnitCounts of(
      RespondentGroup group, String name, List<String> rolledUp, Set<Factor> factors) {
    Map<Outcome, Long> cases = new EnumMap<>(Outcome.class);
    long red = 0;
    long n = 0;
    for (Outcome o : Outcome.values()) {
      cases.put(o, 0L);
    }
    for (CovariatePattern p : group.patterns()) {
      n += p.respondents();
      red += p.redFlags();
      for (Outcome o : Outcome.values()) {
        cases.merge(o, p.cases(o), Long::sum);
      }
    }
    Map<String, Long> levels = new LinkedHashMap<>();
    Map<Factor, Long> known = new EnumMap<>(Factor.class);
    for (Factor f : Factor.values()) {
      if (!factors.contains(f)) {
        continue;
      }
      LevelCounts lc = LevelCounts.of(group.patterns(), f);
      for (int l = 0; l < f.levels().size(); l++) {
        levels.put(levelKey(f, f.levels().get(l)), lc.respondents(l));
      }
      known.put(f, lc.knownRespondents());
    }
    return new UnitCounts(group.department(), name, rolledUp, n, cases, levels, known, red);
  }

  public long cases(Outcome o) {
    return cases.get(o);
  }

  /** Respondents at one level of a factor present. */
  public long respondentsAt(Factor f, String level) {
    return levels.get(levelKey(f, level));
  }

  private static String levelKey(Factor f, String level) {
    return f.id() + "_" + level;
  }
}
