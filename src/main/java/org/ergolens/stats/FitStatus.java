package org.ergolens.stats;

/** How a logistic regression fit ended. */
public enum FitStatus {
  /** The maximum likelihood estimate was found; aliased columns, if any, are not estimable. */
  CONVERGED,
  /**
   * The data are (quasi-)completely separated: some coefficients have no finite estimate and are
   * reported as not estimable; the others come from the perfectly predicted rows left out, which is
   * where the likelihood's maximum lies for them.
   */
  SEPARATION,
  /** The iterations did not converge; nothing is estimated. */
  NOT_CONVERGED,
  /** The outcome does not vary (no successes, or only successes); nothing is estimated. */
  NO_VARIATION,
  /** No row has any trial; nothing is estimated. */
  NO_DATA
}
