package org.ergolens.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The way from grouped counts to a maximum likelihood estimate that the logistic and the Poisson
 * model share: the checks of the input, the rows and columns that can enter the fit, the fit itself
 * ({@link Irls}), and what is done when the estimate does not exist ({@link Separation}).
 *
 * <ul>
 *   <li>Rows without respondents are ignored; no respondents at all, no cases, or (for both
 *       families, see {@link #estimate}) only cases fit nothing.
 *   <li>An all-zero column or one that is a linear combination of earlier columns is aliased: left
 *       out of the fit and reported as not estimable, as R reports {@code NA} ({@link Aliasing}).
 *   <li>When the iterations do not converge or a fitted mean reaches the edge of its range, the
 *       linear program of {@link Separation} looks for a direction along which the likelihood keeps
 *       rising. The coefficients that move along it have no finite estimate; the rows it drives to
 *       the edge are left out (their contribution to the likelihood, score and information goes to
 *       0 in the limit), and the other coefficients are estimated from the remaining rows, which is
 *       where R's {@code glm} drifts to.
 * </ul>
 */
final class MaximumLikelihood {

  /** A fitted mean this close to the edge of its range makes the fit check for separation. */
  static final double BOUNDARY = 1e-8;

  private MaximumLikelihood() {}

  /**
   * Where the estimation ended.
   *
   * @param status how the fit ended
   * @param note what the reader should know, in plain words; empty when nothing
   * @param statuses per design column, whether (and why not) it was estimated
   * @param fitIndex per design column, its index in {@code fit.beta()}, or -1 when not estimated
   * @param fit the final fit; null when nothing was fitted
   * @param data the rows and columns of {@code fit}; null when nothing was fitted
   * @param deviance the family's deviance of the final fit; null when nothing was fitted
   * @param rank coefficients estimated
   * @param iterations Newton steps of the final fit
   * @param converged true when the final fit converged
   */
  record Estimate(
      FitStatus status,
      String note,
      List<Coefficient.Status> statuses,
      int[] fitIndex,
      Irls.Result fit,
      GroupedBinomial data,
      Double deviance,
      int rank,
      int iterations,
      boolean converged) {

    Estimate {
      statuses = List.copyOf(statuses);
    }

    /** True when design column {@code column} has an estimate. */
    boolean estimated(int column) {
      return statuses.get(column) == Coefficient.Status.ESTIMATED;
    }
  }

  /**
   * Fits the family's model to the whole design.
   *
   * <p>An outcome of which every respondent is a case is not fitted for either family. For the
   * binomial family the estimate does not exist; for the Poisson family it does (every ratio 1) but
   * its robust variance is 0, so it would show intervals of no width around a number that says
   * nothing.
   *
   * @param design one row per covariate pattern, one column per coefficient (intercept included);
   *     finite values
   * @param trials respondents per row, {@code >= 0}
   * @param successes cases per row, {@code 0..trials}
   * @throws IllegalArgumentException if the arrays disagree in size or hold invalid values
   */
  static Estimate estimate(
      Family family, double[][] design, long[] trials, long[] successes, int maxIterations) {
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
    Irls.Result fit = Irls.fit(reduced, family, maxIterations);
    boolean clean = fit.converged() && fit.covariance() != null;
    if (clean && !fit.fittedAtBoundary(BOUNDARY)) {
      return converged(p, kept, fit, reduced);
    }
    return withSeparationCheck(family, p, kept, reduced, fit, clean, maxIterations);
  }

  private static Estimate withSeparationCheck(
      Family family,
      int p,
      int[] kept,
      GroupedBinomial reduced,
      Irls.Result fit,
      boolean clean,
      int maxIterations) {
    boolean[] separated = new boolean[kept.length];
    GroupedBinomial remaining = reduced;
    boolean found = false;
    while (remaining.rowCount() > 0) {
      Optional<double[]> direction = Separation.direction(remaining, family);
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
          ? converged(p, kept, fit, reduced)
          : notFitted(
              p,
              FitStatus.NOT_CONVERGED,
              "not fitted: the estimates did not converge in " + maxIterations + " iterations");
    }
    return separatedFit(family, p, kept, separated, remaining, reduced.rowCount(), maxIterations);
  }

  private static Estimate separatedFit(
      Family family,
      int p,
      int[] kept,
      boolean[] separated,
      GroupedBinomial remaining,
      int rows,
      int maxIterations) {
    int dropped = rows - remaining.rowCount();
    Coefficient.Status[] statuses = new Coefficient.Status[p];
    Arrays.fill(statuses, Coefficient.Status.ALIASED);
    int[] fitIndex = new int[p];
    Arrays.fill(fitIndex, -1);
    if (remaining.rowCount() == 0) {
      for (int k : kept) {
        statuses[k] = Coefficient.Status.SEPARATED;
      }
      return new Estimate(
          FitStatus.SEPARATION,
          "complete separation: every pattern is perfectly predicted; no coefficient has a"
              + " finite estimate",
          List.of(statuses),
          fitIndex,
          null,
          null,
          0.0,
          0,
          0,
          false);
    }
    int[] identifiable = Aliasing.independentColumns(remaining.x(), kept.length);
    boolean[] unidentified = Aliasing.nonIdentified(remaining.x(), kept.length, identifiable);
    GroupedBinomial refitData = remaining.columns(identifiable);
    Irls.Result refit = Irls.fit(refitData, family, maxIterations);
    if (!refit.converged() || refit.covariance() == null) {
      return notFitted(
          p,
          FitStatus.NOT_CONVERGED,
          "not fitted: the data are separated and the remaining estimates did not converge");
    }
    int notEstimable = 0;
    for (int j = 0; j < kept.length; j++) {
      if (separated[j] || unidentified[j]) {
        statuses[kept[j]] = Coefficient.Status.SEPARATED;
        notEstimable++;
      }
    }
    for (int r = 0; r < identifiable.length; r++) {
      int j = identifiable[r];
      if (!separated[j] && !unidentified[j]) {
        statuses[kept[j]] = Coefficient.Status.ESTIMATED;
        fitIndex[kept[j]] = r;
      }
    }
    return new Estimate(
        FitStatus.SEPARATION,
        separationNote(family, notEstimable, dropped),
        List.of(statuses),
        fitIndex,
        refit,
        refitData,
        refit.deviance(),
        kept.length - notEstimable,
        refit.iterations(),
        true);
  }

  private static String separationNote(Family family, int notEstimable, int dropped) {
    return switch (family) {
      case BINOMIAL ->
          "quasi-complete separation: "
              + notEstimable
              + " coefficient(s) have no finite estimate; "
              + dropped
              + " perfectly predicted pattern(s) were left out of the fit";
      case POISSON ->
          "no finite estimate for "
              + notEstimable
              + " coefficient(s): some levels, or combinations of levels, have no cases; "
              + dropped
              + " pattern(s) without cases were left out of the fit";
    };
  }

  private static Estimate converged(int p, int[] kept, Irls.Result fit, GroupedBinomial data) {
    Coefficient.Status[] statuses = new Coefficient.Status[p];
    Arrays.fill(statuses, Coefficient.Status.ALIASED);
    int[] fitIndex = new int[p];
    Arrays.fill(fitIndex, -1);
    for (int r = 0; r < kept.length; r++) {
      statuses[kept[r]] = Coefficient.Status.ESTIMATED;
      fitIndex[kept[r]] = r;
    }
    int aliased = p - kept.length;
    String note =
        aliased == 0
            ? ""
            : aliased
                + " coefficient(s) not estimable: their columns are empty or combinations"
                + " of other columns (aliased)";
    return new Estimate(
        FitStatus.CONVERGED,
        note,
        List.of(statuses),
        fitIndex,
        fit,
        data,
        fit.deviance(),
        kept.length,
        fit.iterations(),
        true);
  }

  private static Estimate notFitted(int p, FitStatus status, String note) {
    Coefficient.Status[] statuses = new Coefficient.Status[p];
    Arrays.fill(statuses, Coefficient.Status.NOT_FITTED);
    int[] fitIndex = new int[p];
    Arrays.fill(fitIndex, -1);
    return new Estimate(status, note, List.of(statuses), fitIndex, null, null, null, 0, 0, false);
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
