package org.ergolens.stats;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The adjusted prevalence ratio model of one outcome ({@link PrevalenceRatioModel}).
 *
 * @param outcome the outcome modelled
 * @param factors the factors in the model, in {@link Factor} order
 * @param fitted true when the model was fitted (its ratios may still be individually not estimable)
 * @param note why the model was not fitted, or what to know about the fit; empty when nothing
 * @param respondents respondents in the model (every included factor known)
 * @param cases cases among them
 * @param respondentsDropped respondents left out because an included optional factor was missing
 * @param patterns distinct covariate patterns after pooling departments
 * @param parameters estimable parameters, intercept included (the rank of the design)
 * @param fit the regression, or {@code null} when the model was not fitted
 * @param ratios one per non-reference level of each included factor, in factor and level order
 */
public record PrevalenceRatioModelResult(
    Outcome outcome,
    List<Factor> factors,
    boolean fitted,
    String note,
    long respondents,
    long cases,
    long respondentsDropped,
    int patterns,
    int parameters,
    PoissonFit fit,
    List<AdjustedPrevalenceRatio> ratios) {

  public PrevalenceRatioModelResult {
    factors = List.copyOf(factors);
    ratios = List.copyOf(ratios);
  }

  /**
   * The adjusted prevalence ratio of {@code level} of {@code factor}, if that level is a
   * non-reference level in the model.
   */
  public Optional<AdjustedPrevalenceRatio> ratio(Factor factor, String level) {
    return ratios.stream().filter(r -> r.factor() == factor && r.level().equals(level)).findFirst();
  }
}
