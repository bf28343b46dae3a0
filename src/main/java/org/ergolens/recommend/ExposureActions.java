package org.ergolens.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.AttributionBasis;
import org.ergolens.stats.AttributionRatio;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.text.Estimate;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * Exposure-triggered actions: a change that removes an exposure, ranked by the cases of the entry's
 * outcome associated with it. In a unit these are the department-scope {@code attributable_cases},
 * organisation-wide the organisation-scope ones: both Miettinen's formula with the organisation's
 * prevalence ratio R (adjusted for the other factors where the model was fitted). A level counts
 * only when it is credibly raised (R's lower 95% limit above 1, contract 2.1) and every number the
 * rationale quotes for it is published: its share of the scope's respondents, R with its interval
 * and the attributed cases with theirs (above 0). A scope with nobody at the entry's levels
 * therefore gets no action for them.
 *
 * <p>The cases are an association in cross-sectional data, so the rationale says "associated with",
 * never what removing the exposure would avoid. With several levels the interval of their sum adds
 * up the levels' limits, which is at least as wide as a joint interval.
 */
final class ExposureActions {
  private final PublishedFigures figures;
  private final RankingSettings settings;

  ExposureActions(PublishedFigures figures, RankingSettings settings) {
    this.figures = figures;
    this.settings = settings;
  }

  /** What the rationale says about one level. */
  private record LevelFigures(
      Trigger.ExposedLevel level, double share, AttributionRatio ratio, Estimate attributable) {}

  /**
   * The entry's candidate for a scope, if its attributable cases reach the configured minimum.
   *
   * @param scope the unit's (or the organisation's) published summary
   * @param department the unit's id, or null for the organisation
   */
  Optional<Candidate> candidate(
      CatalogEntry entry,
      int order,
      Trigger.Exposure trigger,
      PublishedSummary scope,
      String department) {
    Factor factor = Factor.byId(trigger.factor());
    Outcome outcome = Outcome.byId(trigger.outcome());
    List<LevelFigures> levels = new ArrayList<>();
    for (Trigger.ExposedLevel level : trigger.levels()) {
      figuresOf(factor, level, outcome, scope, department).ifPresent(levels::add);
    }
    Estimate attributable =
        new Estimate(
            levels.stream().mapToDouble(l -> l.attributable().value()).sum(),
            levels.stream().mapToDouble(l -> l.attributable().low()).sum(),
            levels.stream().mapToDouble(l -> l.attributable().high()).sum());
    if (levels.isEmpty() || attributable.value() < settings.minAttributableCases()) {
      return Optional.empty();
    }
    double share = levels.stream().mapToDouble(LevelFigures::share).sum();
    String rationale =
        rationale(trigger, factor, outcome, levels, attributable, scope.cases(outcome), department);
    return Optional.of(
        new Candidate(
            entry,
            order,
            levels.stream().map(l -> l.level().level()).toList(),
            outcome.id(),
            share,
            attributable.value(),
            attributable.value(),
            rationale));
  }

  private Optional<LevelFigures> figuresOf(
      Factor factor,
      Trigger.ExposedLevel level,
      Outcome outcome,
      PublishedSummary scope,
      String department) {
    Double share = scope.share(factor, level.level());
    EffectId here =
        new EffectId(
            department == null ? Scope.ORGANIZATION : Scope.DEPARTMENT,
            department,
            factor,
            level.level(),
            outcome);
    Optional<CaseAttribution> attribution = figures.row(here).flatMap(PublishedEffect::attribution);
    if (share == null
        || share <= 0
        || attribution.isEmpty()
        || !attribution.get().crediblyRaised()
        || attribution.get().cases() <= 0) {
      return Optional.empty();
    }
    CaseAttribution a = attribution.get();
    return Optional.of(
        new LevelFigures(
            level, share, a.ratio(), new Estimate(a.cases(), a.casesCiLow(), a.casesCiHigh())));
  }

  private static String rationale(
      Trigger.Exposure trigger,
      Factor factor,
      Outcome outcome,
      List<LevelFigures> levels,
      Estimate attributable,
      Long cases,
      String department) {
    boolean organisation = department == null;
    List<String> exposed = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      LevelFigures l = levels.get(i);
      exposed.add(
          Numbers.percent(l.share())
              + (i == 0 ? (organisation ? " of respondents " : " of respondents here ") : " ")
              + l.level().describes());
    }
    boolean one = levels.size() == 1;
    List<String> ratios =
        levels.stream()
            .map(
                l ->
                    Numbers.ratio(l.ratio().ratio())
                        + " times (95% CI "
                        + Numbers.ratioInterval(l.ratio().ciLow(), l.ratio().ciHigh())
                        + ")")
            .toList();
    boolean adjusted =
        levels.stream().allMatch(l -> l.ratio().basis() == AttributionBasis.ADJUSTED);
    String them = one ? "that goes" : "these go";
    String association =
        " with "
            + Labels.and(ratios)
            + " the rate of "
            + Labels.discomfort(outcome)
            + " among "
            + trigger.comparedWith()
            + (adjusted
                ? ", the other factors held equal. "
                : " (not adjusted for other factors). ");
    String associated =
        (one ? "it is" : "together they are")
            + " associated with "
            + Numbers.casesOf(
                attributable,
                cases == null ? OptionalLong.empty() : OptionalLong.of(cases),
                outcome)
            + ".";
    String sentence =
        organisation
            ? "Organisation-wide, "
                + Labels.and(exposed)
                + ". "
                + Labels.capitalise(them)
                + association
                + Labels.capitalise(associated)
            : Labels.and(exposed)
                + ". Organisation-wide, "
                + them
                + association
                + "Here, "
                + associated;
    return Labels.capitalise(sentence);
  }
}
