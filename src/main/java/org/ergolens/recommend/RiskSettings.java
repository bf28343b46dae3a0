package org.ergolens.recommend;

import org.ergolens.config.JobConfig;

/**
 * The thresholds of the risk rules ({@link RiskRules}).
 *
 * @param highLimit a unit whose any-region prevalence lies above the organisation's funnel limit at
 *     this level is at high risk (default 0.998, about three standard deviations)
 * @param moderateLimit above the limit at this level, moderate (default 0.95, about two)
 * @param bodyRegions whether a single body region above the {@code highLimit} makes a unit at least
 *     moderate
 * @param exposureHighShare a unit is at high risk when one factor's credibly raised levels are
 *     associated with at least this share of its cases of discomfort in any region (default 0.25)
 * @param exposureModerateShare with at least this share, moderate (default 0.10)
 */
public record RiskSettings(
    double highLimit,
    double moderateLimit,
    boolean bodyRegions,
    double exposureHighShare,
    double exposureModerateShare) {
  public static final double DEFAULT_HIGH_LIMIT = 0.998;
  public static final double DEFAULT_MODERATE_LIMIT = 0.95;
  public static final double DEFAULT_EXPOSURE_HIGH_SHARE = 0.25;
  public static final double DEFAULT_EXPOSURE_MODERATE_SHARE = 0.10;

  public RiskSettings {
    if (!(moderateLimit > 0 && moderateLimit < 1 && highLimit > 0 && highLimit < 1)) {
      throw new IllegalArgumentException(
          "funnel limits must lie in (0, 1): " + moderateLimit + ", " + highLimit);
    }
    if (highLimit < moderateLimit) {
      throw new IllegalArgumentException(
          "the high limit " + highLimit + " must not be below the moderate " + moderateLimit);
    }
    if (!(exposureModerateShare > 0
        && exposureModerateShare <= exposureHighShare
        && exposureHighShare <= 1)) {
      throw new IllegalArgumentException(
          "exposure shares must satisfy 0 < moderate <= high <= 1: "
              + exposureModerateShare
              + ", "
              + exposureHighShare);
    }
  }

  /** The settings of a validated job configuration. */
  public static RiskSettings of(JobConfig config) {
    return new RiskSettings(
        config.riskHighLimit(),
        config.riskModerateLimit(),
        true,
        config.riskExposureHighShare(),
        config.riskExposureModerateShare());
  }

  /** The documented defaults. */
  public static RiskSettings defaults() {
    return new RiskSettings(
        DEFAULT_HIGH_LIMIT,
        DEFAULT_MODERATE_LIMIT,
        true,
        DEFAULT_EXPOSURE_HIGH_SHARE,
        DEFAULT_EXPOSURE_MODERATE_SHARE);
  }
}
