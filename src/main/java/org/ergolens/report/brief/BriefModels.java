package org.ergolens.report.brief;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.UnitSummary;
import org.ergolens.stats.DifferenceInDifferences;
import org.ergolens.stats.FunnelComparison;
import org.ergolens.stats.FunnelPlot;
import org.ergolens.stats.PrevalenceDifference;
import org.ergolens.text.Estimate;
import org.ergolens.trend.InterventionResult;
import org.ergolens.trend.TrendRow;

/**
 * The briefs of a month, mapped from what its report publishes and nothing else: the published
 * summaries, the {@code recommendations}, {@code department_trends} and {@code
 * intervention_followup} rows and each unit's risk level. A value the tables withhold is empty
 * here, so no brief can show it. The organisation's tree gives only names and which units hold a
 * parent's own people.
 */
public final class BriefModels {
  private final MonthlyReport report;
  private final Organisation tree;
  private final BriefContext context;
  private final PublishedSummary organisation;
  private final Set<String> parentsOfUnits;

  public BriefModels(MonthlyReport report, Organisation tree) {
    this.report = Objects.requireNonNull(report, "report");
    this.tree = Objects.requireNonNull(tree, "tree");
    this.organisation = report.organisation();
    this.context =
        new BriefContext(
            YearMonth.parse(report.month()),
            report.config().minGroupSize(),
            report.config().redFlagDays(),
            DEFAULT_RESPONSE_RATE_TARGET,
            report.config().trendMonths(),
            report.config().minCellCount());
    this.parentsOfUnits = parentsOfUnits(report.units(), tree);
  }

  /** The response rate below which participation is flagged. */
  static final double DEFAULT_RESPONSE_RATE_TARGET = 0.60;

  /** Every reporting unit's brief, in the units' id order. */
  public List<UnitBrief> units() {
    return report.unitSummaries().stream().map(this::unit).toList();
  }

  /** One unit's brief. */
  public UnitBrief unit(UnitSummary summary) {
    PublishedSummary s = summary.published();
    List<Action> actions = actions(s.department(), s);
    return new UnitBrief(
        context,
        unitOf(s),
        participation(s),
        regions(s, true),
        summary.risk().map(BriefModels::risk),
        actions,
        trend(Scope.DEPARTMENT, s.department()),
        followUps(s.department()),
        redFlags(s, actions));
  }

  /** The organisation's brief. */
  public OrganisationBrief organisation() {
    List<OrganisationBrief.UnitAtRisk> atRisk = new ArrayList<>();
    for (UnitSummary u : report.unitSummaries()) {
      u.risk()
          .filter(r -> r.level() != RiskLevel.LOW)
          .ifPresent(
              r ->
                  atRisk.add(
                      new OrganisationBrief.UnitAtRisk(
                          unitOf(u.published()), risk(r), regions(u.published(), true).get(0))));
    }
    atRisk.sort(
        Comparator.comparing((OrganisationBrief.UnitAtRisk u) -> u.risk().level()).reversed());
    List<OrganisationBrief.UnitFollowUp> followUps = new ArrayList<>();
    for (InterventionResult r : report.interventions()) {
      Optional<PublishedSummary> unit =
          report.units().stream().filter(u -> units(r).contains(u.department())).findFirst();
      unit.ifPresent(
          u -> followUps.add(new OrganisationBrief.UnitFollowUp(unitOf(u), followUp(r))));
    }
    List<Action> actions = actions(null, organisation);
    return new OrganisationBrief(
        context,
        participation(organisation),
        regions(organisation, false),
        report.units().size(),
        atRisk,
        actions,
        trend(Scope.ORGANIZATION, null),
        followUps,
        redFlags(organisation, actions));
  }

  /** The unit as its brief names it: folded departments by their names. */
  Unit unitOf(PublishedSummary s) {
    List<String> folded =
        s.rolledUp().stream().map(d -> tree.name(d).filter(n -> !n.isBlank()).orElse(d)).toList();
    return new Unit(s.department(), s.name(), parentsOfUnits.contains(s.department()), folded);
  }

