package org.ergolens.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.ergolens.model.Outcome;

/**
 * Draws a respondent-month's outcomes from the {@link PlantedModel} and writes its reports. The
 * nine outcome draws come first from the respondent-month's own stream, so they are coupled across
 * generations that differ only in the respondent's levels; the report details follow. A report
 * intensity above 1 multiplies the reports per case (not the cases), for benchmarks.
 */
final class ReportDrawer {
  /** Chance that a case is reported twice in the month (two rows, same region). */
  static final double SECOND_REPORT_PROBABILITY = 0.10;

  /** Shares of severity 1 to 10. */
  static final double[] SEVERITY_SHARES = {
    0.08, 0.14, 0.17, 0.17, 0.14, 0.11, 0.08, 0.06, 0.03, 0.02
  };

  /** The contract's default red-flag threshold: duration_days above it is a red flag. */
  static final int RED_FLAG_DAYS = 3;

  /** Chance that a present duration exceeds {@link #RED_FLAG_DAYS}. */
  static final double LONG_DURATION_PROBABILITY = 0.25;

  /** Long durations: RED_FLAG_DAYS + 1 + an exponential with this mean, floored, capped. */
  static final double LONG_DURATION_EXTRA_MEAN_DAYS = 10;

  static final int MAX_DURATION_DAYS = 365;

  /** Chance of numbness/tingling in neck, shoulder and wrist/hand reports. */
  static final double NUMBNESS_ARM_NECK = 0.08;

  static final double NUMBNESS_ELBOWS = 0.03;
  static final double NUMBNESS_OTHER = 0.01;

  /** Chance that a report interferes with work: base + per severity step above 1. */
  static final double INTERFERES_BASE = 0.04;

  static final double INTERFERES_PER_SEVERITY = 0.06;

  /** Chances that duration_days, numbness_tingling, interferes_with_work are left empty. */
  static final double BLANK_DURATION = 0.03;

  static final double BLANK_NUMBNESS = 0.04;
  static final double BLANK_INTERFERES = 0.06;

  private static final List<Outcome> REGIONS = Outcome.regions();

  private final PlantedModel model;
  private final HistoryCalendar calendar;
  private final int intensity;

  /**
   * @param intensity reports per case relative to the default: the number of reports drawn for a
   *     case (1, or 2 with {@link #SECOND_REPORT_PROBABILITY}) is multiplied by it; at 1 the random
   *     draws, and so the files, are exactly those without it
   */
  ReportDrawer(PlantedModel model, HistoryCalendar calendar, int intensity) {
    this.model = model;
    this.calendar = calendar;
    this.intensity = intensity;
  }

  /**
   * Draws the outcomes of history month {@code m} for a respondent with covariate {@code pattern},
   * writes a report (sometimes two) for each, and returns the regions with a case as a bit mask
   * (bit r for region index r).
   */
  int drawMonth(String respondentId, int pattern, int m, SplittableRandom rng, ReportWriter out)
      throws IOException {
    int cases = 0;
    for (int r = 0; r < REGIONS.size(); r++) {
      if (rng.nextDouble() < model.probability(pattern, r)) {
        cases |= 1 << r;
      }
    }
    for (int r = 0; r < REGIONS.size(); r++) {
      if ((cases & (1 << r)) != 0) {
        int reports = (rng.nextDouble() < SECOND_REPORT_PROBABILITY ? 2 : 1) * intensity;
        for (int k = 0; k < reports; k++) {
          writeReport(respondentId, dayIn(m, rng), r, rng, out);
        }
      }
    }
    return cases;
  }

  /** A uniformly random day (offset) of history month {@code m}. */
  int dayIn(int m, SplittableRandom rng) {
    int start = calendar.monthStart(m);
    return start + rng.nextInt(calendar.monthEnd(m) - start + 1);
  }

  /** Draws the details of one report in region index {@code r} on {@code day} and writes it. */
  void writeReport(String respondentId, int day, int r, SplittableRandom rng, ReportWriter out)
      throws IOException {
    Outcome region = REGIONS.get(r);
    int severity = severity(rng.nextDouble());
    Integer duration = rng.nextDouble() < BLANK_DURATION ? null : duration(rng);
    double numbnessChance =
        switch (region) {
          case NECK, SHOULDERS, WRISTS_HANDS -> NUMBNESS_ARM_NECK;
          case ELBOWS -> NUMBNESS_ELBOWS;
          default -> NUMBNESS_OTHER;
        };
    boolean numb = rng.nextDouble() < numbnessChance;
    boolean interferes =
        rng.nextDouble() < INTERFERES_BASE + INTERFERES_PER_SEVERITY * (severity - 1);
    Object numbness =
        rng.nextDouble() < BLANK_NUMBNESS ? null : Spellings.booleanValue(numb, rng.nextDouble());
    Object interfering =
        rng.nextDouble() < BLANK_INTERFERES
            ? null
            : Spellings.booleanValue(interferes, rng.nextDouble());
    Object regionValue = Spellings.enumValue(region.id(), rng.nextDouble());
    boolean redFlag = (duration != null && duration > RED_FLAG_DAYS) || (numbness != null && numb);
    out.write(respondentId, day, regionValue, severity, duration, numbness, interfering, redFlag);
  }

  private static int severity(double u) {
    double c = 0;
    for (int i = 0; i < SEVERITY_SHARES.length; i++) {
      c += SEVERITY_SHARES[i];
      if (u < c) {
        return i + 1;
      }
    }
    return SEVERITY_SHARES.length;
  }

  private static int duration(SplittableRandom rng) {
    if (rng.nextDouble() >= LONG_DURATION_PROBABILITY) {
      return rng.nextInt(RED_FLAG_DAYS + 1);
    }
    double extra = -StrictMath.log(1 - rng.nextDouble()) * LONG_DURATION_EXTRA_MEAN_DAYS;
    return (int) Math.min(MAX_DURATION_DAYS, RED_FLAG_DAYS + 1 + Math.floor(extra));
  }
}
