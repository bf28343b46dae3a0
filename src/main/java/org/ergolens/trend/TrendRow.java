package org.ergolens.trend;

import java.util.List;

/**
 * One row of {@code department_trends}: an outcome's prevalence in one reporting unit (or the
 * organisation) in one month, as that month's report publishes it, with its change against the
 * previous month and against the unit's trailing baseline.
 *
 * @param scope {@code organization} or {@code department}
 * @param department the reporting unit's id; null for the organisation
 * @param name the unit's display name, or null
 * @param month {@code YYYY-MM}
 * @param outcome the outcome id
 * @param respondents respondents in the unit that month; null when withheld
 * @param cases cases of the outcome; null when withheld
 * @param prevalence cases / respondents; null when either is withheld or the month has no reports
 * @param rolledUp departments folded into the unit that month
 * @param suppressed whether the month's value is withheld
 * @param previousPrevalence the previous month's prevalence, when comparable
 * @param changeVsPrevious prevalence minus the previous month's
 * @param pValueVsPrevious test of the two months' proportions (chi-square or Fisher as in the
 *     factor tables)
 * @param previousBeyondChance whether the change is beyond chance after Benjamini–Hochberg over the
 *     month's rows
 * @param baselineMonths months pooled into the baseline
 * @param baselinePrevalence pooled cases / pooled respondents over the baseline months
 * @param changeVsBaseline prevalence minus the baseline
 * @param pValueVsBaseline test of the month against the pooled baseline
 * @param baselineBeyondChance whether that change is beyond chance after Benjamini–Hochberg over
 *     the month's rows
 * @param note why a comparison is missing, {@code ;}-separated, or null
 */
public record TrendRow(
    String scope,
    String department,
    String name,
    String month,
    String outcome,
    Long respondents,
    Long cases,
    Double prevalence,
    List<String> rolledUp,
    boolean suppressed,
    Double previousPrevalence,
    Double changeVsPrevious,
    Double pValueVsPrevious,
    Boolean previousBeyondChance,
    Integer baselineMonths,
    Double baselinePrevalence,
    Double changeVsBaseline,
    Double pValueVsBaseline,
    Boolean baselineBeyondChance,
    String note) {
  public static final String SCOPE_ORGANIZATION = "organization";
  public static final String SCOPE_DEPARTMENT = "department";

  public TrendRow {
    rolledUp = List.copyOf(rolledUp);
  }

  TrendRow withFlags(Boolean previous, Boolean baseline) {
    return new TrendRow(
        scope,
        department,
        name,
        month,
        outcome,
        respondents,
        cases,
        prevalence,
        rolledUp,
        suppressed,
        previousPrevalence,
        changeVsPrevious,
        pValueVsPrevious,
        previous,
        baselineMonths,
        baselinePrevalence,
        changeVsBaseline,
        pValueVsBaseline,
        baseline,
        note);
  }
}
