package org.ergolens.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.FunnelLimits;
import org.ergolens.stats.FunnelPlot;

/**
 * A reporting unit's risk level from its published numbers only, so that the level and its reasons
 * never reveal a withheld value. The rules, in the order they are checked:
 *
 * <ul>
 *   <li><b>high</b>: discomfort in any region lies above the organisation's funnel limit at {@link
 *       RiskSettings#highLimit()} (99.8%) for a group of the unit's size;
 *   <li><b>moderate</b>: discomfort in any region lies above the limit at {@link
 *       RiskSettings#moderateLimit()} (95%), or one body region lies above the high limit;
 *   <li><b>low</b>: none of these.
 * </ul>
 *
 * <p>The limits are the exact binomial funnel limits of {@link FunnelPlot} around the
 * organisation's prevalence. A unit whose respondents or any-region cases are withheld is not
 * assessed.
 */
public final class RiskRules {
  private final RiskSettings settings;

  public RiskRules(RiskSettings settings) {
    this.settings = settings;
  }

  /** The unit's level and reasons; empty when its any-region figures are withheld. */
  public Optional<UnitRisk> assess(PublishedSummary unit, PublishedSummary organisation) {
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

  private static boolean above(long cases, long respondents, double target, double level) {
    FunnelLimits limits = FunnelPlot.limits(respondents, target, level);
    return limits.above(cases);
  }
}
