package org.ergolens.trend;

/**
 * One row of {@code intervention_followup}: a configured workplace change, its department against
 * the rest of the organisation before and after it started. Shares and prevalences pool the
 * respondent-months of each period; differences in differences are (department after − before) −
 * (others after − before). Null where the groups are too small or a value is withheld; {@code
 * caveat} then says why.
 *
 * @param department the department the change was made in
 * @param unit the reporting unit holding it (itself, or the unit it is folded into)
 * @param factor the targeted factor
 * @param level the targeted level
 * @param start the start date
 * @param description what was done
 * @param outcome the outcome followed
 * @param monthsBefore months pooled before the start
 * @param monthsAfter months pooled from the start on
 * @param exposureBefore the unit's share at the targeted level before
 * @param exposureAfter the unit's share after
 * @param othersExposureBefore the other units' share before
 * @param othersExposureAfter the other units' share after
 * @param exposureDid difference in differences of the share
 * @param exposureDidCiLow its 95% interval, low end
 * @param exposureDidCiHigh its 95% interval, high end
 * @param prevalenceBefore the unit's prevalence of the outcome before
 * @param prevalenceAfter the unit's prevalence after
 * @param othersPrevalenceBefore the other units' prevalence before
 * @param othersPrevalenceAfter the other units' prevalence after
 * @param prevalenceDid difference in differences of the prevalence
 * @param prevalenceDidCiLow its 95% interval, low end
 * @param prevalenceDidCiHigh its 95% interval, high end
 * @param finding one sentence on what the numbers do and do not show
 * @param caveat why something is missing or must be read with care, or null
 */
public record InterventionResult(
    String department,
    String unit,
    String factor,
    String level,
    String start,
    String description,
    String outcome,
    int monthsBefore,
    int monthsAfter,
    Double exposureBefore,
    Double exposureAfter,
    Double othersExposureBefore,
    Double othersExposureAfter,
    Double exposureDid,
    Double exposureDidCiLow,
    Double exposureDidCiHigh,
    Double prevalenceBefore,
    Double prevalenceAfter,
    Double othersPrevalenceBefore,
    Double othersPrevalenceAfter,
    Double prevalenceDid,
    Double prevalenceDidCiLow,
    Double prevalenceDidCiHigh,
    String finding,
    String caveat) {}
