package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Poisson regression with log link and robust standard errors for a binary outcome, the "modified
 * Poisson" estimator of adjusted prevalence ratios (Zou 2004, "A modified Poisson regression
 * approach to prospective studies with binary data", Am J Epidemiol 159:702–706), fitted to
 * covariate-pattern counts.
 *
 * <p>It gives the numbers of R's {@code glm(case ~ ..., family = poisson)} with {@code
 * sandwich::vcovHC(fit, type = "HC0")} fitted to one row per respondent, from one design row per
 * pattern with its respondents {@code n} and cases {@code c}:
 *
 * <ul>
 *   <li>The log-likelihood of the respondents, {@code Σ [c·log(mu) − n·mu]} up to a constant,
 *       depends on the patterns' totals only, so the maximum likelihood estimate {@code b} is the
 *       same. It is found by Newton–Raphson ({@link Irls} with {@link Family#POISSON}).
 *   <li>The bread is the inverse of the information {@code B = (Σ n·mu·x·x')^−1}.
 *   <li>The meat sums the respondents' squared score contributions {@code (y − mu)²·x·x'}. In a
 *       pattern, {@code c} respondents have {@code y = 1} and {@code n − c} have {@code y = 0}, so
 *       exactly {@code M = Σ x·x'·[c·(1 − mu)² + (n − c)·mu²]}. No individual row is needed.
 *   <li>The robust variance is {@code B·M·B} (HC0: no small-sample factor); each coefficient gets
 *       {@code exp(b ± 1.959964·se)} and the two-sided normal p-value ({@link Coefficient#wald}).
 * </ul>
 *
 * <p>Hard cases are handled as for {@link LogisticRegression} ({@link MaximumLikelihood}): aliased
 * columns are not estimable; when the estimate does not exist (a level, or a combination of levels,
 * without any case: its ratio goes to 0 or, at a reference level, the others' go to infinity), the
 * coefficients that diverge are not estimable and the rest are estimated from the patterns that
 * have not been driven to a fitted prevalence of 0, which is where R's {@code glm} drifts to. An
 * outcome without cases, or of which everybody is a case, is not fitted.
 *
 * <p>A fitted prevalence above 1 is possible with a log link (the model multiplies ratios). The
 * estimates are kept, as R keeps them; {@link PoissonFit#respondentsFittedAboveOne()} says for how
 * many respondents it happened.
 *
 * <p>Instances are immutable; configure with the {@code with...} methods.
 */
public final class PoissonRegression {

  /** Newton (IRLS) steps allowed, as {@code glm.control(maxit = 100)}. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  private static final PoissonRegression DEFAULT = new PoissonRegression(DEFAULT_MAX_ITERATIONS);

  private final int maxIterations;

  private PoissonRegression(int maxIterations) {
    this.maxIterations = maxIterations;
  }

  /** An instance with {@link #DEFAULT_MAX_ITERATIONS}. */
  public static PoissonRegression withDefaults() {
    return DEFAULT;
  }

  /** A copy that allows at most {@code maxIterations} Newton steps (at least 2). */
  public PoissonRegression withMaxIterations(int maxIterations) {
    if (maxIterations < 2) {
      throw new IllegalArgumentException(
          "Cannot set maxIterations=" + maxIterations + ": at least 2 are needed");
    }
    return new PoissonRegression(maxIterations);
  }

  /**
   * Fits the model.
   *
   * @param design one row per covariate pattern, one column per coefficient (include the intercept
   *     column of ones yourself); finite values
   * @param respondents respondents per row, {@code >= 0}
   * @param cases cases per row, {@code 0..respondents}
   * @throws IllegalArgumentException if the arrays disagree in size or hold invalid values
   */
  public PoissonFit fit(double[][] design, long[] respondents, long[] cases) {
    MaximumLikelihood.Estimate estimate =
        MaximumLikelihood.estimate(Family.POISSON, design, respondents, cases, maxIterations);
    int p = estimate.statuses().size();
    if (estimate.fit() == null) {
      List<Coefficient> missing = new ArrayList<>(p);
      for (Coefficient.Status status : estimate.statuses()) {
        missing.add(Coefficient.missing(status));
      }
      return new PoissonFit(
          estimate.status(),
          missing,
          estimate.status() == FitStatus.SEPARATION ? 0.0 : null,
          0,
          0,
          false,
          estimate.note(),
          null,
          0);
    }
    double[][] robust = sandwich(estimate.data(), estimate.fit());
    List<Coefficient> coefficients = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      int r = estimate.fitIndex()[j];
      coefficients.add(
          estimate.estimated(j)
              ? Coefficient.wald(estimate.fit().beta()[r], Math.sqrt(robust[r][r]))
              : Coefficient.missing(estimate.statuses().get(j)));
    }
    double[] mu = estimate.fit().mu();
    double largest = 0;
    long aboveOne = 0;
    for (int i = 0; i < mu.length; i++) {
      largest = Math.max(largest, mu[i]);
      if (mu[i] > 1) {
        aboveOne += estimate.data().trials()[i];
      }
    }
    return new PoissonFit(
        estimate.status(),
        coefficients,
        respondentDeviance(estimate.data(), mu),
        estimate.rank(),
        estimate.iterations(),
        estimate.converged(),
        estimate.note(),
        largest,
        aboveOne);
  }

  /**
   * The HC0 sandwich {@code B·M·B} from pattern counts: {@code B} the inverse information, {@code M
   * = Σ x·x'·[c·(1 − mu)² + (n − c)·mu²]}, the respondents' squared scores summed exactly.
   */
  static double[][] sandwich(GroupedBinomial data, Irls.Result fit) {
    int p = data.columnCount();
    double[][] meat = new double[p][p];
    for (int i = 0; i < data.rowCount(); i++) {
      double mu = fit.mu()[i];
      double c = data.successes()[i];
      double nonCases = data.trials()[i] - c;
      double w = c * (1 - mu) * (1 - mu) + nonCases * mu * mu;
      double[] x = data.x()[i];
      for (int j = 0; j < p; j++) {
        double wx = w * x[j];
        if (wx == 0) {
          continue;
        }
        for (int k = 0; k < p; k++) {
          meat[j][k] += wx * x[k];
        }
      }
    }
    RealMatrix bread = new Array2DRowRealMatrix(fit.covariance(), false);
    return bread.multiply(new Array2DRowRealMatrix(meat, false)).multiply(bread).getData();
  }

  /**
   * The deviance of one row per respondent, {@code 2 Σ [−c·log(mu) − (c − n·mu)]} (each respondent
   * contributes {@code 2 [y·log(y / mu) − (y − mu)]} with {@code y} 0 or 1).
   */
  private static double respondentDeviance(GroupedBinomial data, double[] mu) {
    double dev = 0;
    for (int i = 0; i < data.rowCount(); i++) {
      double c = data.successes()[i];
      double expected = data.trials()[i] * mu[i];
      dev += (c > 0 ? -c * Math.log(mu[i]) : 0) - (c - expected);
    }
    return 2 * dev;
  }
}
