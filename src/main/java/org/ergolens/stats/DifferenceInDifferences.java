package org.ergolens.stats;

/**
 * Difference in differences of two proportions: (treated after − treated before) − (control after −
 * control before), with a Wald 95% interval from the four binomial variances, p(1 − p)/n, added as
 * for independent samples.
 */
public final class DifferenceInDifferences {
  private static final double Z = 1.959964;

  private DifferenceInDifferences() {}

  /**
   * Events out of trials.
   *
   * @param effectiveTrials the sample size the variance is based on: {@code trials} for independent
   *     trials, fewer when trials repeat the same people
   */
  public record Proportion(long events, long trials, double effectiveTrials) {
    public Proportion {
      if (trials <= 0 || events < 0 || events > trials) {
        throw new IllegalArgumentException(
            "A proportion needs 0 <= events <= trials and trials > 0, not "
                + events
                + "/"
                + trials);
      }
      if (!(effectiveTrials > 0) || effectiveTrials > trials) {
        throw new IllegalArgumentException(
            "The effective sample size must be above 0 and at most " + trials);
      }
    }

    /** Independent trials. */
    public Proportion(long events, long trials) {
      this(events, trials, trials);
    }

    public double value() {
      return (double) events / trials;
    }

    double variance() {
      double p = value();
      return p * (1 - p) / effectiveTrials;
    }

    /**
     * Whether the normal approximation is reasonable: at least 5 events and 5 non-events in the
     * effective sample.
     */
    public boolean normalApproximationHolds() {
      double p = value();
      return p * effectiveTrials >= 5 && (1 - p) * effectiveTrials >= 5;
    }
  }

  /** The estimate with its standard error and 95% confidence interval. */
  public record Estimate(double difference, double standardError, double ciLow, double ciHigh) {
    /** Whether the interval excludes zero. */
    public boolean excludesZero() {
      return ciLow > 0 || ciHigh < 0;
    }
  }

  public static Estimate of(
      Proportion treatedBefore,
      Proportion treatedAfter,
      Proportion controlBefore,
      Proportion controlAfter) {
    double d =
        (treatedAfter.value() - treatedBefore.value())
            - (controlAfter.value() - controlBefore.value());
    double se =
        Math.sqrt(
            treatedBefore.variance()
                + treatedAfter.variance()
                + controlBefore.variance()
                + controlAfter.variance());
    return new Estimate(d, se, d - Z * se, d + Z * se);
  }
}
