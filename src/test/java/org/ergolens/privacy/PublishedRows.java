package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.AttributionBasis;
import org.ergolens.stats.AttributionRatio;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.CrudeEffect;

/**
 * Published rows built by hand, for the tests of what reads them (recommendations, trends, the
 * report's writers): every value is chosen by the test, a null stands for a withheld one. In the
 * product only {@link PublicationPolicy} makes these; this test fixture shares its package.
 */
public final class PublishedRows {
  private PublishedRows() {}

  /** A {@code factor_effects} row with every part shown; a null part is withheld. */
  public static PublishedEffect effect(
      EffectId id, CrudeEffect crude, AdjustedRatios adjusted, CaseAttribution attribution) {
    return new PublishedEffect(id, crude, adjusted, attribution, Suppression.NONE);
  }

  /**
   * Attributed cases as a test states them: {@code cases} (95% CI {@code low}–{@code high}) of
   * {@code scopeCases}, with an adjusted ratio whose lower limit is {@code ratioLow} (above 1:
   * credibly raised).
   */
  public static CaseAttribution attribution(
      double cases, double low, double high, double scopeCases, double ratioLow) {
    double ratio = Math.max(ratioLow, 1) * 1.5;
    return new CaseAttribution(
        scopeCases == 0 ? null : cases / scopeCases,
        scopeCases == 0 ? null : low / scopeCases,
        scopeCases == 0 ? null : high / scopeCases,
        cases,
        low,
        high,
        new AttributionRatio(ratio, ratioLow, ratio * 2, AttributionBasis.ADJUSTED));
  }

  /** Credibly raised attributed cases with an interval of ±20%, among 10 times as many cases. */
  public static CaseAttribution attribution(double cases) {
    return attribution(cases, cases * 0.8, cases * 1.2, Math.max(10 * cases, 1), 1.2);
  }

  /** A {@code factor_effects} row withheld for {@code reason}. */
  public static PublishedEffect withheld(EffectId id, SuppressionReason reason) {
    return PublishedEffect.withheld(id, reason);
  }

  /** A published month. */
  public static PublishedMonth month(
      PublishedSummary organisation,
      List<PublishedSummary> units,
      List<PublishedEffect> effects,
      boolean departmentsPublished) {
    return new PublishedMonth(organisation, units, effects, departmentsPublished);
  }

  /** A month of summaries only, with its units published. */
  public static PublishedMonth month(PublishedSummary organisation, PublishedSummary... units) {
    return month(organisation, List.of(units), List.of(), true);
  }

  /** A summary row: {@code of(id, respondents)}, then cases, levels and red flags. */
  public static Summary summary(String department, Long respondents) {
    return new Summary(department, respondents);
  }

  /** Builds a {@link PublishedSummary}; a null count is withheld. */
  public static final class Summary {
    private final String department;
    private final Long respondents;
    private final Map<Outcome, Long> cases = new EnumMap<>(Outcome.class);
    private final Map<String, Long> levels = new LinkedHashMap<>();
    private final Map<Factor, Long> known = new EnumMap<>(Factor.class);
    private String name;
    private Long redFlags;
    private List<String> rolledUp = List.of();
    private Suppression suppression;

    private Summary(String department, Long respondents) {
      this.department = department;
      this.respondents = respondents;
    }

    public Summary name(String displayName) {
      name = displayName;
      return this;
    }

    public Summary cases(Outcome o, Long n) {
      cases.put(o, n);
      return this;
    }

    /** The same count of cases for every outcome. */
    public Summary everyOutcome(Long n) {
      for (Outcome o : Outcome.values()) {
        cases.put(o, n);
      }
      return this;
    }

    /**
     * Respondents per level of {@code f}, in level order; null = withheld. The respondents with a
     * known level are the sum of those shown, unless {@link #known} says otherwise.
     */
    public Summary levels(Factor f, Long... perLevel) {
      long sum = 0;
      for (int i = 0; i < perLevel.length; i++) {
        levels.put(PublishedSummary.levelKey(f, f.levels().get(i)), perLevel[i]);
        sum += perLevel[i] == null ? 0 : perLevel[i];
      }
      known.put(f, sum);
      return this;
    }

    /** The respondents with a known level of {@code f}, e.g. when some levels are withheld. */
    public Summary known(Factor f, Long total) {
      known.put(f, total);
      return this;
    }

    public Summary redFlags(Long n) {
      redFlags = n;
      return this;
    }

    public Summary rolledUp(String... departments) {
      rolledUp = Arrays.asList(departments);
      return this;
    }

    /** The row's suppression; by default below the minimum group size when a value is null. */
    public Summary suppression(SuppressionReason... reasons) {
      suppression = Suppression.of(reasons);
      return this;
    }

    public PublishedSummary build() {
      Suppression s = suppression;
      if (s == null) {
        Set<Object> values = new LinkedHashSet<>();
        values.add(respondents);
        values.add(redFlags);
        values.addAll(cases.values());
        values.addAll(levels.values());
        boolean withheld = values.contains(null) || cases.size() < Outcome.values().length;
        s = withheld ? Suppression.of(SuppressionReason.BELOW_MIN_GROUP_SIZE) : Suppression.NONE;
      }
      return new PublishedSummary(
          department,
          name,
          new ArrayList<>(rolledUp),
          respondents,
          cases,
          levels,
          known,
          redFlags,
          s);
    }
  }
}
