package org.ergolens.report.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.report.brief.RegionFigure.Comparison;
import org.ergolens.text.Estimate;

/**
 * Briefs with realistic figures for the rendering tests. Withheld values are given to {@link
 * #region} with their true count and dropped there, the way the publication step drops them, so
 * that a test can search every rendered brief for the true value. The true values are distinctive
 * ({@link #WITHHELD_CASES} cases), and no published figure of these briefs contains them.
 */
final class BriefFixtures {
  static final YearMonth MONTH = YearMonth.of(2026, 10);
  static final BriefContext CONTEXT = new BriefContext(MONTH, 5, 3, 0.6, 12, 0);

  /** The true count of every withheld cell in these briefs. */
  static final long WITHHELD_CASES = 37;

  private BriefFixtures() {}

  /** Field Sales: high risk, folded teams, four actions, a follow-up, one withheld region. */
  static UnitBrief fieldSales() {
    long n = 80;
    return new UnitBrief(
        CONTEXT,
        new Unit("com-fs", "Field Sales", false, List.of("Key Accounts", "Partner Sales")),
        new Participation(
            OptionalLong.of(n),
            Optional.of(new Participation.ResponseRate(104, OptionalDouble.of(80 / 104.0), false))),
        List.of(
            region(Outcome.ANY_REGION, 31, n, 0.246, false, Comparison.ABOVE),
            region(Outcome.NECK, 18, n, 0.119, false, Comparison.ABOVE),
            region(Outcome.SHOULDERS, 9, n, 0.098, false, Comparison.WITHIN),
            region(Outcome.UPPER_BACK, 7, n, 0.081, false, Comparison.WITHIN),
            region(Outcome.ELBOWS, 0, n, 0.012, false, Comparison.WITHIN),
            region(Outcome.WRISTS_HANDS, WITHHELD_CASES, n, 0.064, true, null),
            region(Outcome.LOWER_BACK, 11, n, 0.104, false, Comparison.WITHIN),
            region(Outcome.HIPS_THIGHS, 2, n, 0.031, false, Comparison.WITHIN),
            region(Outcome.KNEES, 3, n, 0.028, false, Comparison.WITHIN),
            region(Outcome.ANKLES_FEET, 1, n, 0.017, false, Comparison.WITHIN)),
        Optional.of(
            new Risk(
                RiskLevel.HIGH,
                List.of(
                    new Risk.AboveLimit(Outcome.ANY_REGION, 31 / 80.0, 0.246, 0.998),
                    new Risk.LinkedExposure(
                        Factor.MONITOR_POSITION, List.of("laptop_only"), Outcome.NECK, 0.522)))),
        List.of(
            new Action(
                1,
                "Raise laptop screens and add a separate keyboard and mouse",
                "Give everyone who works on a laptop alone a laptop stand, or a monitor arm with an"
                    + " external screen, together with a separate keyboard and mouse. The top of the"
                    + " screen should then sit at or slightly below eye level while the hands stay"
                    + " low and relaxed. Check each new set-up with the person using it.",
                "ergonomist",
                new Action.Exposure(
                    Factor.MONITOR_POSITION,
                    List.of("laptop_only"),
                    Outcome.NECK,
                    0.6125,
                    9.4,
                    Optional.of(new Estimate(9.4, 6.1, 12.0)),
                    OptionalLong.of(18))),
            new Action(
                2,
                "Provide chairs with adequate lower-back support",
                "Make sure every work chair in the team has lumbar support that can be adjusted to"
                    + " the person sitting in it, replace chairs that cannot be adjusted, and show"
                    + " people how to set the seat height, back rest and tilt.",
                "hr",
                new Action.Exposure(
                    Factor.LUMBAR_SUPPORT,
                    List.of("no"),
                    Outcome.LOWER_BACK,
                    0.45,
                    4.2,
                    Optional.of(new Estimate(4.2, 1.9, 6.1)),
                    OptionalLong.of(11))),
            new Action(
                3,
                "Run a back, neck and shoulder strengthening programme",
                "Offer a workplace programme of classes such as Pilates or yoga, led by a qualified"
                    + " instructor, that strengthens back, shoulder and core muscles and improves"
                    + " flexibility.",
                "hr",
                new Action.RaisedDiscomfort(Outcome.NECK, 0.225, 0.119, 8.5)),
            new Action(
                4,
                "Remind the team when to see a health professional",
                "Tell everyone that discomfort lasting more than a few days, or numbness or"
                    + " tingling in the hands or arms, is a reason to see a health professional"
                    + " soon, and make time for the appointment easy to take.",
                "employees",
                new Action.Referral(9, 9 / 80.0))),
        trend(
            new double[] {
              0.29, 0.31, 0.28, 0.30, -1, 0.33, 0.31, 0.34, 0.36, 0.35, 0.33, 0.36, 31 / 80.0
            },
            7),
        List.of(
            new FollowUp(
                "Docking stations and external screens for Field Sales",
                LocalDate.of(2026, 4, 1),
                Factor.MONITOR_POSITION,
                "laptop_only",
                Outcome.NECK,
                Optional.of(new Estimate(-0.221, -0.284, -0.152)),
                Optional.of(new Estimate(-0.032, -0.081, 0.016)))),
        new RedFlags(OptionalLong.of(9), OptionalDouble.of(9 / 80.0), true));
  }

