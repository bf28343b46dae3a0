package org.ergolens.report;

import java.util.Optional;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * A unit's risk level and its reasons in short words, for the places that list many units at once
 * (the dashboard's tables and the workbook). The briefs word the same reasons at more length.
 */
public final class RiskText {
  /** Shown for a unit whose any-region figures are withheld. */
  public static final String NOT_ASSESSED = "Not assessed";

  private RiskText() {}

  /** "High", "Moderate", "Low" or "Not assessed". */
  public static String level(Optional<UnitRisk> risk) {
    return risk.map(r -> Labels.risk(r.level())).orElse(NOT_ASSESSED);
  }

  /** Every reason, the weightiest first, as one line; empty for a low level. */
  public static String reasons(Optional<UnitRisk> risk) {
    if (risk.isEmpty()) {
      return "its figures are withheld to protect privacy";
    }
    return String.join("; ", risk.get().reasons().stream().map(RiskText::reason).toList());
  }

  /**
   * One reason, in lower case: "neck discomfort is 22.5% against 11.9% across the organisation,
   * above the 99.8% limit", or "a fixed desk is associated with 16.2% of its cases of discomfort in
   * any body region".
   */
  public static String reason(UnitRisk.Reason reason) {
    if (reason instanceof UnitRisk.AboveLimit a) {
      return Labels.discomfort(a.outcome())
          + " is "
          + Numbers.percent(a.prevalence())
          + " against "
          + Numbers.percent(a.organisation())
          + " across the organisation, above the "
          + Numbers.level(a.limit())
          + " limit";
    }
    UnitRisk.LinkedExposure e = (UnitRisk.LinkedExposure) reason;
    return Labels.and(e.levels().stream().map(l -> Labels.exposurePhrase(e.factor(), l)).toList())
        + (e.levels().size() == 1 ? " is" : " are")
        + " associated with "
        + Numbers.percent(e.share())
        + " of its "
        + Labels.cases(e.outcome());
  }
}