  /**
   * Units that hold a parent department's own people: some other unit's department lies below them
   * in the tree.
   */
  private static Set<String> parentsOfUnits(List<PublishedSummary> units, Organisation tree) {
    Set<String> ids = new HashSet<>();
    units.forEach(u -> ids.add(u.department()));
    Set<String> parents = new HashSet<>();
    for (String id : ids) {
      Set<String> seen = new HashSet<>();
      for (Optional<String> p = tree.parent(id); p.isPresent(); p = tree.parent(p.get())) {
        if (!seen.add(p.get())) {
          break;
        }
        if (ids.contains(p.get())) {
          parents.add(p.get());
        }
      }
    }
    return parents;
  }

  private static Participation participation(PublishedSummary s) {
    return new Participation(optional(s.respondents()), Optional.empty());
  }

  /** Any region first, then the body regions in the contract's order. */
  private List<RegionFigure> regions(PublishedSummary s, boolean compare) {
    List<RegionFigure> out = new ArrayList<>();
    out.add(region(s, Outcome.ANY_REGION, compare));
    for (Outcome o : Outcome.values()) {
      if (o != Outcome.ANY_REGION) {
        out.add(region(s, o, compare));
      }
    }
    return out;
  }

  private RegionFigure region(PublishedSummary s, Outcome o, boolean compare) {
    Long cases = s.cases(o);
    Long respondents = s.respondents();
    Optional<Estimate> prevalence = Optional.empty();
    if (cases != null && respondents != null && respondents > 0) {
      double p = (double) cases / respondents;
      PrevalenceDifference.Wilson w = PrevalenceDifference.wilson(p, respondents);
      prevalence = Optional.of(new Estimate(p, w.low(), w.high()));
    }
    Double org = compare ? organisation.prevalence(o) : null;
    Optional<RegionFigure.Comparison> comparison = Optional.empty();
    if (prevalence.isPresent() && org != null) {
      FunnelComparison f = FunnelPlot.compare(cases, respondents, org);
      comparison =
          Optional.of(
              f.aboveAt95()
                  ? RegionFigure.Comparison.ABOVE
                  : f.belowAt95() ? RegionFigure.Comparison.BELOW : RegionFigure.Comparison.WITHIN);
    }
    return new RegionFigure(o, optional(cases), prevalence, optional(org), comparison);
  }

  private static Risk risk(UnitRisk r) {
    return new Risk(r.level(), r.reasons().stream().map(BriefModels::reason).toList());
  }

  private static Risk.Reason reason(UnitRisk.Reason r) {
    if (r instanceof UnitRisk.AboveLimit a) {
      return new Risk.AboveLimit(a.outcome(), a.prevalence(), a.organisation(), a.limit());
    }
    if (r instanceof UnitRisk.LinkedExposure e) {
      return new Risk.LinkedExposure(e.factor(), e.levels(), e.outcome(), e.share());
    }
    throw new IllegalArgumentException("Unknown risk reason: " + r.code());
  }

  /**
   * The scope's recommended rows of the {@code recommendations} table, in rank order, each with the
   * numbers behind it as the table and the published summary give them. An action that a configured
   * change already addresses ({@code under_way}) is not one to do first: the brief shows that
   * change in its follow-up instead.
   */
  private List<Action> actions(String department, PublishedSummary scope) {
    return report.recommendations().stream()
        .filter(r -> Objects.equals(r.department(), department))
        .filter(r -> !r.underWay())
        .sorted(Comparator.comparingInt(Recommendation::rank))
        .map(r -> action(r, scope))
        .toList();
  }

