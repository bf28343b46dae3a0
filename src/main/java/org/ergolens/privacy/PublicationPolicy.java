package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Applies the privacy rules of the data contract (section 3) to a month's analysis before anything
 * is written. One {@link PublishedCells} decision per attribute (respondent counts, each outcome's
 * cases, red flags) covers every table: a number is published only when every count it is computed
 * from is published, so the department summary, the factor effects and the organisation totals can
 * never be combined to recover a withheld value.
 */
public final class PublicationPolicy {
  private final MinGroupSize k;

  public PublicationPolicy(MinGroupSize k) {
    this.k = k;
  }

  /**
   * The published form of the analysis.
   *
   * @param raw the analysis of the reporting units of {@code rollUp}
   * @param rollUp the reporting units; when it withholds department-level numbers, every unit row
   *     and department-scope effect is withheld and only organisation-wide numbers remain
   */
  public MonthlyAnalysis.Result apply(
      MonthlyAnalysis.Result raw, RollUpResult rollUp, Set<Factor> factors) {
    boolean unitsPublishable = rollUp.departmentLevelPublishable();
    PublishedCells cells = PublishedCells.decide(raw, factors, unitsPublishable, k);
    List<FactorEffect> effects = new ArrayList<>();
    Set<String> withheldOrganisationRatios = new java.util.HashSet<>();
    for (FactorEffect e : raw.effects()) {
      if (e.scope().equals(FactorEffect.SCOPE_ORGANIZATION)) {
        FactorEffect published = organisationEffect(e, cells);
        if (published.prevalenceRatio() == null) {
          withheldOrganisationRatios.add(key(e));
        }
        effects.add(published);
      }
    }
    for (FactorEffect e : raw.effects()) {
      if (!e.scope().equals(FactorEffect.SCOPE_ORGANIZATION)) {
        FactorEffect published =
            unitsPublishable
                ? unitEffect(e, cells)
                : e.suppress(SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN.id());
        // Levin's attributable cases are built on the organisation's ratio: where that ratio is
        // withheld, so are they, or the ratio could be worked back out of them.
        effects.add(
            !published.suppressed() && withheldOrganisationRatios.contains(key(e))
                ? published.withoutAttribution()
                : published);
      }
    }
    List<UnitSummary> units = new ArrayList<>();
    for (UnitSummary u : raw.summaries()) {
      units.add(
          unitsPublishable
              ? summary(u, u.department(), cells, factors)
              : withheld(u, SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN.id()));
    }
    UnitSummary org =
        summary(raw.organisationSummary(), PublishedCells.ORGANISATION, cells, factors);
    return new MonthlyAnalysis.Result(raw.organisation(), raw.units(), effects, units, org);
  }

  private static FactorEffect organisationEffect(FactorEffect e, PublishedCells cells) {
    Factor f = Factor.byId(e.factor());
    Outcome o = Outcome.byId(e.outcome());
    String reason =
        cells.firstReason(
            o,
            List.of(
                cells.organisationLevel(f, e.level()),
                cells.organisationLevel(f, e.referenceLevel())));
    if (reason != null) {
      return e.suppress(reason);
    }
    return cells.knownTotalsPublished(PublishedCells.ORGANISATION, f, o)
        ? e
        : e.withoutAttribution();
  }

  private static FactorEffect unitEffect(FactorEffect e, PublishedCells cells) {
    Factor f = Factor.byId(e.factor());
    Outcome o = Outcome.byId(e.outcome());
    String reason =
        cells.firstReason(
            o,
            List.of(
                cells.unitLevel(f, e.department(), e.level()),
                cells.unitLevel(f, e.department(), e.referenceLevel())));
    if (reason != null) {
      return e.suppress(reason);
    }
    return cells.knownTotalsPublished(e.department(), f, o) ? e : e.withoutAttribution();
  }

  private static String key(FactorEffect e) {
    return e.factor() + "|" + e.level() + "|" + e.outcome();
  }

  /** A unit's (or the organisation's) summary with every withheld value set to null. */
  private static UnitSummary summary(
      UnitSummary u, String row, PublishedCells cells, Set<Factor> factors) {
    Set<String> reasons = new LinkedHashSet<>();
    String total = cells.total(row);
    String respondentsReason = cells.reason(null, total);
    Long respondents = respondentsReason == null ? u.respondents() : null;
    addIfNotNull(reasons, respondentsReason);
    Long[] cases = new Long[Outcome.values().length];
    for (Outcome o : Outcome.values()) {
      String r = respondentsReason != null ? respondentsReason : cells.reason(o, total);
      cases[o.ordinal()] = r == null ? u.cases(o) : null;
      addIfNotNull(reasons, r);
    }
    Map<String, Long> levels = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      if (!factors.contains(f)) {
        continue;
      }
      boolean knownPublished =
          respondents != null && (!f.optional() || cells.readable(null, cells.missingCell(row, f)));
      for (String level : f.levels()) {
        String key = UnitSummary.levelKey(f, level);
        String r = cells.reason(null, cells.cellOf(row, f, level));
        levels.put(key, knownPublished && r == null ? u.levelRespondents().get(key) : null);
        addIfNotNull(reasons, r);
      }
    }
    String redReason =
        respondentsReason != null
            ? respondentsReason
            : cells.reason(PublishedCells.RED_FLAGS, total);
    addIfNotNull(reasons, redReason);
    Long red = redReason == null ? u.redFlags() : null;
    return new UnitSummary(
        u.department(),
        u.name(),
        respondents,
        cases,
        levels,
        u.levelKnown(),
        red,
        u.rolledUp(),
        !reasons.isEmpty(),
        reasons.isEmpty() ? null : String.join(";", reasons));
  }

  private static UnitSummary withheld(UnitSummary u, String reason) {
    Long[] none = new Long[u.cases().length];
    Map<String, Long> levels = new LinkedHashMap<>();
    u.levelRespondents().keySet().forEach(key -> levels.put(key, null));
    return new UnitSummary(
        u.department(),
        u.name(),
        null,
        none,
        levels,
        u.levelKnown(),
        null,
        u.rolledUp(),
        true,
        reason);
  }

  private static void addIfNotNull(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }
}
