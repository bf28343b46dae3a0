package org.ergolens.stats;

/**
 * Difference in differences of two proportions: (treated after − treated before) − (control after −
 * control before), with a Wald 95% interval from the four binomial variances, p(1 − p)/n, added as
 * for independent samples.
 */
public final class DifferenceInDifferences {
  private static final double Z = 1.959964;

  private DifferenceInDifferences() {}

  /** Events out of trials. */
  public record Proportion(long events, long trials) {
    public Proportion {
      if (trials <= 0 || events < 0 || events > trials) {
        throw new IllegalArgumentException(
            "A proportion needs 0 <= events <= trials and trials > 0, not "
                + events
                + "/"
                + trials);
      }
    }

    public double value() {
      return (double) events / trials;
    }

    double variance() {
      double p = value();
      return p * (1 - p) / trials;
    }

    /** Whether the normal approximation is reasonable: at least 5 events and 5 non-events. */
    public boolean normalApproximationHolds() {
      return events >= 5 && trials - events >= 5;
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
