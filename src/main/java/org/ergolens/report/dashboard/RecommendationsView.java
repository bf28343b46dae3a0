package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * Ranked recommendations per unit, the organisation's first, rendered from the record's fields
 * alone so that the catalog can grow without touching the dashboard. Recommendations for a unit
 * that is not published (or unknown) are left out: they would describe it.
 *
 * @param groups one group per unit that has recommendations
 */
public record RecommendationsView(List<Group> groups) {

  /**
   * One unit's recommendations.
   *
   * @param name display name
   * @param unit the unit's id, or null for the organisation
   * @param items by rank
   */
  public record Group(String name, String unit, List<Item> items) {}

  /**
   * One recommendation as shown. Numbers the record leaves null are left out.
   *
   * @param rank 1 first
   * @param id the catalog id
   * @param title what to do
   * @param rationale why, in numbers
   * @param target the factor level it targets, or empty
   * @param affected share of the unit at that level, or empty
   * @param cases attributable cases, or empty
   * @param evidence the evidence in a sentence, or empty
   * @param audience who acts on it, or empty
   */
  public record Item(
      int rank,
      String id,
      String title,
      String rationale,
      String target,
      String affected,
      String cases,
      String evidence,
      String audience) {}

  static RecommendationsView of(
      List<Recommendation> recommendations, List<PublishedSummary> units) {
    Map<String, PublishedSummary> byId = new LinkedHashMap<>();
    Heatmap.order(units).forEach(u -> byId.put(u.department(), u));
    Map<String, List<Recommendation>> grouped = new LinkedHashMap<>();
    grouped.put(null, new ArrayList<>());
    byId.keySet().forEach(id -> grouped.put(id, new ArrayList<>()));
    for (Recommendation r : recommendations) {
      if (grouped.containsKey(r.department())) {
        grouped.get(r.department()).add(r);
      }
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach(
        (id, list) -> {
          if (list.isEmpty()) {
            return;
          }
          List<Item> items =
              list.stream()
                  .sorted(Comparator.comparingInt(Recommendation::rank))
                  .map(RecommendationsView::item)
                  .toList();
          PublishedSummary u = id == null ? null : byId.get(id);
          String name = id == null ? "Whole organisation" : u == null ? id : UnitChoice.nameOf(u);
          groups.add(new Group(name, id, items));
        });
    return new RecommendationsView(groups);
  }

  /** How an action a configured change already addresses is titled. */
  static final String UNDER_WAY = "Under way: ";

  static Item item(Recommendation r) {
    String target =
        r.factor() == null
            ? ""
            : r.level() == null
                ? Labels.factor(Factor.byId(r.factor()))
                : Labels.exposures(Factor.byId(r.factor()), List.of(r.level().split(";")));
    return new Item(
        r.rank(),
        text(r.recommendationId()),
        (r.underWay() ? UNDER_WAY : "") + text(r.title()),
        text(r.rationale()),
        target,
        r.affectedShare() == null ? "" : Formats.percent(r.affectedShare()) + " of respondents",
        r.attributableCases() == null
            ? ""
            : "associated with "
                + Numbers.cases(r.attributableCases())
                + " of this month's "
                + Labels.cases(Outcome.byId(r.outcome())),
        text(r.evidence()),
        audience(r.audience()));
  }

  private static String audience(String a) {
    return a == null ? "" : Labels.audience(a);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
