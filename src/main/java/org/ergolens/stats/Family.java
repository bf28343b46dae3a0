package org.ergolens.stats;

/**
 * The error distribution and canonical link of a generalised linear model fitted to grouped counts
 * ({@link GroupedBinomial}: per covariate pattern {@code n} respondents, {@code y} of them cases).
 *
 * <p>Both families use their canonical link, so Newton–Raphson and Fisher scoring coincide, the
 * score is {@code X'(y − n·mu)} for both, and only the mean function, the working weights, the
 * deviance and the boundary of the parameter space differ:
 *
 * <ul>
 *   <li>{@link #BINOMIAL}: logit link, {@code mu = 1 / (1 + e^−eta)}, weight {@code n·mu·(1 − mu)}.
 *   <li>{@link #POISSON}: log link, {@code mu = e^eta}, weight {@code n·mu}; {@code mu} is the
 *       expected number of cases per respondent, with no upper bound.
 * </ul>
 */
enum Family {
  BINOMIAL {
    @Override
    void means(double eta, double[] out) {
      double e = Math.exp(-Math.abs(eta));
      double small = e / (1 + e);
      double large = 1 / (1 + e);
      out[0] = eta >= 0 ? large : small;
      out[1] = eta >= 0 ? small : large;
    }

    @Override
    double weight(double n, double mu, double q) {
      return n * mu * q;
    }

    @Override
    double deviance(GroupedBinomial data, double[] mu, double[] q) {
      return data.deviance(mu, q);
    }

    @Override
    double startingMean(double n, double y) {
      return (y + 0.5) / (n + 1);
    }

    @Override
    double startingComplement(double n, double y) {
      return (n - y + 0.5) / (n + 1);
    }

    @Override
    double link(double mu, double q) {
      return Math.log(mu / q);
    }

    @Override
    boolean atBoundary(double mu, double q, double eps) {
      return mu < eps || q < eps;
    }

    @Override
    boolean boundedAbove() {
      return true;
    }
  },

  POISSON {
    @Override
    void means(double eta, double[] out) {
      out[0] = Math.exp(eta);
      out[1] = 1 - out[0];
    }

    @Override
    double weight(double n, double mu, double q) {
      return n * mu;
    }

    /**
     * The Poisson deviance of the pattern totals, {@code 2 Σ [y log(y / (n·mu)) − (y − n·mu)]}. It
     * differs from the deviance of one row per respondent by a constant, so it orders fits the same
     * way.
     */
    @Override
    double deviance(GroupedBinomial data, double[] mu, double[] q) {
      double dev = 0;
      for (int i = 0; i < data.rowCount(); i++) {
        double expected = data.trials()[i] * mu[i];
        double y = data.successes()[i];
        dev += (y > 0 ? y * Math.log(y / expected) : 0) - (y - expected);
      }
      return 2 * dev;
    }

    /** R's start for one row per respondent ({@code mustart = y + 0.1}), averaged per pattern. */
    @Override
    double startingMean(double n, double y) {
      return y / n + 0.1;
    }

    @Override
    double startingComplement(double n, double y) {
      return 1 - startingMean(n, y);
    }

    @Override
    double link(double mu, double q) {
      return Math.log(mu);
    }

    @Override
    boolean atBoundary(double mu, double q, double eps) {
      return mu < eps;
    }

    @Override
    boolean boundedAbove() {
      return false;
    }
  };

  /**
   * The mean {@code mu} for the linear predictor {@code eta} into {@code out[0]}, and {@code 1 −
   * mu} into {@code out[1]} (computed without cancellation where the family needs it).
   */
  abstract void means(double eta, double[] out);

  /** The working weight of a pattern with {@code n} respondents. */
  abstract double weight(double n, double mu, double q);

  /** The deviance of fitted means {@code mu} (with complements {@code q}). */
  abstract double deviance(GroupedBinomial data, double[] mu, double[] q);

  /** The mean the first least-squares step starts from, for {@code y} cases of {@code n}. */
  abstract double startingMean(double n, double y);

  /** {@code 1 −} {@link #startingMean}, computed without cancellation where the family needs it. */
  abstract double startingComplement(double n, double y);

  /** The canonical link {@code eta = g(mu)}. */
  abstract double link(double mu, double q);

  /**
   * True when a fitted mean this close to the edge of its range suggests that the maximum
   * likelihood estimate may not exist (see {@link Separation}).
   */
  abstract boolean atBoundary(double mu, double q, double eps);

  /**
   * True when a pattern whose respondents are all cases is a boundary too (a fitted probability of
   * 1 for the binomial model); a Poisson mean has no upper bound.
   */
  abstract boolean boundedAbove();
}
