package org.ergolens.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;

/**
 * Turns a month's published analysis into ranked recommendations: for each reporting unit, the
 * catalog's actions that apply there, best first, then the organisation's summary (rows with a null
 * department). A pure function of the published tables, the catalog and the settings.
 *
 * <p>Ranking: first the workplace changes that remove an exposure, by the cases attributable to it;
 * then the programmes for raised discomfort, by the cases above the organisation's rate (that gap
 * is not an estimate of cases a programme avoids, and an exposure often explains the same cases, so
 * a programme never outranks a change); ties in catalog order; at most {@link
 * RankingSettings#maxActions()} are kept. The red-flag referral does not compete for a place: when
 * it applies it comes after the actions. The organisation's summary ranks the exposure actions by
 * their organisation-wide attributable cases (Miettinen), then the referral. Every number a
 * rationale quotes is a published one (never a value the privacy rules withheld), so an action
 * whose figures are withheld is left out.
 */
public final class Recommender {
  private final Catalog catalog;
  private final RankingSettings settings;

  private final List<UnderWay> underWay;

  /** A recommender over a catalog with the given thresholds, with no change under way. */
  public Recommender(Catalog catalog, RankingSettings settings) {
    this(catalog, settings, List.of());
  }

  /**
   * A recommender that shows the actions the configured workplace changes already address as under
   * way rather than recommending them again.
   */
  public Recommender(Catalog catalog, RankingSettings settings, List<UnderWay> underWay) {
    this.catalog = catalog;
    this.settings = settings;
    this.underWay = List.copyOf(underWay);
  }

  /**
   * The month's recommendations.
   *
   * @param month the published month: its {@code factor_effects} rows, one summary per reporting
   *     unit and the organisation's totals
   * @return each unit's ranked actions in the order of its units, then the organisation's
   */
  public List<Recommendation> recommend(PublishedMonth month) {
    PublishedSummary organisation = month.organisation();
    Scorers scorers =
        new Scorers(
            new ExposureActions(new PublishedFigures(month.effects()), settings),
            new RaisedDiscomfortActions(settings),
            new RedFlagReferral(settings));
    List<Recommendation> out = new ArrayList<>();
    for (PublishedSummary unit : month.units()) {
      List<Recommendation> ranked =
          rows(
              unit.department(),
              unit.rolledUp(),
              rank(candidates(scorers, unit, unit.department(), organisation)));
      out.addAll(ranked);
      out.addAll(underWayRows(unit, ranked.size()));
    }
    out.addAll(rows(null, List.of(), rank(candidates(scorers, organisation, null, organisation))));
    return out;
  }

  private record Scorers(
      ExposureActions exposures, RaisedDiscomfortActions raised, RedFlagReferral referral) {}

  /** The actions that apply to a scope, and the referral if it applies. */
  private record Candidates(List<Candidate> actions, Optional<Candidate> referral) {}

  /**
   * What applies to one scope.
   *
   * @param department the unit's id, or null for the organisation (where raised discomfort has
   *     nothing to be compared with)
   */
  private Candidates candidates(
      Scorers scorers, PublishedSummary scope, String department, PublishedSummary organisation) {
    List<Candidate> actions = new ArrayList<>();
    Optional<Candidate> referral = Optional.empty();
    for (int i = 0; i < catalog.entries().size(); i++) {
      CatalogEntry e = catalog.entries().get(i);
      if (e.trigger() instanceof Trigger.Exposure t) {
        if (department != null && underWay.stream().anyMatch(u -> u.covers(department, t))) {
          continue; // shown as under way instead
        }
        if (department != null
            && DeskWork.isDeskOrScreen(t)
            && !DeskWork.deskBased(scope, settings.deskBasedMinShare())) {
          continue; // a desk or screen change for a team that mostly does not sit at a desk
        }
        scorers.exposures().candidate(e, i, t, scope, department).ifPresent(actions::add);
      } else if (e.trigger() instanceof Trigger.RaisedDiscomfort t && department != null) {
        scorers.raised().candidate(e, i, t, scope, organisation).ifPresent(actions::add);
      } else if (e.trigger() instanceof Trigger.RedFlags && referral.isEmpty()) {
        referral = scorers.referral().candidate(e, i, scope, department == null);
      }
    }
    return new Candidates(actions, referral);
  }

  /**
   * Changes before programmes, each by score (ties in catalog order), at most the configured
   * number, then the referral.
   */
  private List<Candidate> rank(Candidates candidates) {
    List<Candidate> ranked =
        new ArrayList<>(
            candidates.actions().stream()
                .sorted(
                    Comparator.comparing(Candidate::isProgramme)
                        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                        .thenComparingInt(Candidate::order))
                .limit(settings.maxActions())
                .toList());
    candidates.referral().ifPresent(ranked::add);
    return ranked;
  }

  /**
   * The unit's actions that a configured change already addresses, after its ranked rows: status
   * {@value Recommendation#UNDER_WAY}, the change and its follow-up as the rationale, no figures.
   */
  private List<Recommendation> underWayRows(PublishedSummary unit, int ranked) {
    List<Recommendation> rows = new ArrayList<>();
    for (CatalogEntry e : catalog.entries()) {
      if (!(e.trigger() instanceof Trigger.Exposure t)) {
        continue;
      }
      underWay.stream()
          .filter(u -> u.covers(unit.department(), t))
          .findFirst()
          .ifPresent(
              u ->
                  rows.add(
                      new Recommendation(
                          unit.department(),
                          ranked + rows.size() + 1,
                          e.id(),
                          e.title(),
                          u.rationale(),
                          t.factor(),
                          u.level(),
                          unit.share(Factor.byId(t.factor()), u.level()),
                          null,
                          e.evidence(),
                          e.audience().id(),
                          t.outcome(),
                          e.text(),
                          unit.rolledUp(),
                          Recommendation.UNDER_WAY)));
    }
    return rows;
  }

  private static List<Recommendation> rows(
      String department, List<String> rolledUp, List<Candidate> ranked) {
    List<Recommendation> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      CatalogEntry e = c.entry();
      rows.add(
          new Recommendation(
              department,
              i + 1,
              e.id(),
              e.title(),
              c.rationale(),
              c.factor(),
              c.levels().isEmpty() ? null : String.join(";", c.levels()),
              c.affectedShare(),
              c.attributableCases(),
              e.evidence(),
              e.audience().id(),
              c.outcome(),
              e.text(),
              rolledUp));
    }
    return rows;
  }
}
