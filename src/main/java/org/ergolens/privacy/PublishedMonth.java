package org.ergolens.privacy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ergolens.model.Participation;

/**
 * A month as its report publishes it: the organisation's totals, each reporting unit's summary and
 * the {@code factor_effects} rows, after the privacy rules. It holds no raw count and no covariate
 * pattern, and only {@link PublicationPolicy} makes one; recommendations, trends and every report
 * writer read this and nothing else.
 */
public final class PublishedMonth {
  private final PublishedSummary organisation;
  private final List<PublishedSummary> units;
  private final List<PublishedEffect> effects;
  private final boolean departmentsPublished;
  private final List<PublishedSummary> subtrees;
  private final UnitTree unitTree;

  PublishedMonth(
      PublishedSummary organisation,
      List<PublishedSummary> units,
      List<PublishedEffect> effects,
      boolean departmentsPublished) {
    this(organisation, units, effects, departmentsPublished, List.of(), UnitTree.none());
  }

  PublishedMonth(
      PublishedSummary organisation,
      List<PublishedSummary> units,
      List<PublishedEffect> effects,
      boolean departmentsPublished,
      List<PublishedSummary> subtrees,
      UnitTree unitTree) {
    this.subtrees = List.copyOf(subtrees);
    this.unitTree = Objects.requireNonNull(unitTree, "unitTree");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.units = List.copyOf(units);
    this.effects = List.copyOf(effects);
    this.departmentsPublished = departmentsPublished;
  }

  /** The organisation's totals. */
  public PublishedSummary organisation() {
    return organisation;
  }

  /**
   * One summary per reporting unit, in id order; every value withheld when {@link
   * #departmentsPublished()} is false.
   */
  public List<PublishedSummary> units() {
    return units;
  }

  /**
   * One summary per subtree (a unit with child units together with every unit below it), in its
   * head's id order; empty without a department tree. Every value is withheld when {@link
   * #departmentsPublished()} is false.
   */
  public List<PublishedSummary> subtrees() {
    return subtrees;
  }

  /** The reporting units' tree: which unit hangs under which. */
  public UnitTree unitTree() {
    return unitTree;
  }

  /**
   * The {@code factor_effects} rows: the organisation's, then each unit's in id order; empty for a
   * month published for its summaries only.
   */
  public List<PublishedEffect> effects() {
    return effects;
  }

  /** False when no department-level number may be published this month. */
  public boolean departmentsPublished() {
    return departmentsPublished;
  }

  /**
   * The same month with every row's participation: a unit's headcount is the sum over the
   * departments whose respondents count in it; a subtree's over the departments of every unit it
   * covers; the organisation's over every department with a headcount. A row whose respondent count
   * is withheld shows none.
   *
   * @param units the month's reporting units, as the rows were made from
   * @param headcounts each department's headcount in the month; empty without a headcount dataset
   * @param minResponseRate below this share participation is low
   */
  public PublishedMonth withParticipation(
      RollUpResult units, Optional<Map<String, Long>> headcounts, double minResponseRate) {
    PublishedSummary org =
        organisation.withParticipation(
            headcounts
                .filter(h -> organisation.respondents() != null)
                .map(
                    h ->
                        Participation.ofOrganisation(
                            organisation.respondents(),
                            units.unitByDepartment().keySet(),
                            h,
                            minResponseRate))
                .orElse(Participation.notGiven()));
    List<PublishedSummary> rows =
        this.units.stream()
            .map(
                u ->
                    u.withParticipation(
                        headcounts
                            .filter(h -> u.respondents() != null)
                            .map(
                                h ->
                                    Participation.ofUnit(
                                        u.respondents(),
                                        departmentsOf(units, u.department()),
                                        h,
                                        minResponseRate))
                            .orElse(Participation.notGiven())))
            .toList();
    List<PublishedSummary> divisions =
        subtrees.stream()
            .map(
                s ->
                    s.withParticipation(
                        headcounts
                            .filter(h -> s.respondents() != null)
                            .map(
                                h ->
                                    Participation.ofUnit(
                                        s.respondents(),
                                        unitTree.subtree(s.department()).stream()
                                            .flatMap(u -> departmentsOf(units, u).stream())
                                            .toList(),
                                        h,
                                        minResponseRate))
                            .orElse(Participation.notGiven())))
            .toList();
    return new PublishedMonth(org, rows, effects, departmentsPublished, divisions, unitTree);
  }

  private static List<String> departmentsOf(RollUpResult units, String unit) {
    return units.unitByDepartment().entrySet().stream()
        .filter(e -> e.getValue().equals(unit))
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public String toString() {
    return "PublishedMonth[" + units.size() + " units, " + effects.size() + " effects]";
  }
}
