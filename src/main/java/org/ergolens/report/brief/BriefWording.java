package org.ergolens.report.brief;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.text.Estimate;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * The sentences of a brief, written for a line manager: plain words, labels for codes, numbers from
 * {@link Numbers}. A withheld value is said to be withheld, never guessed at.
 */
final class BriefWording {
  static final String WITHHELD_NOTE = "withheld to protect privacy";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private BriefWording() {}

  /** The first line of a unit's brief. */
  static String headline(UnitBrief brief) {
    OptionalLong respondents = brief.participation().respondents();
    RegionFigure any = brief.anyRegion();
    if (respondents.isEmpty()) {
      return "Your unit's figures for this month are " + WITHHELD_NOTE + ".";
    }
    String people = Numbers.count(respondents.getAsLong());
    if (any.cases().isEmpty() || any.prevalence().isEmpty()) {
      return people
          + " of your people answered the survey this month. How many of them reported"
          + " discomfort is "
          + WITHHELD_NOTE
          + ".";
    }
    String s =
        Numbers.count(any.cases().getAsLong())
            + " of your "
            + people
            + " people who answered reported discomfort this month: "
            + Numbers.percent(any.prevalence().get().value());
    if (any.organisation().isPresent()) {
      s +=
          ", against "
              + Numbers.percent(any.organisation().getAsDouble())
              + " across the organisation";
    }
    return s + ".";
  }

  /** The first line of the organisation's brief. */
  static String headline(OrganisationBrief brief) {
    OptionalLong respondents = brief.participation().respondents();
    RegionFigure any = brief.anyRegion();
    if (respondents.isEmpty()) {
      return "The organisation's figures for this month are " + WITHHELD_NOTE + ".";
    }
    String people = Numbers.count(respondents.getAsLong());
    if (any.cases().isEmpty() || any.prevalence().isEmpty()) {
      return people + " people answered the survey this month.";
    }
    return Numbers.count(any.cases().getAsLong())
        + " of the "
        + people
        + " people who answered across the organisation reported discomfort this month: "
        + Numbers.percent(any.prevalence().get().value())
        + ".";
  }

  /** What the unit covers beyond its own name, or empty. */
  static String covers(Unit unit) {
    List<String> parts = new ArrayList<>();
    if (unit.hasChildUnits()) {
      parts.add(
          "This brief covers the people attached to "
              + baseName(unit)
              + " itself; its teams have briefs of their own.");
    }
    if (!unit.folded().isEmpty()) {
      parts.add(
          "It also covers "
              + Labels.and(unit.folded())
              + (unit.folded().size() == 1
                  ? ", which is too small to report on its own."
                  : ", which are too small to report on their own."));
    }
    return String.join(" ", parts);
  }

  private static String baseName(Unit unit) {
    return unit.name() == null || unit.name().isBlank() ? unit.id() : unit.name();
  }

  /** The participation figure: "40 of 52 employed (76.9%)" or "40". */
  static String participation(Participation p) {
    if (p.respondents().isEmpty()) {
      return Numbers.WITHHELD;
    }
    String people = Numbers.count(p.respondents().getAsLong());
    return p.responseRate().map(r -> people + " of " + Numbers.count(r.headcount())).orElse(people);
  }

  /** The line under the participation figure. */
  static String participationDetail(Participation p, BriefContext context) {
    if (p.respondents().isEmpty()) {
      return "people who answered: " + WITHHELD_NOTE;
    }
    if (p.responseRate().isEmpty()) {
      return "people who answered (headcount not given)";
    }
    Participation.ResponseRate r = p.responseRate().get();
    if (r.rate().isEmpty()) {
      return "response rate " + Numbers.WITHHELD;
    }
    String rate = "response rate " + Numbers.percent(r.rate().getAsDouble());
    return r.belowTarget()
        ? rate + ", below the " + Numbers.percent(context.responseRateTarget()) + " aimed for"
        : rate;
  }

  /** The sentence under the risk level. */
  static String riskSummary(Optional<Risk> risk) {
    if (risk.isEmpty()) {
      return "Not assessed this month: the figures it rests on are " + WITHHELD_NOTE + ".";
    }
    return switch (risk.get().level()) {
      case HIGH -> "Act on this brief this month.";
      case MODERATE -> "Worth acting on, and watching next month.";
      case LOW -> "Nothing here stands out from the organisation enough to act on first.";
    };
  }

  /** Each reason of a risk level in words. */
  static List<String> reasons(Risk risk, boolean organisationView) {
    if (risk.reasons().isEmpty()) {
      return risk.level() == RiskLevel.LOW
          ? List.of(
              "Discomfort in any body region is within what chance explains against the"
                  + " organisation's rate for a group of this size, and no single body region is"
                  + " far above it.")
          : List.of();
    }
    return risk.reasons().stream().map(r -> reason(r, organisationView)).toList();
  }

  private static String reason(Risk.Reason reason, boolean organisationView) {
    if (reason instanceof Risk.AboveLimit a) {
      return Labels.capitalise(Labels.discomfort(a.outcome()))
          + " is "
          + Numbers.percent(a.prevalence())
          + (organisationView ? " there" : " here")
          + " against "
          + Numbers.percent(a.organisation())
          + " across the organisation, above the "
          + Numbers.level(a.limit())
          + " limit for a group of this size: chance alone is "
          + (a.limit() >= 0.99 ? "very unlikely" : "unlikely")
          + " to explain it.";
    }
    Risk.LinkedExposure e = (Risk.LinkedExposure) reason;
    return Numbers.percent(e.shareOfCases())
        + " of "
        + (organisationView ? "its " : "your ")
        + Labels.cases(e.outcome())
        + " are associated with "
        + Labels.or(e.levels().stream().map(l -> Labels.exposurePhrase(e.factor(), l)).toList())
        + ", which goes with more "
        + Labels.discomfort(e.outcome())
        + " across the organisation beyond chance.";
  }

