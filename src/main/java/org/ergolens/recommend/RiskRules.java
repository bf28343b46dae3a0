package org.ergolens.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.FunnelLimits;
import org.ergolens.stats.FunnelPlot;

/**
 * A reporting unit's risk level from its published numbers only, so that the level and its reasons
 * never reveal a withheld value. The rules, in the order they are checked:
 *
 * <ul>
 *   <li><b>high</b>: discomfort in any region lies above the organisation's funnel limit at {@link
 *       RiskSettings#highLimit()} (99.8%) for a group of the unit's size, or one factor's credibly
 *       raised levels are associated with at least {@link RiskSettings#exposureHighShare()} (25%)
 *       of the unit's cases in any region;
 *   <li><b>moderate</b>: discomfort in any region lies above the limit at {@link
 *       RiskSettings#moderateLimit()} (95%), or one body region lies above the high limit, or one
 *       factor's credibly raised levels are associated with at least {@link
 *       RiskSettings#exposureModerateShare()} (10%) of its cases;
 *   <li><b>low</b>: none of these.
 * </ul>
 *
 * <p>The limits are the exact binomial funnel limits of {@link FunnelPlot} around the
 * organisation's prevalence. The exposure rule uses the unit's published attribution ({@code
 * factor_effects}, unit scope, any region): a level counts only when it is credibly raised
 * (contract 2.1), and a factor's levels are added up because within one factor they never exceed
 * the unit's cases; across factors they overlap, so each factor is judged on its own. A unit whose
 * respondents or any-region cases are withheld is not assessed.
 */
public final class RiskRules {
  private final RiskSettings settings;

  public RiskRules(RiskSettings settings) {
    this.settings = settings;
  }

  /**
   * The unit's level and reasons from its summary alone (no exposure rule); empty when its
   * any-region figures are withheld.
   */
  public Optional<UnitRisk> assess(PublishedSummary unit, PublishedSummary organisation) {
    return assess(unit, organisation, List.of());
  }

  /**
   * The unit's level and reasons; empty when its any-region figures are withheld.
   *
   * @param effects published {@code factor_effects} rows; those of other scopes, units and outcomes
   *     are ignored
   */
  public Optional<UnitRisk> assess(
      PublishedSummary unit, PublishedSummary organisation, List<PublishedEffect> effects) {
    Long respondents = unit.respondents();
    Long cases = unit.cases(Outcome.ANY_REGION);
    Double target = organisation.prevalence(Outcome.ANY_REGION);
    if (respondents == null || cases == null || respondents == 0 || target == null) {
      return Optional.empty();
    }
    List<UnitRisk.Reason> reasons = new ArrayList<>();
    anyRegion(respondents, cases, target).ifPresent(reasons::add);
    if (settings.bodyRegions()) {
      for (Outcome o : Outcome.values()) {
        if (o != Outcome.ANY_REGION) {
          bodyRegion(o, unit, organisation).ifPresent(reasons::add);
        }
      }
    }
    reasons.addAll(linkedExposures(unit.department(), cases, effects));
    reasons.sort(Comparator.comparing(UnitRisk.Reason::gives).reversed());
    RiskLevel level =
        reasons.stream()
            .map(UnitRisk.Reason::gives)
            .max(Comparator.naturalOrder())
            .orElse(RiskLevel.LOW);
    return Optional.of(new UnitRisk(level, reasons));
  }

  private Optional<UnitRisk.Reason> anyRegion(long respondents, long cases, double target) {
    double prevalence = (double) cases / respondents;
    if (above(cases, respondents, target, settings.highLimit())) {
      return Optional.of(
          new UnitRisk.AboveLimit(
              Outcome.ANY_REGION, prevalence, target, settings.highLimit(), RiskLevel.HIGH));
    }
    if (above(cases, respondents, target, settings.moderateLimit())) {
      return Optional.of(
          new UnitRisk.AboveLimit(
              Outcome.ANY_REGION,
              prevalence,
              target,
              settings.moderateLimit(),
              RiskLevel.MODERATE));
    }
    return Optional.empty();
  }

  private Optional<UnitRisk.Reason> bodyRegion(
      Outcome o, PublishedSummary unit, PublishedSummary organisation) {
    Long cases = unit.cases(o);
    Double target = organisation.prevalence(o);
    if (cases == null || target == null) {
      return Optional.empty();
    }
    long respondents = unit.respondents();
    if (!above(cases, respondents, target, settings.highLimit())) {
      return Optional.empty();
    }
    return Optional.of(
        new UnitRisk.AboveLimit(
            o, (double) cases / respondents, target, settings.highLimit(), RiskLevel.MODERATE));
  }

  private List<UnitRisk.LinkedExposure> linkedExposures(
      String department, long cases, List<PublishedEffect> effects) {
    if (cases == 0) {
      return List.of();
    }
    Map<Factor, List<PublishedEffect>> raised = new EnumMap<>(Factor.class);
    for (PublishedEffect e : effects) {
      EffectId id = e.id();
      if (id.scope() == Scope.DEPARTMENT
          && id.department().equals(department)
          && id.outcome() == Outcome.ANY_REGION
          && !e.suppressed()
          && e.crediblyRaised()) {
        raised.computeIfAbsent(id.factor(), f -> new ArrayList<>()).add(e);
      }
    }
    List<UnitRisk.LinkedExposure> linked = new ArrayList<>();
    raised.forEach(
        (factor, levels) -> {
          double associated = levels.stream().mapToDouble(PublishedEffect::attributableCases).sum();
          double share = associated / cases;
          RiskLevel gives =
              share >= settings.exposureHighShare()
                  ? RiskLevel.HIGH
                  : share >= settings.exposureModerateShare() ? RiskLevel.MODERATE : null;
          if (gives != null) {
            linked.add(
                new UnitRisk.LinkedExposure(
                    factor,
                    levels.stream()
                        .sorted(Comparator.comparingInt(e -> factor.indexOf(e.id().level())))
                        .map(e -> e.id().level())
                        .toList(),
                    Outcome.ANY_REGION,
                    Math.min(associated, cases),
                    cases,
                    gives == RiskLevel.HIGH
                        ? settings.exposureHighShare()
                        : settings.exposureModerateShare(),
                    gives));
          }
        });
    linked.sort(Comparator.comparingDouble(UnitRisk.LinkedExposure::share).reversed());
    return linked;
  }

  private static boolean above(long cases, long respondents, double target, double level) {
    FunnelLimits limits = FunnelPlot.limits(respondents, target, level);
    return limits.above(cases);
  }
}
