package org.ergolens.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedSummary;

/**
 * Exposure-triggered actions: a change that removes an exposure, ranked by the cases of the entry's
 * outcome attributable to it. In a unit these are the department-scope {@code attributable_cases}
 * (Levin, with the organisation's prevalence ratio); organisation-wide the organisation-scope ones
 * (Miettinen). A level counts only when every number the rationale quotes for it is published and
 * it raises the risk: its share of the scope's respondents, the organisation's prevalence ratio
 * (above 1) and the attributable cases (above 0). A scope with nobody at the entry's levels
 * therefore gets no action for them.
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
      Trigger.ExposedLevel level, double share, double prevalenceRatio, double attributable) {}

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
    double attributable = levels.stream().mapToDouble(LevelFigures::attributable).sum();
    if (levels.isEmpty() || attributable < settings.minAttributableCases()) {
      return Optional.empty();
    }
    double share = levels.stream().mapToDouble(LevelFigures::share).sum();
    String rationale =
        rationale(trigger, outcome, levels, attributable, scope.cases(outcome), department == null);
    return Optional.of(
        new Candidate(
            entry,
            order,
            levels.stream().map(l -> l.level().level()).toList(),
            outcome.id(),
            share,
            attributable,
            attributable,
            rationale));
  }

  private Optional<LevelFigures> figuresOf(
      Factor factor,
      Trigger.ExposedLevel level,
      Outcome outcome,
      PublishedSummary scope,
      String department) {
    Double share = scope.share(factor, level.level());
    EffectId organisation = EffectId.organisation(factor, level.level(), outcome);
    Double ratio = figures.row(organisation).map(PublishedEffect::prevalenceRatio).orElse(null);
    EffectId here =
        new EffectId(
            department == null ? Scope.ORGANIZATION : Scope.DEPARTMENT,
            department,
            factor,
            level.level(),
            outcome);
    Double attributable = figures.row(here).map(PublishedEffect::attributableCases).orElse(null);
    if (share == null
        || share <= 0
        || ratio == null
        || ratio <= 1
        || attributable == null
        || attributable <= 0) {
      return Optional.empty();
    }
    return Optional.of(new LevelFigures(level, share, ratio, attributable));
  }

  private static String rationale(
      Trigger.Exposure trigger,
      Outcome outcome,
      List<LevelFigures> levels,
      double attributable,
      Long cases,
      boolean organisation) {
    List<String> exposed = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      LevelFigures l = levels.get(i);
      exposed.add(
          Wording.percent(l.share())
              + (i == 0 ? (organisation ? " of respondents " : " of respondents here ") : " ")
              + l.level().describes());
    }
    boolean one = levels.size() == 1;
    String ratios =
        Wording.and(levels.stream().map(l -> Wording.ratio(l.prevalenceRatio())).toList());
    String monthCases =
        "this month's "
            + (cases == null ? "" : cases + " ")
            + "cases of "
            + Wording.discomfort(outcome);
    StringBuilder sb = new StringBuilder();
    sb.append(organisation ? "Organisation-wide, " : "")
        .append(Wording.and(exposed))
        .append("; ")
        .append(organisation ? "" : "organisation-wide ")
        .append(one ? "that goes with " : "these go with ")
        .append(ratios)
        .append(" the rate of ")
        .append(Wording.discomfort(outcome))
        .append(" among ")
        .append(trigger.comparedWith())
        .append("; ");
    if (organisation) {
      sb.append("removing ")
          .append(one ? "it" : "them")
          .append(" would avoid ")
          .append(Wording.about(attributable))
          .append(" of ")
          .append(monthCases)
          .append('.');
    } else {
      sb.append(Wording.about(attributable))
          .append(" of ")
          .append(monthCases)
          .append(Math.round(attributable) <= 1 ? " here is" : " here are")
          .append(" attributable to ")
          .append(one ? "it" : "them")
          .append('.');
    }
    return capitalise(sb.toString());
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
