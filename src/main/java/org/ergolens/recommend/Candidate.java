package org.ergolens.recommend;

import java.util.List;

/**
 * An action that applies to one scope, before ranking.
 *
 * @param entry the catalog entry
 * @param order the entry's catalog position, which breaks ties
 * @param levels the factor levels the figures cover (empty unless an exposure action)
 * @param outcome the outcome the figures refer to, or null
 * @param affectedShare share of the scope's respondents concerned, or null
 * @param attributableCases cases attributable to the exposure, or null if not an exposure action
 * @param score what the ranking orders by: attributable cases for an exposure, cases above the
 *     organisation's rate for raised discomfort
 * @param rationale the reason, in numbers that are all published
 */
record Candidate(
    CatalogEntry entry,
    int order,
    List<String> levels,
    String outcome,
    Double affectedShare,
    Double attributableCases,
    double score,
    String rationale) {

  Candidate {
    levels = List.copyOf(levels);
  }

  /** Whether the action is a programme for raised discomfort (ranked after the changes). */
  boolean isProgramme() {
    return entry.trigger() instanceof Trigger.RaisedDiscomfort;
  }

  /** The factor of an exposure action, else null. */
  String factor() {
    return entry.trigger() instanceof Trigger.Exposure t ? t.factor() : null;
  }
}
