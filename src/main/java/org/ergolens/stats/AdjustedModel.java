package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The contract's adjusted odds ratios: an organisation-wide logistic regression of one outcome on
 * all factors at once, treatment-coded against each factor's reference level, with an intercept.
 *
 * <ul>
 *   <li>Departments are pooled: patterns with the same levels are summed (the likelihood is the
 *       same, the fit smaller).
 *   <li>Patterns with a missing ({@link Factor#MISSING}) level of an included factor are left out
 *       of the model.
 *   <li>Events per parameter: the model is fitted only when the cases are at least {@value
 *       #EVENTS_PER_PARAMETER} times the number of estimated parameters, intercept included. The
 *       parameters counted are those the data can estimate (the rank of the design): a level nobody
 *       in the model has gets no parameter, as R's {@code glm} would not create one. Otherwise
 *       every adjusted value is {@code null} and the note says why.
 * </ul>
 */
public final class AdjustedModel {

  /** Cases needed per estimated parameter. */
  public static final int EVENTS_PER_PARAMETER = 10;

  static final String NOTE_EMPTY_LEVEL = "not estimable: nobody in the model has this level";
  static final String NOTE_ALIASED =
      "not estimable: this level cannot be told apart from other levels in the data (aliased)";
  static final String NOTE_SEPARATED =
      "not estimable: the outcome is perfectly predicted at some levels (no cases or only"
          + " cases), so this odds ratio has no finite estimate";

  private AdjustedModel() {}

  /**
   * Builds and fits the model.
   *
   * @param patterns the month's covariate patterns, any departments
   * @param factors the factors present in the input; all of them enter the model
   * @param outcome the outcome to model
   */
  public static AdjustedModelResult fit(
      List<CovariatePattern> patterns, Set<Factor> factors, Outcome outcome) {
    List<Factor> included = factors.stream().sorted().toList();
    PooledDesign design = PooledDesign.of(patterns, included, outcome);
    int parameters = design.parameters();
    Optional<String> tooFew = design.tooFewEvents(EVENTS_PER_PARAMETER);
    if (tooFew.isPresent()) {
      return notFitted(design, outcome, parameters, tooFew.get());
    }
    long cases = design.cases();
    LogisticFit fit =
        LogisticRegression.withDefaults().fit(design.x(), design.trials(), design.successes());
    boolean fitted = fit.status() == FitStatus.CONVERGED || fit.status() == FitStatus.SEPARATION;
    List<AdjustedEffect> effects = new ArrayList<>();
    for (int j = 1; j < design.terms().size(); j++) {
      effects.add(effect(design, j, fit));
    }
    return new AdjustedModelResult(
        outcome,
        included,
        fitted,
        fit.note(),
        design.respondents(),
        cases,
        design.respondentsDropped(),
        design.x().length,
        parameters,
        fit,
        effects);
  }

  private static AdjustedEffect effect(PooledDesign design, int column, LogisticFit fit) {
    PooledDesign.Term term = design.terms().get(column);
    Coefficient c = fit.coefficient(column);
    return switch (c.status()) {
      case ESTIMATED ->
          new AdjustedEffect(
              term.factor(), term.level(), c.ratio(), c.ciLow(), c.ciHigh(), c.pValue(), "");
      case ALIASED ->
          AdjustedEffect.notEstimable(
              term.factor(),
              term.level(),
              design.observed(column) ? NOTE_ALIASED : NOTE_EMPTY_LEVEL);
      case SEPARATED -> AdjustedEffect.notEstimable(term.factor(), term.level(), NOTE_SEPARATED);
      case NOT_FITTED -> AdjustedEffect.notEstimable(term.factor(), term.level(), fit.note());
    };
  }

  private static AdjustedModelResult notFitted(
      PooledDesign design, Outcome outcome, int parameters, String note) {
    List<AdjustedEffect> effects = new ArrayList<>();
    for (PooledDesign.Term term : design.terms().subList(1, design.terms().size())) {
      effects.add(AdjustedEffect.notEstimable(term.factor(), term.level(), note));
    }
    return new AdjustedModelResult(
        outcome,
        design.factors(),
        false,
        note,
        design.respondents(),
        design.cases(),
        design.respondentsDropped(),
        design.x().length,
        parameters,
        null,
        effects);
  }
}
