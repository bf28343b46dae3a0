package org.ergolens.recommend;

import java.util.List;
import java.util.Objects;

/**
 * One ranked action for a reporting unit (or the organisation): a row of the contract's {@code
 * recommendations} table. Numbers are null where they would reveal a suppressed figure.
 *
 * @param department the reporting unit's id, or null for the organisation-level summary
 * @param rank 1 for the action associated with the most cases
 * @param recommendationId the catalog entry's id, e.g. {@code laptop-stand}
 * @param title the catalog entry's title
 * @param rationale the reason in numbers a manager understands
 * @param factor the factor the action targets, or null for outcome or red-flag actions
 * @param level the factor level the action targets, or null; several levels are joined with {@code
 *     ;}
 * @param affectedShare share of the unit's respondents at that level (or with the outcome/flag)
 * @param attributableCases this month's cases associated with the exposure the action addresses
 *     (Miettinen, with the organisation's prevalence ratio); an association in cross-sectional
 *     data, not cases the action would avoid. The actions' cases overlap: never add them up
 * @param evidence the evidence behind the action, in a sentence
 * @param audience who acts on it: {@code hr}, {@code ergonomist} or {@code employees}
 * @param outcome the outcome the numbers refer to ({@code neck}, …), or null for the referral
 * @param text what to do: the catalog entry's text
 * @param rolledUp departments folded into the unit, which the action covers as well
 * @param status {@value #RECOMMENDED}, or {@value #UNDER_WAY} for an action that a workplace change
 *     configured for the unit already addresses (shown with its follow-up, after the ranked ones)
 */
public record Recommendation(
    String department,
    int rank,
    String recommendationId,
    String title,
    String rationale,
    String factor,
    String level,
    Double affectedShare,
    Double attributableCases,
    String evidence,
    String audience,
    String outcome,
    String text,
    List<String> rolledUp,
    String status) {

  /** A ranked action the report recommends. */
  public static final String RECOMMENDED = "recommended";

  /** An action a configured workplace change already addresses. */
  public static final String UNDER_WAY = "under_way";

  /** Copies the roll-up list; no status is {@value #RECOMMENDED}. */
  public Recommendation {
    rolledUp = List.copyOf(Objects.requireNonNullElse(rolledUp, List.of()));
    status = status == null ? RECOMMENDED : status;
  }

  /** A recommended action. */
  public Recommendation(
      String department,
      int rank,
      String recommendationId,
      String title,
      String rationale,
      String factor,
      String level,
      Double affectedShare,
      Double attributableCases,
      String evidence,
      String audience,
      String outcome,
      String text,
      List<String> rolledUp) {
    this(
        department,
        rank,
        recommendationId,
        title,
        rationale,
        factor,
        level,
        affectedShare,
        attributableCases,
        evidence,
        audience,
        outcome,
        text,
        rolledUp,
        RECOMMENDED);
  }

  /** Whether a configured workplace change already addresses this action. */
  public boolean underWay() {
    return UNDER_WAY.equals(status);
  }
}
