package org.ergolens.report.brief;

import java.time.YearMonth;

/**
 * What every brief of one month shares: the month and the settings its wording depends on.
 *
 * @param month the reporting month
 * @param minGroupSize the privacy rules' k: no group of fewer people is shown
 * @param redFlagDays discomfort lasting more days than this is a red flag
 * @param responseRateTarget a response rate below this share is flagged (0–1)
 * @param trendMonths months before the reporting month in the trend
 * @param minCellCount case and red-flag counts below this are withheld too; 0 when the rule is off
 */
public record BriefContext(
    YearMonth month,
    int minGroupSize,
    int redFlagDays,
    double responseRateTarget,
    int trendMonths,
    int minCellCount) {
  public BriefContext {
    Checks.notNull(month, "month");
    Checks.positive(minGroupSize, "minGroupSize");
    Checks.share(responseRateTarget, "responseRateTarget");
  }
}
