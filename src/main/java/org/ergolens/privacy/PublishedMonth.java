package org.ergolens.privacy;

import java.util.List;
import java.util.Objects;

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

  @Override
  public String toString() {
    return "PublishedMonth[" + units.size() + " units, " + effects.size() + " effects]";
  }
}