  /** The numbers behind an action, in a sentence or two. */
  static String basis(Action.Basis basis, boolean organisationView) {
    String people = organisationView ? "people across the organisation" : "your people";
    if (basis instanceof Action.Exposure e) {
      String exposures =
          Labels.or(e.levels().stream().map(l -> Labels.exposurePhrase(e.factor(), l)).toList());
      String cases =
          e.interval().isPresent()
              ? Numbers.casesOf(e.interval().get(), e.outcomeCases(), e.outcome())
              : Numbers.casesOf(e.associatedCases(), e.outcomeCases(), e.outcome());
      return Numbers.percent(e.affectedShare())
          + " of "
          + people
          + " report "
          + exposures
          + "; "
          + cases
          + (organisationView ? "" : " here")
          + (Math.round(e.associatedCases()) == 1 ? " is" : " are")
          + " associated with "
          + (e.levels().size() == 1 ? "it." : "them.");
    }
    if (basis instanceof Action.RaisedDiscomfort r) {
      return Labels.capitalise(Labels.discomfort(r.outcome()))
          + " is "
          + Numbers.percent(r.prevalence())
          + " here against "
          + Numbers.percent(r.organisation())
          + " across the organisation: "
          + Numbers.cases(r.casesAbove())
          + " more "
          + (Math.round(r.casesAbove()) == 1 ? "case" : "cases")
          + " than the organisation's rate would give.";
    }
    Action.Referral f = (Action.Referral) basis;
    return Numbers.count(f.redFlags())
        + " of "
        + people
        + " ("
        + Numbers.percent(f.share())
        + ") have a red flag this month.";
  }

  /** What the trend says. */
  static String trend(Trend trend, boolean organisationView) {
    if (trend.points().isEmpty()) {
      return "Trends are turned off in this report's settings.";
    }
    List<String> parts = new ArrayList<>();
    trend
        .sinceBaseline()
        .ifPresent(
            b ->
                parts.add(
                    "Against the previous "
                        + b.months()
                        + (b.months() == 1 ? " month" : " months")
                        + " ("
                        + Numbers.percent(b.baseline())
                        + "): "
                        + Numbers.points(b.change().points())
                        + ", "
                        + chance(b.change())
                        + "."));
    trend
        .sincePrevious()
        .ifPresent(
            c ->
                parts.add(
                    "Against last month: " + Numbers.points(c.points()) + ", " + chance(c) + "."));
    if (parts.isEmpty()) {
      return "Too few comparable months to judge a change yet.";
    }
    return String.join(" ", parts);
  }

  private static String chance(Trend.Change c) {
    return c.beyondChance() ? "beyond chance" : "within chance";
  }

  /** A follow-up in a sentence or two. */
  static String followUp(FollowUp f) {
    String head = f.description() + " (from " + f.start().format(DAY) + "): ";
    String exposure =
        "the share reporting "
            + Labels.exposurePhrase(f.factor(), f.level())
            + " "
            + didChange(f.exposureChange());
    String outcome = Labels.discomfort(f.outcome()) + " " + didChange(f.outcomeChange());
    return head + exposure + "; " + outcome + ".";
  }

  private static String didChange(Optional<Estimate> change) {
    if (change.isEmpty()) {
      return "cannot be estimated yet (too few months or people, or a figure withheld)";
    }
    Estimate e = change.get();
    boolean beyond = e.low() > 0 || e.high() < 0;
    return "changed by "
        + Numbers.points(e)
        + " relative to the rest of the organisation, "
        + (beyond ? "beyond chance" : "within chance");
  }

  /** The red-flag note. */
  static String redFlags(RedFlags flags, BriefContext context, boolean organisationView) {
    String signs =
        "discomfort lasting "
            + Labels.moreThanDays(context.redFlagDays())
            + ", or numbness or tingling";
    String advice =
        " Encourage anyone with these signs to see a health professional; a workplace change"
            + " cannot wait for them.";
    if (flags.count().isEmpty()) {
      return "How many people reported " + signs + " is " + WITHHELD_NOTE + "." + advice;
    }
    long n = flags.count().getAsLong();
    String who = organisationView ? " people across the organisation" : " of your people";
    if (n == 0) {
      return (organisationView ? "Nobody" : "None of your people")
          + " reported "
          + signs
          + " this month."
          + advice;
    }
    return Numbers.count(n)
        + who
        + share(flags.share())
        + " reported "
        + signs
        + " this month."
        + advice;
  }

  private static String share(OptionalDouble share) {
    return share.isPresent() ? " (" + Numbers.percent(share.getAsDouble()) + ")" : "";
  }

  /** How a region compares with the organisation, in a few words. */
  static String comparison(RegionFigure.Comparison c) {
    return switch (c) {
      case ABOVE -> "higher, beyond chance";
      case WITHIN -> "within chance";
      case BELOW -> "lower, beyond chance";
    };
  }

  /** The interval column of a region row. */
  static String interval(Optional<Estimate> prevalence) {
    return prevalence.map(e -> Numbers.percentInterval(e.low(), e.high())).orElse(Numbers.WITHHELD);
  }

  /** A unit's any-region figure for the organisation's list of units at risk. */
  static String anyRegion(RegionFigure any) {
    if (any.prevalence().isEmpty()) {
      return Numbers.WITHHELD;
    }
    return Numbers.percent(any.prevalence().get().value());
  }

  /** The outcome's label, for headings. */
  static String region(Outcome o) {
    return Labels.regionTitle(o);
  }
}
