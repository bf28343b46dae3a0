package org.ergolens.report;

import java.util.Map;
import org.ergolens.model.Outcome;

/**
 * The organisation's totals from the previous month's published report, for the dashboard's "change
 * since last month". Only organisation-wide figures: comparing departments across months whose
 * membership changed could reveal someone.
 *
 * @param month the earlier month, {@code YYYY-MM}
 * @param respondents respondents then, or null if withheld
 * @param prevalence prevalence per outcome id; a value is null if withheld
 * @param redFlagShare share with a red flag, or null
 */
public record PreviousMonth(
    String month, Long respondents, Map<String, Double> prevalence, Double redFlagShare) {

  public PreviousMonth {
    prevalence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prevalence));
  }

  public Double prevalence(Outcome o) {
    return prevalence.get(o.id());
  }
}
