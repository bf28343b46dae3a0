package org.ergolens.recommend;

import org.ergolens.config.JobConfig;

/**
 * The thresholds of the ranking, from the job configuration.
 *
 * @param minAttributableCases an exposure action needs at least this many attributable cases
 * @param maxActions ranked actions per unit and in the organisation's summary (referral on top)
 * @param credibilityLevel level of the exact interval that must lie above the organisation's rate
 * @param redFlagMinShare the referral needs at least this share of respondents with a red flag
 * @param minGroupSize k: the referral needs at least k respondents with a red flag
 * @param redFlagDays a report lasting more days than this is a red flag (for the wording)
 * @param deskBasedMinShare a unit is desk-based when at least this share of its respondents sit 4
 *     hours a day or more; desk and screen actions go only to desk-based units
 */
public record RankingSettings(
    double minAttributableCases,
    int maxActions,
    double credibilityLevel,
    double redFlagMinShare,
    int minGroupSize,
    int redFlagDays,
    double deskBasedMinShare) {

  /** The same thresholds with the default share for desk-based units. */
  public RankingSettings(
      double minAttributableCases,
      int maxActions,
      double credibilityLevel,
      double redFlagMinShare,
      int minGroupSize,
      int redFlagDays) {
    this(
        minAttributableCases,
        maxActions,
        credibilityLevel,
        redFlagMinShare,
        minGroupSize,
        redFlagDays,
        JobConfig.defaults().deskBasedMinShare());
  }

  /** The settings of a validated job configuration. */
  public static RankingSettings of(JobConfig config) {
    return new RankingSettings(
        config.minAttributableCases(),
        config.maxActionsPerUnit(),
        config.credibilityLevel(),
        config.redFlagMinShare(),
        config.minGroupSize(),
        config.redFlagDays(),
        config.deskBasedMinShare());
  }

  /**
   * The one-sided p-value below which one outcome of a programme counts as credibly raised: the
   * tail of the two-sided interval, shared (Bonferroni) among the programme's {@code outcomes}.
   */
  double oneSidedAlpha(int outcomes) {
    return (1 - credibilityLevel) / 2 / outcomes;
  }
}
