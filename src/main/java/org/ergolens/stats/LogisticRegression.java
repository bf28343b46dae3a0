package org.ergolens.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Maximum likelihood logistic regression on grouped binomial data (one design row per covariate
 * pattern, with its trials and successes), giving the same estimates as R's {@code
 * glm(cbind(successes, trials - successes) ~ ..., family = binomial)}.
 *
 * <p>The caller supplies the whole design, intercept column included. Rows without trials are
 * ignored. Hard cases are reported through {@link LogisticFit#status()} and per-coefficient {@link
 * Coefficient.Status}, never as NaN or an exception:
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

  /** A fitted probability this close to 0 or 1 makes the fit check for separation. */
  static final double BOUNDARY = 1e-8;

  private static final LogisticRegression DEFAULT = new LogisticRegression(DEFAULT_MAX_ITERATIONS);
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

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
    int p = validate(design, trials, successes);
    GroupedBinomial all = new GroupedBinomial(design, trials, successes);
    int[] withTrials = IntStream.range(0, design.length).filter(i -> trials[i] > 0).toArray();
    GroupedBinomial data = all.rows(withTrials);
    if (data.rowCount() == 0) {
      return notFitted(p, FitStatus.NO_DATA, "not fitted: no respondents");
    }
    long cases = data.totalSuccesses();
    if (cases == 0) {
      return notFitted(p, FitStatus.NO_VARIATION, "not fitted: the outcome has no cases");
    }
    if (cases == data.totalTrials()) {
      return notFitted(p, FitStatus.NO_VARIATION, "not fitted: every respondent is a case");
    }
    int[] kept = Aliasing.independentColumns(data.x(), p);
    GroupedBinomial reduced = data.columns(kept);
    Irls.Result fit = Irls.fit(reduced, maxIterations);
    boolean clean = fit.converged() && fit.covariance() != null;
    if (clean && !fit.fittedAtBoundary(BOUNDARY)) {
      return converged(p, kept, fit);
    }
    return withSeparationCheck(p, kept, reduced, fit, clean);
  }

  private LogisticFit withSeparationCheck(
      int p, int[] kept, GroupedBinomial reduced, Irls.Result fit, boolean clean) {
    boolean[] separated = new boolean[kept.length];
    GroupedBinomial remaining = reduced;
    boolean found = false;
    while (remaining.rowCount() > 0) {
      Optional<double[]> direction = Separation.direction(remaining);
      if (direction.isEmpty()) {
        break;
      }
      found = true;
      double[] v = direction.get();
      for (int j = 0; j < v.length; j++) {
        separated[j] |= Math.abs(v[j]) > Separation.TOLERANCE;
      }
      GroupedBinomial current = remaining;
      int[] unseparated =
          IntStream.range(0, current.rowCount())
              .filter(i -> Math.abs(Separation.along(current.x()[i], v)) <= Separation.TOLERANCE)
              .toArray();
      remaining = current.rows(unseparated);
    }
    if (!found) {
      return clean
          ? converged(p, kept, fit)
          : notFitted(
              p,
              FitStatus.NOT_CONVERGED,
              "not fitted: the estimates did not converge in " + maxIterations + " iterations");
    }
    return separatedFit(p, kept, separated, remaining, reduced.rowCount());
  }

  private LogisticFit separatedFit(
      int p, int[] kept, boolean[] separated, GroupedBinomial remaining, int rows) {
    int dropped = rows - remaining.rowCount();
    Coefficient[] out = new Coefficient[p];
    Arrays.fill(out, Coefficient.missing(Coefficient.Status.ALIASED));
    if (remaining.rowCount() == 0) {
      for (int k : kept) {
        out[k] = Coefficient.missing(Coefficient.Status.SEPARATED);
      }
      return new LogisticFit(
          FitStatus.SEPARATION,
          List.of(out),
          0.0,
          0,
          0,
          false,
          "complete separation: every pattern is perfectly predicted; no coefficient has a"
              + " finite estimate");
    }
    int[] identifiable = Aliasing.independentColumns(remaining.x(), kept.length);
    boolean[] unidentified = Aliasing.nonIdentified(remaining.x(), kept.length, identifiable);
    Irls.Result refit = Irls.fit(remaining.columns(identifiable), maxIterations);
    if (!refit.converged() || refit.covariance() == null) {
      return notFitted(
          p,
          FitStatus.NOT_CONVERGED,
          "not fitted: the data are separated and the remaining estimates did not converge");
    }
    int notEstimable = 0;
    for (int j = 0; j < kept.length; j++) {
      if (separated[j] || unidentified[j]) {
        out[kept[j]] = Coefficient.missing(Coefficient.Status.SEPARATED);
        notEstimable++;
      }
    }
    for (int r = 0; r < identifiable.length; r++) {
      int j = identifiable[r];
      if (!separated[j] && !unidentified[j]) {
        out[kept[j]] = estimated(refit, r);
      }
    }
    return new LogisticFit(
        FitStatus.SEPARATION,
        List.of(out),
        refit.deviance(),
        kept.length - notEstimable,
        refit.iterations(),
        true,
        "quasi-complete separation: "
            + notEstimable
            + " coefficient(s) have no finite estimate;"
            + " "
            + dropped
            + " perfectly predicted pattern(s) were left out of the fit");
  }

  private static LogisticFit converged(int p, int[] kept, Irls.Result fit) {
    Coefficient[] out = new Coefficient[p];
    Arrays.fill(out, Coefficient.missing(Coefficient.Status.ALIASED));
    for (int r = 0; r < kept.length; r++) {
      out[kept[r]] = estimated(fit, r);
    }
    int aliased = p - kept.length;
    String note =
        aliased == 0
            ? ""
            : aliased
                + " coefficient(s) not estimable: their columns are empty or combinations"
                + " of other columns (aliased)";
    return new LogisticFit(
        FitStatus.CONVERGED,
        List.of(out),
        fit.deviance(),
        kept.length,
        fit.iterations(),
        true,
        note);
  }

  private static Coefficient estimated(Irls.Result fit, int r) {
    double b = fit.beta()[r];
    double se = Math.sqrt(fit.covariance()[r][r]);
    double z = b / se;
    Double[] ci = Wald.interval(b, se);
    return new Coefficient(
        Coefficient.Status.ESTIMATED,
        Finite.orNull(b),
        Finite.orNull(se),
        Finite.orNull(z),
        Finite.orNull(2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z))),
        Finite.orNull(Math.exp(b)),
        ci[0],
        ci[1]);
  }

  private static LogisticFit notFitted(int p, FitStatus status, String note) {
    List<Coefficient> out = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      out.add(Coefficient.missing(Coefficient.Status.NOT_FITTED));
    }
    return new LogisticFit(status, out, null, 0, 0, false, note);
  }

  private static int validate(double[][] design, long[] trials, long[] successes) {
    if (design.length != trials.length || design.length != successes.length) {
      throw new IllegalArgumentException(
          "Cannot fit: design has "
              + design.length
              + " rows, trials "
              + trials.length
              + ", successes "
              + successes.length);
    }
    int p = design.length == 0 ? 0 : design[0].length;
    if (p == 0) {
      throw new IllegalArgumentException("Cannot fit: the design has no columns");
    }
    for (int i = 0; i < design.length; i++) {
      if (design[i].length != p) {
        throw new IllegalArgumentException(
            "Cannot fit: design row " + i + " has " + design[i].length + " columns, not " + p);
      }
      for (double v : design[i]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("Cannot fit: design row " + i + " holds " + v);
        }
      }
      if (trials[i] < 0 || successes[i] < 0 || successes[i] > trials[i]) {
        throw new IllegalArgumentException(
            "Cannot fit: row "
                + i
                + " has "
                + successes[i]
                + " successes in "
                + trials[i]
                + " trials");
      }
    }
    return p;
  }
}
