package org.ergolens.stats;

/**
 * One coefficient of a logistic regression with its Wald inference. When {@link #status()} is not
 * {@link Status#ESTIMATED} every number is {@code null}, as R prints {@code NA}.
 *
 * @param status whether and why (not) the coefficient was estimated
 * @param estimate the log odds ratio
 * @param standardError square root of the diagonal of the inverse Fisher information
 * @param z {@code estimate / standardError}
 * @param pValue two-sided normal p-value {@code 2 Φ(−|z|)}
 * @param oddsRatio {@code exp(estimate)}
 * @param ciLow {@code exp(estimate − Z_95 · standardError)}, see {@link Wald#Z_95}
 * @param ciHigh {@code exp(estimate + Z_95 · standardError)}
 */
public record Coefficient(
    Status status,
    Double estimate,
    Double standardError,
    Double z,
    Double pValue,
    Double oddsRatio,
    Double ciLow,
    Double ciHigh) {

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

  static Coefficient missing(Status status) {
    return new Coefficient(status, null, null, null, null, null, null, null);
  }

  /** True when the coefficient was estimated. */
  public boolean estimable() {
    return status == Status.ESTIMATED;
  }
}
