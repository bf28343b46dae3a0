package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The contract's adjusted prevalence ratios (section 2.1, the "modified Poisson" model of Zou 2004,
 * Am J Epidemiol 159:702–706): an organisation-wide Poisson regression with log link of one outcome
 * on all factors at once, treatment-coded against each factor's reference level, with an intercept,
 * maximum likelihood, robust (HC0 sandwich) standard errors, 95% CI {@code exp(b ± 1.959964·se)}
 * and a two-sided normal p-value ({@link PoissonRegression}).
 *
 * <p>The design and its rules are those of the adjusted odds ratios ({@link AdjustedModel}):
 *
 * <ul>
 *   <li>departments are pooled (patterns with the same levels are summed: the likelihood and the
 *       sandwich depend on the totals only);
 *   <li>patterns with a missing level of an included factor are left out;
 *   <li>the model is fitted only with at least {@value AdjustedModel#EVENTS_PER_PARAMETER} cases
 *       per estimable parameter, intercept included; otherwise every ratio is {@code null} with the
 *       same note as the odds ratios;
 *   <li>a level nobody in the model has, or one that cannot be told apart from other levels, is not
 *       estimable, with the odds ratios' notes.
 * </ul>
 *
 * <p>Where the log link differs from the logit:
 *
 * <ul>
 *   <li>The estimate does not exist when some level (or combination of levels) has no cases: its
 *       ratio goes to 0, or, at a reference level, the other levels' ratios go to infinity. Those
 *       ratios are not estimable ({@link #NOTE_NO_FINITE_ESTIMATE}); the others are estimated
 *       without the patterns whose fitted prevalence goes to 0, which is the limit R's {@code glm}
 *       approaches. A level of which everyone is a case is no problem for this model.
 *   <li>The fitted prevalence of a combination of levels can exceed 1, because the model multiplies
 *       ratios. The ratios are kept (they are the maximum likelihood estimates of the log-linear
 *       model, as R reports them, and the robust intervals do not rely on the model being right);
 *       the model's note says for how many respondents this happened.
 * </ul>
 */
public final class PrevalenceRatioModel {

  static final String NOTE_NO_FINITE_ESTIMATE =
      "not estimable: some levels of the model have no cases, so this prevalence ratio has no"
          + " finite estimate";

  private PrevalenceRatioModel() {}

  /**
   * Builds and fits the model.
   *
   * @param patterns the month's covariate patterns, any departments
   * @param factors the factors present in the input; all of them enter the model
   * @param outcome the outcome to model
   */
  public static PrevalenceRatioModelResult fit(
      List<CovariatePattern> patterns, Set<Factor> factors, Outcome outcome) {
    List<Factor> included = factors.stream().sorted().toList();
    PooledDesign design = PooledDesign.of(patterns, included, outcome);
    int parameters = design.parameters();
    Optional<String> tooFew = design.tooFewEvents(AdjustedModel.EVENTS_PER_PARAMETER);
    if (tooFew.isPresent()) {
      return notFitted(design, outcome, parameters, tooFew.get());
    }
    PoissonFit fit =
        PoissonRegression.withDefaults().fit(design.x(), design.trials(), design.successes());
    boolean fitted = fit.status() == FitStatus.CONVERGED || fit.status() == FitStatus.SEPARATION;
    List<AdjustedPrevalenceRatio> ratios = new ArrayList<>();
    for (int j = 1; j < design.terms().size(); j++) {
      ratios.add(ratio(design, j, fit));
    }
    return new PrevalenceRatioModelResult(
        outcome,
        included,
        fitted,
        note(fit),
        design.respondents(),
        design.cases(),
        design.respondentsDropped(),
        design.x().length,
        parameters,
        fit,
        ratios);
  }

  /** The fit's note, followed by a word on fitted prevalences above 100% when there are any. */
  private static String note(PoissonFit fit) {
    if (fit.respondentsFittedAboveOne() == 0) {
      return fit.note();
    }
    String overshoot =
        String.format(
            Locale.ROOT,
            "the model's fitted prevalence is above 100%% for %d respondents (at most %.0f%%):"
                + " it multiplies the ratios of their levels; the ratios are kept",
            fit.respondentsFittedAboveOne(),
            100 * fit.largestFittedMean());
    return fit.note().isEmpty() ? overshoot : fit.note() + "; " + overshoot;
  }

  private static AdjustedPrevalenceRatio ratio(PooledDesign design, int column, PoissonFit fit) {
    PooledDesign.Term term = design.terms().get(column);
    Coefficient c = fit.coefficient(column);
    return switch (c.status()) {
      case ESTIMATED ->
          new AdjustedPrevalenceRatio(
              term.factor(), term.level(), c.ratio(), c.ciLow(), c.ciHigh(), c.pValue(), "");
      case ALIASED ->
          AdjustedPrevalenceRatio.notEstimable(
              term.factor(),
              term.level(),
              design.observed(column)
                  ? AdjustedModel.NOTE_ALIASED
                  : AdjustedModel.NOTE_EMPTY_LEVEL);
      case SEPARATED ->
          AdjustedPrevalenceRatio.notEstimable(
              term.factor(), term.level(), NOTE_NO_FINITE_ESTIMATE);
      case NOT_FITTED ->
          AdjustedPrevalenceRatio.notEstimable(term.factor(), term.level(), fit.note());
    };
  }

  private static PrevalenceRatioModelResult notFitted(
      PooledDesign design, Outcome outcome, int parameters, String note) {
    List<AdjustedPrevalenceRatio> ratios = new ArrayList<>();
    for (PooledDesign.Term term : design.terms().subList(1, design.terms().size())) {
      ratios.add(AdjustedPrevalenceRatio.notEstimable(term.factor(), term.level(), note));
    }
    return new PrevalenceRatioModelResult(
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
        ratios);
  }
}
