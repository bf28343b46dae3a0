package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.analysis.RespondentGroup;
import org.ergolens.analysis.UnitCounts;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Applies the privacy rules of the data contract (section 3) to a month's analysis before anything
 * is written, and is the only maker of a {@link PublishedMonth}. One {@link PublishableCells}
 * decision per attribute (respondent counts, each outcome's cases, red flags) covers every table: a
 * number is published only when every count it is computed from is published, so the department
 * summary, the factor effects and the organisation totals can never be combined to recover a
 * withheld value.
 */
public final class PublicationPolicy {
  private final MinGroupSize k;
  private final MinCellCount m;

  /** The contract's rules with minimum group size {@code k} and no small-count rule. */
  public PublicationPolicy(MinGroupSize k) {
    this(k, MinCellCount.OFF);
  }

  /** The rules with minimum group size {@code k} and small counts below {@code m} withheld. */
  public PublicationPolicy(MinGroupSize k, MinCellCount m) {
    this.k = k;
    this.m = m;
  }

  /**
   * The published form of the analysis.
   *
   * @param raw the analysis of the reporting units of {@code rollUp}
   * @param rollUp the reporting units; when it withholds department-level numbers, every unit row
   *     and department-scope effect is withheld and only organisation-wide numbers remain
   */
  public PublishedMonth apply(
      MonthlyAnalysis.Result raw, RollUpResult rollUp, Set<Factor> factors) {
    return apply(raw, rollUp, UnitTree.none(), factors);
  }

  /**
   * The published form of the analysis, with a subtree row for every unit of {@code unitTree} that
   * has child units. The subtrees' counts are cells of the same tables as the units', so no
   * withheld value can be recovered from units, subtrees and the organisation together.
   *
   * @param raw the analysis of the reporting units of {@code rollUp}
   * @param rollUp the reporting units
   * @param unitTree which unit hangs under which ({@link UnitTree#none()} without a tree)
   */
  public PublishedMonth apply(
      MonthlyAnalysis.Result raw, RollUpResult rollUp, UnitTree unitTree, Set<Factor> factors) {
    boolean unitsPublishable = rollUp.departmentLevelPublishable();
    PublishableCells cells =
        PublishableCells.decide(raw, factors, unitsPublishable, unitTree, k, m);
    List<PublishedEffect> effects = new ArrayList<>();
    Set<EffectId> withheldOrganisationRatios = new HashSet<>();
    for (FactorEffect e : raw.effects()) {
      if (e.id().department() == null) {
        PublishedEffect published = organisationEffect(e, cells);
        if (published.suppressed()) {
          withheldOrganisationRatios.add(e.id());
        }
        effects.add(published);
      }
    }
    for (FactorEffect e : raw.effects()) {
      if (e.id().department() != null) {
        PublishedEffect published =
            unitsPublishable
                ? unitEffect(e, cells)
                : PublishedEffect.withheld(e.id(), SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN);
        // A unit's attributable cases are built on the organisation's ratio R (adjusted or crude,
        // both shown in the organisation's row): where that row is withheld, so are they, or R
        // could be worked back out of them and the unit's published cases at the level.
        effects.add(
            !published.suppressed() && withheldOrganisationRatios.contains(e.id().atOrganisation())
                ? published.withoutAttribution()
                : published);
      }
    }
    List<PublishedSummary> units = new ArrayList<>();
    for (UnitCounts u : raw.summaries()) {
      units.add(
          unitsPublishable
              ? summary(
                  u,
                  cells.row(u.department()),
                  cells,
                  factors,
                  RowKind.UNIT,
                  unitTree.hasChildren(u.department()))
              : withheld(
                  u,
                  SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN,
                  RowKind.UNIT,
                  unitTree.hasChildren(u.department())));
    }
    List<PublishedSummary> subtrees = new ArrayList<>();
    for (UnitCounts s : subtreeCounts(raw, unitTree, factors)) {
      subtrees.add(
          unitsPublishable
              ? summary(s, cells.subtreeRow(s.department()), cells, factors, RowKind.SUBTREE, true)
              : withheld(s, SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN, RowKind.SUBTREE, true));
    }
    PublishedSummary org =
        summary(
            raw.organisationSummary(),
            cells.row(PublishableCells.ORGANISATION),
            cells,
            factors,
            RowKind.UNIT,
            false);
    return new PublishedMonth(org, units, effects, unitsPublishable, subtrees, unitTree);
  }

  /**
   * The counts of each subtree, in its head's id order: the respondents of every unit it covers,
   * named after its head, listing every department it covers other than the head.
   */
  private static List<UnitCounts> subtreeCounts(
      MonthlyAnalysis.Result raw, UnitTree unitTree, Set<Factor> factors) {
    Map<String, UnitCounts> unitCounts = new LinkedHashMap<>();
    raw.summaries().forEach(u -> unitCounts.put(u.department(), u));
    List<UnitCounts> out = new ArrayList<>();
    for (String head : unitTree.heads()) {
      List<CovariatePattern> patterns = new ArrayList<>();
      Set<String> covered = new TreeSet<>();
      for (String unit : unitTree.subtree(head)) {
        patterns.addAll(raw.units().get(unit).patterns());
        covered.add(unit);
        covered.addAll(unitCounts.get(unit).rolledUp());
      }
      covered.remove(head);
      out.add(
          UnitCounts.of(
              new RespondentGroup(head, patterns),
              unitCounts.get(head).name(),
              List.copyOf(covered),
              factors));
    }
    return out;
  }

  /**
   * A month with nobody in its population, published as zeros: a count of nobody describes nobody.
   * It has no units and no effects.
   */
  public static PublishedMonth nobody(Set<Factor> factors) {
    UnitCounts none = UnitCounts.of(new RespondentGroup(null, List.of()), null, List.of(), factors);
    PublishedSummary org =
        new PublishedSummary(
            null,
            null,
            List.of(),
            0L,
            none.cases(),
            none.levels(),
            none.known(),
            0L,
            Suppression.NONE);
    return new PublishedMonth(org, List.of(), List.of(), true);
  }

  private static PublishedEffect organisationEffect(FactorEffect e, PublishableCells cells) {
    EffectId id = e.id();
    SuppressionReason reason =
        cells.firstReason(
            id.outcome(),
            List.of(
                cells.organisationLevel(id.factor(), id.level()),
                cells.organisationLevel(id.factor(), id.referenceLevel())));
    if (reason != null) {
      return PublishedEffect.withheld(id, reason);
    }
    PublishedEffect shown = shown(e);
    return cells.knownTotalsPublished(PublishableCells.ORGANISATION, id.factor(), id.outcome())
        ? shown
        : shown.withoutAttribution();
  }

  private static PublishedEffect unitEffect(FactorEffect e, PublishableCells cells) {
    EffectId id = e.id();
    SuppressionReason reason =
        cells.firstReason(
            id.outcome(),
            List.of(
                cells.unitLevel(id.factor(), id.department(), id.level()),
                cells.unitLevel(id.factor(), id.department(), id.referenceLevel())));
    if (reason != null) {
      return PublishedEffect.withheld(id, reason);
    }
    PublishedEffect shown = shown(e);
    return cells.knownTotalsPublished(id.department(), id.factor(), id.outcome())
        ? shown
        : shown.withoutAttribution();
  }

  /** A comparison whose every value may be published. */
  private static PublishedEffect shown(FactorEffect e) {
    return new PublishedEffect(e.id(), e.crude(), e.adjusted(), e.attribution(), Suppression.NONE);
  }

  /** A unit's (or the organisation's) summary with every withheld value set to null. */
  private static PublishedSummary summary(
      UnitCounts u,
      PublishableCells.Row row,
      PublishableCells cells,
      Set<Factor> factors,
      RowKind kind,
      boolean headsUnits) {
    Set<SuppressionReason> reasons = new LinkedHashSet<>();
    String total = row.total();
    SuppressionReason respondentsReason = cells.reason(null, total);
    Long respondents = respondentsReason == null ? u.respondents() : null;
    addIfNotNull(reasons, respondentsReason);
    Map<Outcome, Long> cases = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      SuppressionReason r = respondentsReason != null ? respondentsReason : cells.reason(o, total);
      cases.put(o, r == null ? u.cases(o) : null);
      addIfNotNull(reasons, r);
    }
    Map<String, Long> levels = new LinkedHashMap<>();
    Map<Factor, Long> known = new EnumMap<>(Factor.class);
    for (Factor f : Factor.values()) {
      if (!factors.contains(f)) {
        continue;
      }
      if (!row.hasLevels()) {
        known.put(f, null);
        f.levels().forEach(level -> levels.put(PublishedSummary.levelKey(f, level), null));
        continue;
      }
      boolean knownPublished =
          respondents != null && (!f.optional() || cells.readable(null, row.missingCell(f)));
      known.put(f, knownPublished ? u.known().get(f) : null);
      for (String level : f.levels()) {
        SuppressionReason r = cells.reason(null, row.cellOf(f, level));
        levels.put(
            PublishedSummary.levelKey(f, level),
            knownPublished && r == null ? u.respondentsAt(f, level) : null);
        addIfNotNull(reasons, r);
      }
    }
    SuppressionReason redReason =
        respondentsReason != null
            ? respondentsReason
            : cells.reason(PublishableCells.RED_FLAGS, total);
    addIfNotNull(reasons, redReason);
    Long red = redReason == null ? u.redFlags() : null;
    return new PublishedSummary(
        u.department(),
        u.name(),
        u.rolledUp(),
        respondents,
        cases,
        levels,
        known,
        red,
        new Suppression(List.copyOf(reasons)),
        kind,
        headsUnits);
  }

  private static PublishedSummary withheld(
      UnitCounts u, SuppressionReason reason, RowKind kind, boolean headsUnits) {
    Map<String, Long> levels = new LinkedHashMap<>();
    u.levels().keySet().forEach(key -> levels.put(key, null));
    return new PublishedSummary(
        u.department(),
        u.name(),
        u.rolledUp(),
        null,
        Map.of(),
        levels,
        Map.of(),
        null,
        Suppression.of(reason),
        kind,
        headsUnits);
  }

  private static void addIfNotNull(Set<SuppressionReason> set, SuppressionReason value) {
    if (value != null) {
      set.add(value);
    }
  }
}
