package org.ergolens.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * One row of {@code department_summary}: a reporting unit's size, cases and prevalence per outcome,
 * exposure shares per factor level and red flags. Values are null where suppressed.
 *
 * @param department the reporting unit's id
 * @param name its display name, or null
 * @param respondents respondents in the unit
 * @param cases cases per outcome (by ordinal); an element is null when suppressed
 * @param levelRespondents respondents per factor level, keyed {@code factor_level}; null =
 *     suppressed
 * @param levelKnown respondents with a known level, per factor id (denominators of the shares)
 * @param redFlags respondents with a red flag
 * @param rolledUp ids of departments folded into this unit
 * @param suppressed whether any value of the row is withheld
 * @param suppressionReason why, or null
 */
public record UnitSummary(
    String department,
    String name,
    Long respondents,
    Long[] cases,
    Map<String, Long> levelRespondents,
    Map<String, Long> levelKnown,
    Long redFlags,
    List<String> rolledUp,
    boolean suppressed,
    String suppressionReason) {

  public UnitSummary {
    cases = cases.clone();
    levelRespondents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levelRespondents));
    levelKnown = Map.copyOf(levelKnown);
    rolledUp = List.copyOf(rolledUp);
  }

  /** Key of a factor level in {@link #levelRespondents()}: {@code monitor_position_laptop_only}. */
  public static String levelKey(Factor f, String level) {
    return f.id() + "_" + level;
  }

  public static UnitSummary of(
      Scope unit, String name, List<String> rolledUp, Set<Factor> factors) {
    Long[] cases = new Long[Outcome.values().length];
    Arrays.fill(cases, 0L);
    long red = 0;
    long n = 0;
    for (var p : unit.patterns()) {
      n += p.respondents();
      red += p.redFlags();
      for (Outcome o : Outcome.values()) {
        cases[o.ordinal()] += p.cases(o);
      }
    }
    Map<String, Long> levels = new LinkedHashMap<>();
    Map<String, Long> known = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      if (!factors.contains(f)) {
        continue;
      }
      LevelCounts lc = LevelCounts.of(unit.patterns(), f);
      for (int l = 0; l < f.levels().size(); l++) {
        levels.put(levelKey(f, f.levels().get(l)), lc.respondents(l));
      }
      known.put(f.id(), lc.knownRespondents());
    }
    return new UnitSummary(
        unit.department(), name, n, cases, levels, known, red, rolledUp, false, null);
  }

  public Long cases(Outcome o) {
    return cases[o.ordinal()];
  }

  /** Cases over respondents, or null when either is withheld or there are no respondents. */
  public Double prevalence(Outcome o) {
    Long c = cases[o.ordinal()];
    return c == null || respondents == null || respondents == 0 ? null : (double) c / respondents;
  }

  /** A level's share of the respondents with a known level of its factor, or null. */
  public Double share(Factor f, String level) {
    Long count = levelRespondents.get(levelKey(f, level));
    Long denominator = levelKnown.get(f.id());
    return count == null || denominator == null || denominator == 0
        ? null
        : (double) count / denominator;
  }

  public Double redFlagShare() {
    return redFlags == null || respondents == null || respondents == 0
        ? null
        : (double) redFlags / respondents;
  }
}
