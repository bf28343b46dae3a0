package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Detects (quasi-)complete separation, the case where the maximum likelihood estimate of a logistic
 * model does not exist, with the linear program of Konis (2007, "Linear programming algorithms for
 * detecting separated data in binary logistic regression models", DPhil thesis, Oxford), and its
 * analogue for a Poisson model with log link.
 *
 * <p>Binomial data are separated when a direction {@code v ≠ 0} exists with {@code x·v ≤ 0} on
 * every row without successes, {@code x·v ≥ 0} on every row with only successes, {@code x·v = 0} on
 * every mixed row, and strict inequality on at least one row: moving the coefficients along {@code
 * v} then never lowers the likelihood, so it has no finite maximum. The program maximises the sum
 * of the one-sided values within the box {@code |v_j| ≤ 1}; a positive optimum is such a direction.
 *
 * <p>A Poisson mean has no upper bound, so for the Poisson family only the rows without cases are
 * one-sided ({@code x·v ≤ 0}) and every row with a case needs {@code x·v = 0}: the estimate does
 * not exist exactly when the log-likelihood keeps rising as the fitted means of some rows without
 * cases go to 0 (the existence condition of log-linear models, Haberman 1974, <i>The Analysis of
 * Frequency Data</i>), e.g. when nobody at some level is a case.
 */
final class Separation {

  /** Values of {@code x·v} or of the optimum below this count as zero. */
  static final double TOLERANCE = 1e-7;

  private Separation() {}

  /**
   * A separating direction, if the data have one.
   *
   * @param data rows with at least one trial; full column rank is not required
   * @param family whether rows of only successes are a boundary too ({@link Family#boundedAbove()})
   */
  static Optional<double[]> direction(GroupedBinomial data, Family family) {
    int p = data.columnCount();
    double[] objective = new double[p];
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int i = 0; i < data.rowCount(); i++) {
      double[] row = data.x()[i];
      long y = data.successes()[i];
      long n = data.trials()[i];
      if (y == 0) {
        constraints.add(new LinearConstraint(row, Relationship.LEQ, 0));
        add(objective, row, -1);
      } else if (y == n && family.boundedAbove()) {
        constraints.add(new LinearConstraint(row, Relationship.GEQ, 0));
        add(objective, row, 1);
      } else {
        constraints.add(new LinearConstraint(row, Relationship.EQ, 0));
      }
    }
    for (int j = 0; j < p; j++) {
      double[] unit = new double[p];
      unit[j] = 1;
      constraints.add(new LinearConstraint(unit, Relationship.LEQ, 1));
      constraints.add(new LinearConstraint(unit, Relationship.GEQ, -1));
    }
    PointValuePair optimum =
        new SimplexSolver()
            .optimize(
                new MaxIter(100_000),
                new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints),
                GoalType.MAXIMIZE,
                new NonNegativeConstraint(false),
                PivotSelectionRule.BLAND);
    return optimum.getValue() > TOLERANCE ? Optional.of(optimum.getPoint()) : Optional.empty();
  }

  /** {@code x·v}, the linear predictor of a row moved along the direction. */
  static double along(double[] row, double[] direction) {
    double s = 0;
    for (int j = 0; j < row.length; j++) {
      s += row[j] * direction[j];
    }
    return s;
  }

  private static void add(double[] target, double[] row, double sign) {
    for (int j = 0; j < row.length; j++) {
      target[j] += sign * row[j];
    }
  }
}