  /**
   * The action of a {@code recommendations} row. The recommender quotes published figures only, so
   * every row's figures are there; a row without them is a bug, not something to leave out.
   */
  private Action action(Recommendation r, PublishedSummary scope) {
    Action.Basis basis =
        basis(r, scope)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The recommendation "
                            + r.recommendationId()
                            + " for "
                            + (r.department() == null ? "the organisation" : r.department())
                            + " has no published figures to show in its brief"));
    return new Action(r.rank(), r.title(), r.text(), r.audience(), basis);
  }

  private Optional<Action.Basis> basis(Recommendation r, PublishedSummary scope) {
    if (r.factor() != null) {
      if (r.affectedShare() == null || r.attributableCases() == null) {
        return Optional.empty();
      }
      Outcome outcome = Outcome.byId(r.outcome());
      return Optional.of(
          new Action.Exposure(
              Factor.byId(r.factor()),
              Arrays.asList(r.level().split(";")),
              outcome,
              r.affectedShare(),
              r.attributableCases(),
              Optional.empty(),
              optional(scope.cases(outcome))));
    }
    if (r.outcome() != null) {
      Outcome outcome = Outcome.byId(r.outcome());
      Double p = scope.prevalence(outcome);
      Double org = organisation.prevalence(outcome);
      if (p == null || org == null) {
        return Optional.empty();
      }
      double above = Math.max(0, scope.cases(outcome) - org * scope.respondents());
      return Optional.of(new Action.RaisedDiscomfort(outcome, p, org, above));
    }
    Long flags = scope.redFlags();
    Double share = scope.redFlagShare();
    if (flags == null || share == null || flags == 0) {
      return Optional.empty();
    }
    return Optional.of(new Action.Referral(flags, share));
  }

  /** The scope's any-region rows of {@code department_trends}, oldest first. */
  private Trend trend(Scope scope, String department) {
    List<TrendRow> rows =
        report.trends().stream()
            .filter(r -> r.id().outcome() == Outcome.ANY_REGION && r.id().scope() == scope)
            .filter(r -> Objects.equals(r.id().department(), department))
            .sorted(Comparator.comparing(r -> r.id().month()))
            .toList();
    if (rows.isEmpty()) {
      return Trend.none();
    }
    List<Trend.Point> points = new ArrayList<>();
    int segment = 0;
    List<String> makeUp = null;
    for (TrendRow r : rows) {
      if (makeUp != null && !makeUp.equals(r.figures().rolledUp())) {
        segment++;
      }
      makeUp = r.figures().rolledUp();
      OptionalDouble org =
          scope == Scope.ORGANIZATION ? OptionalDouble.empty() : organisationAt(r.id().month());
      points.add(new Trend.Point(r.id().month(), optional(r.figures().prevalence()), org, segment));
    }
    TrendRow last = rows.get(rows.size() - 1);
    if (!last.id().month().equals(context.month())) {
      return new Trend(points, Optional.empty(), Optional.empty());
    }
    Optional<Trend.Change> previous = change(last.vsPrevious());
    Optional<Trend.BaselineChange> baseline =
        last.vsBaseline().months() == null || last.vsBaseline().change().reference() == null
            ? Optional.empty()
            : change(last.vsBaseline().change())
                .map(
                    c ->
                        new Trend.BaselineChange(
                            last.vsBaseline().change().reference(), last.vsBaseline().months(), c));
    return new Trend(points, previous, baseline);
  }

  private OptionalDouble organisationAt(YearMonth month) {
    return report.trends().stream()
        .filter(r -> r.id().scope() == Scope.ORGANIZATION && r.id().outcome() == Outcome.ANY_REGION)
        .filter(r -> r.id().month().equals(month))
        .findFirst()
        .map(r -> optional(r.figures().prevalence()))
        .orElse(OptionalDouble.empty());
  }

  private static Optional<Trend.Change> change(TrendRow.Change c) {
    return c.change() == null
        ? Optional.empty()
        : Optional.of(new Trend.Change(c.change(), Boolean.TRUE.equals(c.beyondChance())));
  }

  /** The {@code intervention_followup} rows of the unit's workplace changes. */
  private List<FollowUp> followUps(String department) {
    return report.interventions().stream()
        .filter(r -> units(r).contains(department))
        .map(BriefModels::followUp)
        .toList();
  }

  private static List<String> units(InterventionResult r) {
    return r.unit() == null ? List.of() : List.of(r.unit().split(";"));
  }

  private static FollowUp followUp(InterventionResult r) {
    return new FollowUp(
        r.change().description(),
        r.change().startDate(),
        r.change().targetFactor(),
        r.change().level(),
        r.change().targetOutcome(),
        r.exposure().map(m -> estimate(m.difference())),
        r.prevalence().map(m -> estimate(m.difference())));
  }

  private static Estimate estimate(DifferenceInDifferences.Estimate e) {
    return new Estimate(e.difference(), e.ciLow(), e.ciHigh());
  }

  private static RedFlags redFlags(PublishedSummary s, List<Action> actions) {
    boolean referral = actions.stream().anyMatch(a -> a.basis() instanceof Action.Referral);
    return new RedFlags(optional(s.redFlags()), optional(s.redFlagShare()), referral);
  }

  private static OptionalLong optional(Long v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  private static OptionalDouble optional(Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
