package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.Participation;
import org.ergolens.model.RiskLevel;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.PreviousMonth;
import org.ergolens.report.RiskText;
import org.ergolens.report.UnitSummary;
import org.ergolens.stats.AttributionBasis;
import org.ergolens.stats.AttributionRatio;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.PrevalenceDifference;
import org.ergolens.text.Estimate;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.ergolens.trend.UnitComparisons;

/**
 * The first screen: headline figures with their change since last month, where the risk is (body
 * regions, departments, factors) and what to do first.
 *
 * @param figures the headline figures
 * @param regions the most common body regions
 * @param departments the units above the 95% funnel limit of the organisation's any-region
 *     prevalence, by excess cases
 * @param riskUnits the units at high risk, then those at moderate risk, with their weightiest
 *     reason; at most {@value #RISK_UNITS}
 * @param riskUnitsMore how many more units are at moderate or high risk than listed
 * @param factors the factor levels behind the most cases
 * @param actions the first recommendations to act on
 * @param targets without recommendations: the factor levels behind the most cases, with the
 *     departments where they are most common
 * @param previousMonth the month compared with, or null
 */
public record SummaryView(
    List<Figure> figures,
    List<Item> regions,
    List<Item> departments,
    List<Item> riskUnits,
    int riskUnitsMore,
    List<Item> factors,
    List<Item> actions,
    List<Item> targets,
    String previousMonth) {

  static final int TOP = 3;

  /** The most units the risk list shows; the departments table has them all. */
  static final int RISK_UNITS = 5;

  /**
   * A headline figure.
   *
   * @param metric a stable name for tests and styles
   * @param value the figure
   * @param label what it counts
   * @param change the change since last month, or empty
   * @param trend {@code worse}, {@code better}, {@code same} or empty (for counts of people)
   */
  public record Figure(String metric, String value, String label, String change, String trend) {}

  /** A line of a list: what, how much, and a detail. */
  public record Item(String label, String value, String detail) {}

  static SummaryView of(MonthlyReport report, Optional<PreviousMonth> previous) {
    PublishedSummary org = report.organisation();
    List<PublishedSummary> units = report.departmentsPublished() ? report.units() : List.of();
    List<PublishedEffect> strongest = strongest(report.effects());
    return new SummaryView(
        figures(org, previous),
        regions(org, previous),
        departments(report.published(), report.departmentsPublished()),
        riskUnits(atRisk(report)),
        Math.max(0, atRisk(report).size() - RISK_UNITS),
        factors(strongest, org),
        actions(report.recommendations(), units),
        targets(strongest, org, units),
        previous.map(PreviousMonth::month).orElse(null));
  }

  private static List<Figure> figures(PublishedSummary org, Optional<PreviousMonth> previous) {
    List<Figure> out = new ArrayList<>();
    Long before = previous.map(PreviousMonth::respondents).orElse(null);
    out.add(
        new Figure(
            "respondents",
            Formats.count(org.respondents()),
            respondentsLabel(org),
            org.respondents() != null && before != null
                ? Formats.countChange(org.respondents(), before)
                : "",
            ""));
    out.add(
        share(
            "any-prevalence",
            org.prevalence(Outcome.ANY_REGION),
            "with discomfort in any body region",
            previous.map(p -> p.prevalence(Outcome.ANY_REGION)).orElse(null),
            org.respondents(),
            before));
    Outcome top = RegionsView.byPrevalence(org).get(0);
    out.add(
        share(
            "top-region",
            org.prevalence(top),
            "with " + top.label().toLowerCase(Locale.ROOT) + " discomfort, the most common",
            previous.map(p -> p.prevalence(top)).orElse(null),
            org.respondents(),
            before));
    out.add(
        share(
            "red-flag-share",
            org.redFlagShare(),
            "with a red flag: see a health professional",
            previous.map(PreviousMonth::redFlagShare).orElse(null),
            org.respondents(),
            before));
    return out;
  }

  /** "respondents", and with a headcount "respondents, 77.7% of 5,000 employed". */
  static String respondentsLabel(PublishedSummary organisation) {
    Participation p = organisation.participation();
    if (!p.known() || p.responseRate() == null) {
      return "respondents";
    }
    String flag = p.level() == Participation.Level.OK ? "" : Labels.participation(p.level());
    return "respondents, "
        + Formats.percent(p.responseRate())
        + " of "
        + Formats.count(p.headcount())
        + " employed"
        + (flag.isEmpty() ? "" : " (" + flag + ")");
  }

  /**
   * A share with its change since last month, coloured only when the change is beyond chance: its
   * Newcombe 95% interval, from the two months' respondents, excludes 0.
   */
  private static Figure share(
      String metric, Double now, String label, Double before, Long respondents, Long previous) {
    if (now == null || before == null) {
      return new Figure(metric, Formats.percent(now), label, "", "");
    }
    return new Figure(
        metric,
        Formats.percent(now),
        label,
        Formats.pointChange(now, before),
        changeColour(now, before, respondents, previous));
  }

  /**
   * {@code worse} or {@code better} for a change beyond chance, else {@code same}; empty when the
   * months' respondents are not both published.
   */
  static String changeColour(double now, double before, Long respondents, Long previous) {
    if (respondents == null || previous == null || respondents == 0 || previous == 0) {
      return "";
    }
    PrevalenceDifference d =
        PrevalenceDifference.newcombe(
            Math.round(now * respondents), respondents, Math.round(before * previous), previous);
    if (!d.beyondChance()) {
      return "same";
    }
    return d.difference() > 0 ? "worse" : "better";
  }

  private static List<Item> regions(PublishedSummary org, Optional<PreviousMonth> previous) {
    return RegionsView.byPrevalence(org).stream()
        .filter(o -> org.prevalence(o) != null)
        .limit(TOP)
        .map(
            o -> {
              Double before = previous.map(p -> p.prevalence(o)).orElse(null);
              return new Item(
                  o.label(),
                  Formats.percent(org.prevalence(o)),
                  before == null ? "" : Formats.pointChange(org.prevalence(o), before));
            })
        .toList();
  }

  /**
   * The units whose any-region cases lie above the upper 95% funnel limit around the organisation's
   * prevalence (more than chance alone makes plausible), by their cases above the organisation's
   * rate. A unit merely high on a small base is not listed.
   */
  private static List<Item> departments(PublishedMonth month, boolean published) {
    if (!published) {
      return List.of();
    }
    Map<String, String> names = new HashMap<>();
    month.units().forEach(u -> names.put(u.department(), UnitChoice.nameOf(u)));
    return UnitComparisons.above95(UnitComparisons.of(month), Outcome.ANY_REGION).stream()
        .limit(TOP)
        .map(
            c ->
                new Item(
                    names.getOrDefault(c.department(), c.department()),
                    Formats.percent(c.funnel().prevalence()),
                    "vs "
                        + Formats.percent(c.funnel().target())
                        + " overall: "
                        + Numbers.cases(c.funnel().excessCases())
                        + " more cases than the organisation's rate would give"))
        .toList();
  }

  /** The units at moderate or high risk, high first, then in the table's order. */
  private static List<UnitSummary> atRisk(MonthlyReport report) {
    if (!report.departmentsPublished()) {
      return List.of();
    }
    return report.unitSummaries().stream()
        .filter(u -> u.risk().map(r -> r.level() != RiskLevel.LOW).orElse(false))
        .sorted(Comparator.comparing((UnitSummary u) -> u.risk().orElseThrow().level()).reversed())
        .toList();
  }

  private static List<Item> riskUnits(List<UnitSummary> atRisk) {
    return atRisk.stream()
        .limit(RISK_UNITS)
        .map(
            u ->
                new Item(
                    UnitChoice.nameOf(u.published()),
                    RiskText.level(u.risk()),
                    RiskText.reason(u.risk().orElseThrow().reasons().get(0))))
        .toList();
  }

  /**
   * The organisation's credibly raised levels (contract 2.1: the lower 95% limit of the ratio R
   * their cases are attributed with is above 1) for one outcome, by attributed cases: the outcome
   * of the largest such figure. One outcome only, so that no region stands beside {@code
   * any_region}, which contains it; the levels' cases still overlap across factors.
   */
  static List<PublishedEffect> strongest(List<PublishedEffect> effects) {
    List<PublishedEffect> raised =
        effects.stream()
            .filter(e -> e.id().scope() == Scope.ORGANIZATION)
            .filter(e -> e.crediblyRaised() && e.attributableCases() > 0)
            .sorted(Comparator.comparing(PublishedEffect::attributableCases).reversed())
            .toList();
    if (raised.isEmpty()) {
      return raised;
    }
    Outcome outcome = raised.get(0).id().outcome();
    return raised.stream().filter(e -> e.id().outcome() == outcome).toList();
  }

  /** A level standing on its own, with its factor: "Screen: laptop only". */
  private static String exposure(Factor factor, String level) {
    return org.ergolens.text.Labels.exposure(factor, level);
  }

  /** "lower-back cases". */
  private static String casesWord(Outcome outcome) {
    return org.ergolens.text.Labels.cases(outcome);
  }

  /** The attributed cases with their interval. */
  private static Estimate attributed(PublishedEffect e) {
    CaseAttribution a = e.attribution().orElseThrow();
    return new Estimate(a.cases(), a.casesCiLow(), a.casesCiHigh());
  }

  private static List<Item> factors(List<PublishedEffect> strongest, PublishedSummary org) {
    return strongest.stream()
        .limit(TOP)
        .map(
            e -> {
              Outcome o = e.id().outcome();
              Long total = org.cases(o);
              AttributionRatio r = e.attribution().orElseThrow().ratio();
              return new Item(
                  exposure(e.id().factor(), e.id().level()),
                  "associated with "
                      + Numbers.casesOf(
                          attributed(e),
                          total == null ? OptionalLong.empty() : OptionalLong.of(total),
                          o),
                  "prevalence ratio "
                      + Numbers.ratio(new Estimate(r.ratio(), r.ciLow(), r.ciHigh()))
                      + (r.basis() == AttributionBasis.ADJUSTED
                          ? ", adjusted for the other factors"
                          : ", not adjusted for other factors"));
            })
        .toList();
  }

  /**
   * Where to start without recommendations: each of the strongest factor levels once, with the two
   * departments where it is more common than in the whole organisation.
   */
  private static List<Item> targets(
      List<PublishedEffect> strongest, PublishedSummary org, List<PublishedSummary> units) {
    List<Item> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PublishedEffect effect : strongest) {
      EffectId e = effect.id();
      if (out.size() == TOP || !seen.add(e.factor().id() + "=" + e.level())) {
        continue;
      }
      Factor f = e.factor();
      Double overall = org.share(f, e.level());
      List<String> where =
          units.stream()
              .filter(
                  u ->
                      u.share(f, e.level()) != null
                          && (overall == null || u.share(f, e.level()) > overall))
              .sorted(
                  Comparator.comparing((PublishedSummary u) -> u.share(f, e.level())).reversed())
              .limit(2)
              .map(u -> UnitChoice.nameOf(u) + " (" + Formats.percent(u.share(f, e.level())) + ")")
              .toList();
      String detail =
          where.isEmpty()
              ? (overall == null ? "" : Formats.percent(overall) + " of respondents")
              : "most common in "
                  + String.join(" and ", where)
                  + (overall == null ? "" : ", against " + Formats.percent(overall) + " overall");
      out.add(
          new Item(
              exposure(f, e.level()),
              "associated with " + Numbers.cases(attributed(effect)) + " " + casesWord(e.outcome()),
              detail));
    }
    return out;
  }

  /** "about 12 cases", "about 1 case": attributable cases as whole people. */
  static String cases(double attributable) {
    return Formats.cases(attributable) + (Math.round(attributable) == 1 ? " case" : " cases");
  }

  private static String outcome(PublishedEffect e) {
    return e.id().outcome().label().toLowerCase(Locale.ROOT);
  }

  /**
   * The organisation's own recommendations by rank; without any, each unit's first one by the cases
   * associated with it.
   */
  static List<Item> actions(List<Recommendation> all, List<PublishedSummary> units) {
    List<Recommendation> recommendations =
        all.stream()
            .filter(
                r ->
                    r.department() == null
                        || units.stream().anyMatch(u -> u.department().equals(r.department())))
            .toList();
    List<Recommendation> org =
        recommendations.stream()
            .filter(r -> r.department() == null)
            .sorted(Comparator.comparingInt(Recommendation::rank))
            .toList();
    List<Recommendation> chosen =
        !org.isEmpty()
            ? org
            : recommendations.stream()
                .filter(r -> r.rank() == 1)
                .sorted(
                    Comparator.comparing(
                        Recommendation::attributableCases,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    return chosen.stream()
        .limit(TOP)
        .map(
            r -> {
              RecommendationsView.Item i = RecommendationsView.item(r);
              String where = r.department() == null ? "" : unitName(r.department(), units) + ": ";
              return new Item(i.title(), i.cases(), where + i.rationale());
            })
        .toList();
  }

  private static String unitName(String id, List<PublishedSummary> units) {
    return units.stream()
        .filter(u -> u.department().equals(id))
        .findFirst()
        .map(UnitChoice::nameOf)
        .orElse(id);
  }
}
