package org.ergolens.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * One coefficient of a regression with a log or logit link, with its Wald inference. When {@link
 * #status()} is not {@link Status#ESTIMATED} every number is {@code null}, as R prints {@code NA}.
 *
 * @param status whether and why (not) the coefficient was estimated
 * @param estimate the log of the ratio: a log odds ratio ({@link LogisticRegression}) or a log
 *     prevalence ratio ({@link PoissonRegression})
 * @param standardError the model's standard error: from the inverse Fisher information for {@link
 *     LogisticRegression}, from the robust sandwich for {@link PoissonRegression}
 * @param z {@code estimate / standardError}
 * @param pValue two-sided normal p-value {@code 2 Φ(−|z|)}
 * @param ratio {@code exp(estimate)}: the odds ratio or the prevalence ratio
 * @param ciLow {@code exp(estimate − Z_95 · standardError)}, see {@link Wald#Z_95}
 * @param ciHigh {@code exp(estimate + Z_95 · standardError)}
 */
public record Coefficient(
    Status status,
    Double estimate,
    Double standardError,
    Double z,
    Double pValue,
    Double ratio,
    Double ciLow,
    Double ciHigh) {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /** Why a coefficient has, or has no, estimate. */
  public enum Status {
    /** Estimated by maximum likelihood. */
    ESTIMATED,
    /** Its column is a linear combination of earlier columns (R's {@code NA}); e.g. empty. */
    ALIASED,
    /** Separation leaves it without a finite estimate. */
    SEPARATED,
    /** The model was not fitted. */
    NOT_FITTED
  }

  /** An estimated coefficient with its Wald z, p-value and 95% interval. */
  static Coefficient wald(double estimate, double standardError) {
    double z = estimate / standardError;
    Double[] ci = Wald.interval(estimate, standardError);
    return new Coefficient(
        Status.ESTIMATED,
        Finite.orNull(estimate),
        Finite.orNull(standardError),
        Finite.orNull(z),
        Finite.orNull(2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z))),
        Finite.orNull(Math.exp(estimate)),
        ci[0],
        ci[1]);
  }

  static Coefficient missing(Status status) {
    return new Coefficient(status, null, null, null, null, null, null, null);
  }

  /** True when the coefficient was estimated. */
  public boolean estimable() {
    return status == Status.ESTIMATED;
  }
}
