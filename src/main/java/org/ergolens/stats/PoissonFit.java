package org.ergolens.stats;

import java.util.List;

/**
 * The result of a {@link PoissonRegression} fit: one {@link Coefficient} per design column, in
 * column order, with robust (sandwich) standard errors, and the fit's diagnostics.
 *
 * @param status how the fit ended
 * @param coefficients one per design column; {@link Coefficient#ratio()} is a prevalence ratio
 * @param deviance the deviance of the fit to one row per respondent, as R's {@code deviance(fit)}
 *     reports it; null when nothing was fitted
 * @param rank number of estimated coefficients
 * @param iterations Newton (IRLS) steps taken in the final fit
 * @param converged true when the final fit converged
 * @param note what the reader should know about the fit, in plain words; empty when nothing
 * @param largestFittedMean the largest fitted prevalence of any covariate pattern in the fit; null
 *     when nothing was fitted. Above 1 the log-linear model overshoots there (see {@link
 *     #respondentsFittedAboveOne()})
 * @param respondentsFittedAboveOne respondents whose pattern's fitted prevalence is above 1
 */
public record PoissonFit(
    FitStatus status,
    List<Coefficient> coefficients,
    Double deviance,
    int rank,
    int iterations,
    boolean converged,
    String note,
    Double largestFittedMean,
    long respondentsFittedAboveOne) {

  public PoissonFit {
    coefficients = List.copyOf(coefficients);
  }

  /** The coefficient of design column {@code column}. */
  public Coefficient coefficient(int column) {
    return coefficients.get(column);
  }
}
