package org.ergolens.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Maximum likelihood fit of a generalised linear model with a canonical link ({@link Family}) to
 * grouped counts by iteratively reweighted least squares (Newton–Raphson; the two coincide for a
 * canonical link).
 *
 * <p>It starts where R's {@code glm} starts (for the binomial family {@code mu = (y + 0.5) / (n +
 * 1)}), halves a step that would raise the deviance, and stops when no coefficient moves by more
 * than {@link #STEP_TOLERANCE} (relative to {@code max(1, |beta|)}), after one more polishing step,
 * so that the estimate is the maximum likelihood point to near machine precision. The design must
 * have full column rank (see {@link Aliasing}).
 */
final class Irls {

  static final double STEP_TOLERANCE = 1e-8;
  private static final int MAX_HALVINGS = 30;

  /**
   * The outcome of a fit.
   *
   * @param beta coefficients at the last iterate
   * @param covariance inverse Fisher information at {@code beta}; null if it is singular
   * @param mu fitted means (probabilities for the binomial family)
   * @param q {@code 1 − mu}, without cancellation for the binomial family
   * @param deviance residual deviance
   * @param iterations Newton steps taken
   * @param converged true when the step criterion was met
   */
  record Result(
      double[] beta,
      double[][] covariance,
      double[] mu,
      double[] q,
      double deviance,
      int iterations,
      boolean converged,
      Family family) {

    /** True when a fitted mean came within {@code eps} of the edge of its range. */
    boolean fittedAtBoundary(double eps) {
      for (int i = 0; i < mu.length; i++) {
        if (family.atBoundary(mu[i], q[i], eps)) {
          return true;
        }
      }
      return false;
    }
  }

  private Irls() {}

  static Result fit(GroupedBinomial data, Family family, int maxIterations) {
    Fitted current;
    try {
      current = Fitted.at(data, family, startingEstimate(data, family));
    } catch (NonPositiveDefiniteMatrixException e) {
      return new Result(
          new double[data.columnCount()],
          null,
          new double[0],
          new double[0],
          Double.NaN,
          0,
          false,
          family);
    }
    int iterations = 1;
    boolean converged = false;
    boolean lastStepSmall = false;
    while (iterations < maxIterations) {
      double[] step;
      try {
        step = solve(information(data, family, current), score(data, current));
      } catch (NonPositiveDefiniteMatrixException e) {
        break;
      }
      iterations++;
      boolean small = smallStep(step, current.beta());
      current = descend(data, family, current, step);
      if (lastStepSmall) {
        converged = true;
        break;
      }
      lastStepSmall = small;
    }
    double[][] covariance;
    try {
      covariance = inverse(information(data, family, current));
    } catch (NonPositiveDefiniteMatrixException e) {
      covariance = null;
    }
    return new Result(
        current.beta(),
        covariance,
        current.mu(),
        current.q(),
        current.deviance(),
        iterations,
        converged,
        family);
  }

  /** Coefficients, fitted means {@code mu} with their complements {@code q}, deviance. */
  record Fitted(double[] beta, double[] mu, double[] q, double deviance) {

    static Fitted at(GroupedBinomial data, Family family, double[] beta) {
      double[] mu = new double[data.rowCount()];
      double[] q = new double[data.rowCount()];
      predict(data.x(), family, beta, mu, q);
      return new Fitted(beta, mu, q, family.deviance(data, mu, q));
    }
  }

  /**
   * R's start: the family's starting means (for the binomial {@code mu = (y + 0.5) / (n + 1)}),
   * then one weighted least squares fit of the working response {@code eta + (y − n·mu) / w} with
   * the working weights {@code w}.
   */
  private static double[] startingEstimate(GroupedBinomial data, Family family) {
    int rows = data.rowCount();
    double[] mu = new double[rows];
    double[] q = new double[rows];
    double[] weightedResponse = new double[rows];
    for (int i = 0; i < rows; i++) {
      double n = data.trials()[i];
      double y = data.successes()[i];
      mu[i] = family.startingMean(n, y);
      q[i] = family.startingComplement(n, y);
      double eta = family.link(mu[i], q[i]);
      weightedResponse[i] = eta * family.weight(n, mu[i], q[i]) + (y - n * mu[i]);
    }
    double[][] info = information(data, family, new Fitted(null, mu, q, Double.NaN));
    return solve(info, transposeTimes(data.x(), weightedResponse));
  }

  /**
   * Takes the Newton step, halved until the deviance does not rise; keeps {@code from} when no
   * halving brings the deviance down to it.
   */
  static Fitted descend(GroupedBinomial data, Family family, Fitted from, double[] step) {
    double[] candidate = new double[step.length];
    for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
      for (int j = 0; j < step.length; j++) {
        candidate[j] = from.beta()[j] + step[j];
      }
      Fitted next = Fitted.at(data, family, candidate.clone());
      if (next.deviance() <= from.deviance() + 1e-12 * (Math.abs(from.deviance()) + 1)) {
        return next;
      }
      for (int j = 0; j < step.length; j++) {
        step[j] /= 2;
      }
    }
    return from;
  }

  private static boolean smallStep(double[] step, double[] beta) {
    for (int j = 0; j < step.length; j++) {
      if (Math.abs(step[j]) > STEP_TOLERANCE * Math.max(1, Math.abs(beta[j]))) {
        return false;
      }
    }
    return true;
  }

  /** Fitted means {@code mu} and their complements {@code q}. */
  private static void predict(double[][] x, Family family, double[] beta, double[] mu, double[] q) {
    double[] out = new double[2];
    for (int i = 0; i < x.length; i++) {
      double eta = 0;
      for (int j = 0; j < beta.length; j++) {
        eta += x[i][j] * beta[j];
      }
      family.means(eta, out);
      mu[i] = out[0];
      q[i] = out[1];
    }
  }

  /** The score {@code X'(y − n·mu)}. */
  private static double[] score(GroupedBinomial data, Fitted at) {
    double[] r = new double[data.rowCount()];
    for (int i = 0; i < r.length; i++) {
      r[i] = data.successes()[i] - data.trials()[i] * at.mu()[i];
    }
    return transposeTimes(data.x(), r);
  }

  /**
   * The Fisher information {@code X' W X} with the family's working weights, {@code W = diag(n · mu
   * · (1 − mu))} for the binomial and {@code diag(n · mu)} for the Poisson family.
   */
  static double[][] information(GroupedBinomial data, Family family, double[] mu, double[] q) {
    double[][] x = data.x();
    int p = data.columnCount();
    double[][] info = new double[p][p];
    for (int i = 0; i < x.length; i++) {
      double w = family.weight(data.trials()[i], mu[i], q[i]);
      for (int j = 0; j < p; j++) {
        double wx = w * x[i][j];
        if (wx == 0) {
          continue;
        }
        for (int k = j; k < p; k++) {
          info[j][k] += wx * x[i][k];
        }
      }
    }
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < j; k++) {
        info[j][k] = info[k][j];
      }
    }
    return info;
  }

  private static double[][] information(GroupedBinomial data, Family family, Fitted at) {
    return information(data, family, at.mu(), at.q());
  }

  private static double[] transposeTimes(double[][] x, double[] v) {
    int p = x.length == 0 ? 0 : x[0].length;
    double[] out = new double[p];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < p; j++) {
        out[j] += x[i][j] * v[i];
      }
    }
    return out;
  }

  /** Solves {@code info · u = rhs} by Cholesky on the unit-diagonal rescaled matrix. */
  private static double[] solve(double[][] info, double[] rhs) {
    double[] s = scales(info);
    double[] scaled = new double[rhs.length];
    for (int j = 0; j < rhs.length; j++) {
      scaled[j] = s[j] * rhs[j];
    }
    double[] u = cholesky(info, s).solve(new ArrayRealVector(scaled, false)).toArray();
    for (int j = 0; j < u.length; j++) {
      u[j] *= s[j];
    }
    return u;
  }

  /**
   * The inverse of a symmetric positive definite matrix, by Cholesky on its unit-diagonal rescaled
   * copy.
   *
   * @throws NonPositiveDefiniteMatrixException if it is not positive definite
   */
  static double[][] inverse(double[][] info) {
    double[] s = scales(info);
    double[][] inv = cholesky(info, s).getInverse().getData();
    for (int j = 0; j < inv.length; j++) {
      for (int k = 0; k < inv.length; k++) {
        inv[j][k] *= s[j] * s[k];
      }
    }
    return inv;
  }

  private static double[] scales(double[][] info) {
    double[] s = new double[info.length];
    for (int j = 0; j < s.length; j++) {
      if (!(info[j][j] > 0) || !Double.isFinite(info[j][j])) {
        throw new NonPositiveDefiniteMatrixException(info[j][j], j, 0);
      }
      s[j] = 1 / Math.sqrt(info[j][j]);
    }
    return s;
  }

  private static DecompositionSolver cholesky(double[][] info, double[] s) {
    int p = info.length;
    RealMatrix scaled = new Array2DRowRealMatrix(p, p);
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        scaled.setEntry(j, k, info[j][k] * s[j] * s[k]);
      }
    }
    return new CholeskyDecomposition(scaled, 1e-12, 1e-13).getSolver();
  }
}
