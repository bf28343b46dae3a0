package org.ergolens.recommend;

/**
 * One ranked action for a reporting unit (or the organisation): a row of the contract's {@code
 * recommendations} table. Numbers are null where they would reveal a suppressed figure.
 *
 * @param department the reporting unit's id, or null for the organisation-level summary
 * @param rank 1 for the action that would avoid the most discomfort
 * @param recommendationId the catalog entry's id, e.g. {@code monitor-eye-level}
 * @param title the catalog entry's title
 * @param rationale the reason in numbers a manager understands
 * @param factor the factor the action targets, or null for outcome or red-flag actions
 * @param level the factor level the action targets, or null
 * @param affectedShare share of the unit's respondents at that level (or with the outcome/flag)
 * @param attributableCases estimated cases this month that the action could avoid
 * @param evidence the evidence behind the action, in a sentence
 * @param audience who acts on it: {@code hr}, {@code ergonomist} or {@code employees}
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
    String audience) {}
