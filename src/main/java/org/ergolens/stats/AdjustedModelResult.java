package org.ergolens.stats;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The adjusted model of one outcome.
 *
 * @param outcome the outcome modelled
 * @param factors the factors in the model, in {@link Factor} order
 * @param fitted true when the model was fitted (its effects may still be individually not
 *     estimable)
 * @param note why the model was not fitted, or what to know about the fit; empty when nothing
 * @param respondents respondents in the model (every included factor known)
 * @param cases cases among them
 * @param respondentsDropped respondents left out because an included optional factor was missing
 * @param patterns distinct covariate patterns after pooling departments
 * @param parameters estimable parameters, intercept included (the rank of the design)
 * @param fit the regression, or {@code null} when the model was not fitted
 * @param effects one per non-reference level of each included factor, in factor and level order
 */
public record AdjustedModelResult(
    Outcome outcome,
    List<Factor> factors,
    boolean fitted,
    String note,
    long respondents,
    long cases,
    long respondentsDropped,
    int patterns,
    int parameters,
    LogisticFit fit,
    List<AdjustedEffect> effects) {

  public AdjustedModelResult {
    factors = List.copyOf(factors);
    effects = List.copyOf(effects);
  }

  /**
   * The effect of {@code level} of {@code factor}, if that level is a non-reference level in the
   * model.
   */
  public Optional<AdjustedEffect> effect(Factor factor, String level) {
    return effects.stream()
        .filter(e -> e.factor() == factor && e.level().equals(level))
        .findFirst();
  }
}
