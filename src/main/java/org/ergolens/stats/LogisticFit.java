package org.ergolens.stats;

import java.util.List;

/**
 * The result of a {@link LogisticRegression} fit: one {@link Coefficient} per design column, in
 * column order, and the fit's diagnostics.
 *
 * @param status how the fit ended
 * @param coefficients one per design column
 * @param deviance residual deviance; null when nothing was fitted
 * @param rank number of estimated coefficients
 * @param iterations Newton (IRLS) steps taken in the final fit
 * @param converged true when the final fit converged
 * @param note what the reader should know, in plain words; empty when nothing
 */
public record LogisticFit(
    FitStatus status,
    List<Coefficient> coefficients,
    Double deviance,
    int rank,
    int iterations,
    boolean converged,
    String note) {

  public LogisticFit {
    coefficients = List.copyOf(coefficients);
  }

  /** The coefficient of design column {@code column}. */
  public Coefficient coefficient(int column) {
    return coefficients.get(column);
  }
}
