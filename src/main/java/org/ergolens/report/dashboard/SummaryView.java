package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.PreviousMonth;
import org.ergolens.stats.RatioEstimate;
import org.ergolens.stats.TwoByTwoResult;
import org.ergolens.text.Labels;

/**
 * The first screen: headline figures with their change since last month, where the risk is (body
 * regions, departments, factors) and what to do first.
 *
 * @param figures the headline figures
 * @param regions the most common body regions
 * @param departments the units with the highest any-region prevalence
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
    List<Item> factors,
    List<Item> actions,
    List<Item> targets,
    String previousMonth) {

  static final int TOP = 3;

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
        departments(org, units),
        factors(strongest),
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
            "respondents",
            org.respondents() != null && before != null
                ? Formats.countChange(org.respondents(), before)
                : "",
            ""));
    out.add(
        share(
            "any-prevalence",
            org.prevalence(Outcome.ANY_REGION),
            "with discomfort in any body region",
            previous.map(p -> p.prevalence(Outcome.ANY_REGION)).orElse(null)));
    Outcome top = RegionsView.byPrevalence(org).get(0);
    out.add(
        share(
            "top-region",
            org.prevalence(top),
            "with " + top.label().toLowerCase(Locale.ROOT) + " discomfort, the most common",
            previous.map(p -> p.prevalence(top)).orElse(null)));
    out.add(
        share(
            "red-flag-share",
            org.redFlagShare(),
            "with a red flag: see a health professional",
            previous.map(PreviousMonth::redFlagShare).orElse(null)));
    return out;
  }

  private static Figure share(String metric, Double now, String label, Double before) {
    if (now == null || before == null) {
      return new Figure(metric, Formats.percent(now), label, "", "");
    }
    double d = Math.round(1000 * (now - before)) / 10.0;
    return new Figure(
        metric,
        Formats.percent(now),
        label,
        Formats.pointChange(now, before),
        d > 0 ? "worse" : d < 0 ? "better" : "same");
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

  private static List<Item> departments(PublishedSummary org, List<PublishedSummary> units) {
    Double overall = org.prevalence(Outcome.ANY_REGION);
    return Heatmap.order(units).stream()
        .filter(u -> u.prevalence(Outcome.ANY_REGION) != null)
        .limit(TOP)
        .map(
            u ->
                new Item(
                    UnitChoice.nameOf(u),
                    Formats.percent(u.prevalence(Outcome.ANY_REGION)),
                    overall == null ? "" : "vs " + Formats.percent(overall) + " overall"))
        .toList();
  }

  /**
   * Organisation rows whose effect is credibly harmful (the adjusted CI above 1 where a model was
   * fitted, else the crude PR's), by attributable cases.
   */
  static List<PublishedEffect> strongest(List<PublishedEffect> effects) {
    return effects.stream()
        .filter(e -> e.id().scope() == Scope.ORGANIZATION)
        .filter(e -> e.attributableCases() != null && e.attributableCases() > 0)
        .filter(
            e ->
                adjusted(e).ciLow() != null
                    ? adjusted(e).ciLow() > 1
                    : crude(e).prCiLow() != null && crude(e).prCiLow() > 1)
        .sorted(Comparator.comparing(PublishedEffect::attributableCases).reversed())
        .toList();
  }

  /** The row's adjusted odds ratio; {@link RatioEstimate#NONE} when there is none. */
  private static RatioEstimate adjusted(PublishedEffect e) {
    return e.adjusted().map(a -> a.oddsRatio()).orElse(RatioEstimate.NONE);
  }

  /** The row's crude statistics (present on every row with attributable cases). */
  private static TwoByTwoResult crude(PublishedEffect e) {
    return e.crude().orElseThrow().result();
  }

  private static List<Item> factors(List<PublishedEffect> strongest) {
    return strongest.stream()
        .limit(TOP)
        .map(
            e ->
                new Item(
                    Labels.exposure(e.id().factor(), e.id().level()) + " → " + outcome(e),
                    cases(e.attributableCases()),
                    adjusted(e).ratio() != null
                        ? "adjusted odds ratio "
                            + Formats.ratio(adjusted(e).ratio())
                            + " ("
                            + Formats.interval(adjusted(e).ciLow(), adjusted(e).ciHigh())
                            + ")"
                        : "prevalence ratio "
                            + Formats.ratio(crude(e).prevalenceRatio())
                            + " ("
                            + Formats.interval(crude(e).prCiLow(), crude(e).prCiHigh())
                            + ")"))
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
      double attributable = effect.attributableCases();
      out.add(
          new Item(
              Labels.exposure(e.factor(), e.level()),
              Formats.cases(attributable) + " " + Labels.cases(e.outcome()),
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
   * it could avoid.
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
