package org.ergolens.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Hand-built published rows for the ranking tests: {@code factor_effects} rows with only the
 * columns the ranking reads, and {@code department_summary} rows built level by level. A null
 * stands for a withheld value, as after the privacy rules.
 */
final class Published {
  private Published() {}

  /** An organisation-scope row: prevalence ratio and Miettinen attributable cases. */
  static FactorEffect organisation(
      Factor f, String level, Outcome o, Double ratio, Double attributable) {
    return effect(FactorEffect.SCOPE_ORGANIZATION, null, f, level, o, ratio, attributable);
  }

  /** A department-scope row: the unit's Levin attributable cases. */
  static FactorEffect unit(
      String department, Factor f, String level, Outcome o, Double attributable) {
    return effect(FactorEffect.SCOPE_DEPARTMENT, department, f, level, o, 1.0, attributable);
  }

  /** A department-scope row withheld by the privacy rules. */
  static FactorEffect withheld(String department, Factor f, String level, Outcome o) {
    return unit(department, f, level, o, null).suppress("below_min_group_size");
  }

  private static FactorEffect effect(
      String scope,
      String department,
      Factor f,
      String level,
      Outcome o,
      Double ratio,
      Double attributable) {
    return new FactorEffect(
        scope,
        department,
        f.id(),
        level,
        f.reference(),
        o.id(),
        100L,
        30L,
        100L,
        10L,
        0.3,
        0.1,
        ratio,
        null,
        null,
        null,
        null,
        null,
        "chi_square",
        0.01,
        0.02,
        null,
        null,
        null,
        null,
        null,
        null,
        attributable,
        false,
        null);
  }

  /** Builds a {@link UnitSummary}: respondents, then cases, levels and red flags. */
  static final class Unit {
    private final String department;
    private final Long respondents;
    private final Long[] cases = new Long[Outcome.values().length];
    private final Map<String, Long> levels = new LinkedHashMap<>();
    private final Map<String, Long> known = new LinkedHashMap<>();
    private Long redFlags;
    private List<String> rolledUp = List.of();

    private Unit(String department, Long respondents) {
      this.department = department;
      this.respondents = respondents;
    }

    /** A unit (or, with a null id, the organisation) of {@code respondents}. */
    static Unit of(String department, Long respondents) {
      return new Unit(department, respondents);
    }

    Unit cases(Outcome o, Long n) {
      cases[o.ordinal()] = n;
      return this;
    }

    /** Respondents per level of {@code f}, in level order; null = withheld. */
    Unit levels(Factor f, Long... perLevel) {
      long sum = 0;
      for (int i = 0; i < perLevel.length; i++) {
        levels.put(UnitSummary.levelKey(f, f.levels().get(i)), perLevel[i]);
        sum += perLevel[i] == null ? 0 : perLevel[i];
      }
      known.put(f.id(), sum);
      return this;
    }

    /** The known total of {@code f} when some levels are withheld. */
    Unit known(Factor f, long total) {
      known.put(f.id(), total);
      return this;
    }

    Unit redFlags(Long n) {
      redFlags = n;
      return this;
    }

    Unit rolledUp(String... departments) {
      rolledUp = Arrays.asList(departments);
      return this;
    }

    UnitSummary build() {
      boolean suppressed =
          respondents == null
              || redFlags == null
              || Arrays.stream(cases).anyMatch(c -> c == null)
              || levels.containsValue(null);
      Long[] all = Arrays.stream(cases).toArray(Long[]::new);
      return new UnitSummary(
          department,
          null,
          respondents,
          all,
          levels,
          known,
          redFlags,
          new ArrayList<>(rolledUp),
          suppressed,
          suppressed ? "below_min_group_size" : null);
    }
  }
}