  /** A unit whose month is mostly withheld: no risk level, no actions, no trend values. */
  static UnitBrief mostlyWithheld() {
    long n = 6;
    List<RegionFigure> regions = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      regions.add(region(o, o == Outcome.ANY_REGION ? n : 1, n, 0.2, true, null));
    }
    regions.add(0, regions.remove(regions.size() - 1));
    return new UnitBrief(
        CONTEXT,
        new Unit("fin-ap", null, false, List.of()),
        new Participation(
            OptionalLong.of(n),
            Optional.of(new Participation.ResponseRate(14, OptionalDouble.of(n / 14.0), true))),
        regions,
        Optional.empty(),
        List.of(),
        Trend.none(),
        List.of(),
        new RedFlags(OptionalLong.empty(), OptionalDouble.empty(), false));
  }

  /**
   * The longest brief a unit can have: a long name, a parent's own people, many folded teams, three
   * long actions and a referral, two follow-ups and every reason.
   */
  static UnitBrief longest() {
    UnitBrief b = fieldSales();
    String words =
        " Agree with the team who orders the equipment, when it arrives and who checks each"
            + " set-up afterwards; repeat the check for new starters and after office moves, and"
            + " write down what was changed so that next month's brief can be read against it.";
    List<Action> actions = new ArrayList<>();
    for (Action a : b.actions()) {
      actions.add(new Action(a.rank(), a.title(), a.text() + words, a.audience(), a.basis()));
    }
    FollowUp f = b.followUps().get(0);
    return new UnitBrief(
        b.context(),
        new Unit(
            "ops-cs-north",
            "Customer Service Operations North and Central Region (Contact Centres)",
            true,
            List.of(
                "Inbound Calls Team A",
                "Inbound Calls Team B",
                "Complaints and Escalations",
                "Quality Assurance",
                "Workforce Planning",
                "Knowledge Base Editors")),
        b.participation(),
        b.regions(),
        Optional.of(
            new Risk(
                RiskLevel.HIGH,
                List.of(
                    new Risk.AboveLimit(Outcome.ANY_REGION, 31 / 80.0, 0.246, 0.998),
                    new Risk.AboveLimit(Outcome.NECK, 0.225, 0.119, 0.95),
                    new Risk.LinkedExposure(
                        Factor.MONITOR_POSITION, List.of("laptop_only"), Outcome.NECK, 0.522),
                    new Risk.LinkedExposure(
                        Factor.LUMBAR_SUPPORT, List.of("no"), Outcome.LOWER_BACK, 0.382)))),
        actions,
        b.trend(),
        List.of(
            f,
            new FollowUp(
                "New chairs with adjustable lumbar support for the contact centres",
                LocalDate.of(2026, 6, 15),
                Factor.LUMBAR_SUPPORT,
                "no",
                Outcome.LOWER_BACK,
                Optional.empty(),
                Optional.empty())),
        b.redFlags());
  }

  /** The organisation's brief of the same month. */
  static OrganisationBrief organisation() {
    long n = 4_812;
    UnitBrief fs = fieldSales();
    UnitBrief cs = longest();
    return new OrganisationBrief(
        CONTEXT,
        new Participation(
            OptionalLong.of(n),
            Optional.of(
                new Participation.ResponseRate(6_020, OptionalDouble.of(n / 6020.0), false))),
        List.of(
            region(Outcome.ANY_REGION, 1_184, n, -1, false, null),
            region(Outcome.NECK, 573, n, -1, false, null),
            region(Outcome.SHOULDERS, 472, n, -1, false, null),
            region(Outcome.UPPER_BACK, 390, n, -1, false, null),
            region(Outcome.ELBOWS, 58, n, -1, false, null),
            region(Outcome.WRISTS_HANDS, 308, n, -1, false, null),
            region(Outcome.LOWER_BACK, 500, n, -1, false, null),
            region(Outcome.HIPS_THIGHS, 149, n, -1, false, null),
            region(Outcome.KNEES, 135, n, -1, false, null),
            region(Outcome.ANKLES_FEET, 82, n, -1, false, null)),
        21,
        List.of(
            new OrganisationBrief.UnitAtRisk(fs.unit(), fs.risk().get(), fs.anyRegion()),
            new OrganisationBrief.UnitAtRisk(
                cs.unit(),
                new Risk(
                    RiskLevel.MODERATE,
                    List.of(new Risk.AboveLimit(Outcome.NECK, 0.225, 0.119, 0.95))),
                cs.anyRegion())),
        List.of(
            new Action(
                1,
                "Cut down long stretches of uninterrupted sitting",
                "Look at how the team's work is organised and reduce the hours spent seated"
                    + " without a pause.",
                "hr",
                new Action.Exposure(
                    Factor.SITTING_BAND,
                    List.of("6_to_8h", "8h_plus"),
                    Outcome.LOWER_BACK,
                    0.412,
                    121.4,
                    Optional.of(new Estimate(121.4, 88.9, 152.3)),
                    OptionalLong.of(500))),
            new Action(
                2,
                "Raise laptop screens and add a separate keyboard and mouse",
                "Give everyone who works on a laptop alone a laptop stand, or a monitor arm with an"
                    + " external screen, together with a separate keyboard and mouse.",
                "ergonomist",
                new Action.Exposure(
                    Factor.MONITOR_POSITION,
                    List.of("laptop_only"),
                    Outcome.NECK,
                    0.183,
                    96.2,
                    Optional.of(new Estimate(96.2, 71.0, 119.8)),
                    OptionalLong.of(573)))),
        trend(
            new double[] {
              0.231,
              0.236,
              0.229,
              0.241,
              0.238,
              0.244,
              0.240,
              0.239,
              0.243,
              0.247,
              0.245,
              0.249,
              1184 / 4812.0
            },
            -1),
        List.of(new OrganisationBrief.UnitFollowUp(fs.unit(), fs.followUps().get(0))),
        new RedFlags(OptionalLong.of(402), OptionalDouble.of(402 / 4812.0), true));
  }

  /**
   * A region figure from its true counts; {@code withheld} drops the count and everything computed
   * from it, as the publication step does. A negative {@code organisation} means none.
   */
  static RegionFigure region(
      Outcome o,
      long cases,
      long respondents,
      double organisation,
      boolean withheld,
      Comparison comparison) {
    OptionalDouble org =
        organisation < 0 ? OptionalDouble.empty() : OptionalDouble.of(organisation);
    if (withheld) {
      return new RegionFigure(o, OptionalLong.empty(), Optional.empty(), org, Optional.empty());
    }
    return new RegionFigure(
        o,
        OptionalLong.of(cases),
        Optional.of(wilson(cases, respondents)),
        org,
        Optional.ofNullable(comparison));
  }

  /** The Wilson score interval, enough for fixtures. */
  static Estimate wilson(long x, long n) {
    double p = (double) x / n;
    double z = 1.959964;
    double d = 1 + z * z / n;
    double c = (p + z * z / (2 * n)) / d;
    double h = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
    return new Estimate(p, Math.max(0, c - h), Math.min(1, c + h));
  }

  /**
   * Thirteen months ending in the reporting month; a negative value is a gap; the unit's make-up
   * changes at {@code newSegmentAt} (negative: never), and the organisation runs beside it in a
   * unit's trend.
   */
  static Trend trend(double[] values, int newSegmentAt) {
    List<Trend.Point> points = new ArrayList<>();
    double[] org = {
      0.231, 0.236, 0.229, 0.241, 0.238, 0.244, 0.240, 0.239, 0.243, 0.247, 0.245, 0.249, 0.246
    };
    for (int i = 0; i < values.length; i++) {
      YearMonth m = MONTH.minusMonths(values.length - 1 - i);
      OptionalDouble v = values[i] < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
      OptionalDouble o = newSegmentAt < 0 ? OptionalDouble.empty() : OptionalDouble.of(org[i]);
      points.add(new Trend.Point(m, v, o, newSegmentAt >= 0 && i >= newSegmentAt ? 1 : 0));
    }
    return new Trend(
        points,
        Optional.of(new Trend.Change(0.0275, false)),
        Optional.of(new Trend.BaselineChange(0.322, 11, new Trend.Change(0.0655, true))));
  }
}
