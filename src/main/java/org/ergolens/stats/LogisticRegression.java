package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum likelihood logistic regression on grouped binomial data (one design row per covariate
 * pattern, with its trials and successes), giving the same estimates as R's {@code
 * glm(cbind(successes, trials - successes) ~ ..., family = binomial)}.
 *
 * <p>The caller supplies the whole design, intercept column included. Rows without trials are
 * ignored. Hard cases are reported through {@link LogisticFit#status()} and per-coefficient {@link
 * Coefficient.Status}, never as NaN or an exception ({@link MaximumLikelihood}, shared with {@link
 * PoissonRegression}):
 *
 * <ul>
 *   <li>an all-zero column or one that is a linear combination of earlier columns is aliased: left
 *       out of the fit and reported as not estimable, as R reports {@code NA};
 *   <li>(quasi-)complete separation is confirmed by {@link Separation}'s linear program when the
 *       iterations do not converge or a fitted probability reaches 0 or 1; the coefficients that
 *       diverge are reported as not estimable and the rest are estimated from the rows that are not
 *       perfectly predicted;
 *   <li>an outcome without successes or without failures, or no data at all, fits nothing.
 * </ul>
 *
 * <p>Instances are immutable; configure with the {@code with...} methods.
 */
public final class LogisticRegression {

  /** Newton (IRLS) steps allowed, as {@code glm.control(maxit = 100)}. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  private static final LogisticRegression DEFAULT = new LogisticRegression(DEFAULT_MAX_ITERATIONS);

  private final int maxIterations;

  private LogisticRegression(int maxIterations) {
    this.maxIterations = maxIterations;
  }

  /** An instance with {@link #DEFAULT_MAX_ITERATIONS}. */
  public static LogisticRegression withDefaults() {
    return DEFAULT;
  }

  /** A copy that allows at most {@code maxIterations} Newton steps (at least 2). */
  public LogisticRegression withMaxIterations(int maxIterations) {
    if (maxIterations < 2) {
      throw new IllegalArgumentException(
          "Cannot set maxIterations=" + maxIterations + ": at least 2 are needed");
    }
    return new LogisticRegression(maxIterations);
  }

  /**
   * Fits the model.
   *
   * @param design one row per covariate pattern, one column per coefficient (include the intercept
   *     column of ones yourself); finite values
   * @param trials respondents per row, {@code >= 0}
   * @param successes cases per row, {@code 0..trials}
   * @throws IllegalArgumentException if the arrays disagree in size or hold invalid values
   */
  public LogisticFit fit(double[][] design, long[] trials, long[] successes) {
    MaximumLikelihood.Estimate estimate =
        MaximumLikelihood.estimate(Family.BINOMIAL, design, trials, successes, maxIterations);
    List<Coefficient> coefficients = new ArrayList<>(estimate.statuses().size());
    for (int j = 0; j < estimate.statuses().size(); j++) {
      coefficients.add(
          estimate.estimated(j)
              ? estimated(estimate.fit(), estimate.fitIndex()[j])
              : Coefficient.missing(estimate.statuses().get(j)));
    }
    return new LogisticFit(
        estimate.status(),
        coefficients,
        estimate.deviance(),
        estimate.rank(),
        estimate.iterations(),
        estimate.converged(),
        estimate.note());
  }

  private static Coefficient estimated(Irls.Result fit, int r) {
    return Coefficient.wald(fit.beta()[r], Math.sqrt(fit.covariance()[r][r]));
  }
}
