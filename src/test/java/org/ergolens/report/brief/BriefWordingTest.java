package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.text.Estimate;
import org.junit.jupiter.api.Test;

class BriefWordingTest {
  @Test
  void theFirstLineSaysHowManyOfYourPeople() {
    assertEquals(
        "31 of your 80 people who answered reported discomfort this month: 38.8%, against 24.6%"
            + " across the organisation.",
        BriefWording.headline(BriefFixtures.fieldSales()));
    assertEquals(
        "6 of your people answered the survey this month. How many of them reported discomfort"
            + " is withheld to protect privacy.",
        BriefWording.headline(BriefFixtures.mostlyWithheld()));
    assertEquals(
        "1,184 of the 4,812 people who answered across the organisation reported discomfort this"
            + " month: 24.6%.",
        BriefWording.headline(BriefFixtures.organisation()));
  }

  @Test
  void withheldRespondentsWithholdTheWholeFirstLine() {
    UnitBrief b = BriefFixtures.mostlyWithheld();
    UnitBrief none =
        new UnitBrief(
            b.context(),
            b.unit(),
            new Participation(OptionalLong.empty(), Optional.empty()),
            b.regions(),
            b.risk(),
            b.actions(),
            b.trend(),
            b.followUps(),
            b.redFlags());
    assertEquals(
        "Your unit's figures for this month are withheld to protect privacy.",
        BriefWording.headline(none));
    assertEquals("withheld", BriefWording.participation(none.participation()));
  }

  @Test
  void whatAUnitCovers() {
    assertEquals(
        "It also covers Key Accounts and Partner Sales, which are too small to report on their"
            + " own.",
        BriefWording.covers(BriefFixtures.fieldSales().unit()));
    assertEquals(
        "This brief covers the people attached to Commercial itself; its teams have briefs of"
            + " their own. It also covers Events, which is too small to report on its own.",
        BriefWording.covers(new Unit("com", "Commercial", true, List.of("Events"))));
    assertEquals("", BriefWording.covers(new Unit("x", null, false, List.of())));
  }

  @Test
  void participationAgainstTheHeadcount() {
    BriefContext c = BriefFixtures.CONTEXT;
    Participation low =
        new Participation(
            OptionalLong.of(6),
            Optional.of(new Participation.ResponseRate(14, OptionalDouble.of(6 / 14.0), true)));
    assertEquals("6 of 14", BriefWording.participation(low));
    assertEquals(
        "response rate 42.9%, below the 60.0% aimed for", BriefWording.participationDetail(low, c));
    Participation noHeadcount = new Participation(OptionalLong.of(40), Optional.empty());
    assertEquals("40", BriefWording.participation(noHeadcount));
    assertEquals(
        "people who answered (headcount not given)",
        BriefWording.participationDetail(noHeadcount, c));
  }

  @Test
  void riskReasonsInWords() {
    Risk r = BriefFixtures.fieldSales().risk().orElseThrow();
    assertEquals(
        List.of(
            "Discomfort in any body region is 38.8% here against 24.6% across the organisation,"
                + " above the 99.8% limit for a group of this size: chance alone is very unlikely"
                + " to explain it.",
            "52.2% of your neck cases are associated with a laptop screen only, which goes with"
                + " more neck discomfort across the organisation beyond chance."),
        BriefWording.reasons(r, false));
    assertEquals(
        List.of(
            "Discomfort in any body region is within what chance explains against the"
                + " organisation's rate for a group of this size, and no single body region is"
                + " far above it."),
        BriefWording.reasons(new Risk(RiskLevel.LOW, List.of()), false));
    assertEquals(
        "Not assessed this month: the figures it rests on are withheld to protect privacy.",
        BriefWording.riskSummary(Optional.empty()));
  }

  @Test
  void theNumbersBehindEachKindOfAction() {
    List<Action> actions = BriefFixtures.fieldSales().actions();
    assertEquals(
        "61.3% of your people report a laptop screen only; about 9 (95% CI 6–12) of this month's"
            + " 18 neck cases here are associated with it.",
        BriefWording.basis(actions.get(0).basis(), false));
    assertEquals(
        "Neck discomfort is 22.5% here against 11.9% across the organisation: about 9 more cases"
            + " than the organisation's rate would give.",
        BriefWording.basis(actions.get(2).basis(), false));
    assertEquals(
        "9 of your people (11.3%) have a red flag this month.",
        BriefWording.basis(actions.get(3).basis(), false));
    assertEquals(
        "41.2% of people across the organisation report sitting 6–8 h a day or sitting 8 h or more"
            + " a day; about 121 (95% CI 89–152) of this month's 500 lower-back cases are"
            + " associated with them.",
        BriefWording.basis(BriefFixtures.organisation().actions().get(0).basis(), true));
  }

  @Test
  void anActionWithoutItsIntervalOrTotalSaysSo() {
    Action.Exposure e =
        new Action.Exposure(
            Factor.LUMBAR_SUPPORT,
            List.of("no"),
            Outcome.LOWER_BACK,
            0.5,
            1.2,
            Optional.empty(),
            OptionalLong.empty());
    assertEquals(
        "50.0% of your people report a chair without lumbar support; about 1 of this month's"
            + " lower-back cases here is associated with it.",
        BriefWording.basis(e, false));
  }

  @Test
  void theTrendAgainstTheBaselineAndLastMonth() {
    assertEquals(
        "Against the previous 11 months (32.2%): +6.6 pp, beyond chance. Against last month: +2.8"
            + " pp, within chance.",
        BriefWording.trend(BriefFixtures.fieldSales().trend(), false));
    assertEquals(
        "Trends are turned off in this report's settings.",
        BriefWording.trend(Trend.none(), false));
    Trend short1 =
        new Trend(
            List.of(
                new Trend.Point(
                    BriefFixtures.MONTH, OptionalDouble.of(0.3), OptionalDouble.empty(), 0)),
            Optional.empty(),
            Optional.empty());
    assertEquals(
        "Too few comparable months to judge a change yet.", BriefWording.trend(short1, false));
  }

  @Test
  void aFollowUpSaysWhetherTheChangeIsBeyondChance() {
    assertEquals(
        "Docking stations and external screens for Field Sales (from 1 April 2026): the share"
            + " reporting a laptop screen only changed by −22.1 pp (95% CI −28.4 to −15.2 pp)"
            + " relative to the rest of the organisation, beyond chance; neck discomfort changed"
            + " by −3.2 pp (95% CI −8.1 to +1.6 pp) relative to the rest of the organisation,"
            + " within chance.",
        BriefWording.followUp(BriefFixtures.fieldSales().followUps().get(0)));
    FollowUp early =
        new FollowUp(
            "New chairs",
            LocalDate.of(2026, 9, 1),
            Factor.LUMBAR_SUPPORT,
            "no",
            Outcome.LOWER_BACK,
            Optional.empty(),
            Optional.of(new Estimate(-0.01, -0.02, -0.001)));
    assertEquals(
        "New chairs (from 1 September 2026): the share reporting a chair without lumbar support"
            + " cannot be estimated yet (too few months or people, or a figure withheld);"
            + " lower-back discomfort changed by −1.0 pp (95% CI −2.0 to −0.1 pp) relative to the"
            + " rest of the organisation, beyond chance.",
        BriefWording.followUp(early));
  }

  @Test
  void redFlagsShownWithheldOrNone() {
    BriefContext c = BriefFixtures.CONTEXT;
    String advice =
        " Encourage anyone with these signs to see a health professional; a workplace change"
            + " cannot wait for them.";
    assertEquals(
        "9 of your people (11.3%) reported discomfort lasting more than 3 days, or numbness or"
            + " tingling this month."
            + advice,
        BriefWording.redFlags(BriefFixtures.fieldSales().redFlags(), c, false));
    assertEquals(
        "How many people reported discomfort lasting more than 3 days, or numbness or tingling"
            + " is withheld to protect privacy."
            + advice,
        BriefWording.redFlags(
            new RedFlags(OptionalLong.empty(), OptionalDouble.empty(), false), c, false));
    assertEquals(
        "None of your people reported discomfort lasting more than 3 days, or numbness or"
            + " tingling this month."
            + advice,
        BriefWording.redFlags(
            new RedFlags(OptionalLong.of(0), OptionalDouble.of(0), false), c, false));
  }

  @Test
  void theRecordsRefuseWhatCouldLeakOrMislead() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RegionFigure(
                Outcome.NECK,
                OptionalLong.empty(),
                Optional.of(new Estimate(0.1, 0.05, 0.2)),
                OptionalDouble.empty(),
                Optional.empty()),
        "a prevalence whose cases are withheld would give them away");
    assertThrows(
        IllegalArgumentException.class,
        () -> new RedFlags(OptionalLong.empty(), OptionalDouble.of(0.1), false));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Participation(
                OptionalLong.empty(),
                Optional.of(new Participation.ResponseRate(10, OptionalDouble.of(0.5), false))),
        "a rate whose respondents are withheld gives them away with the headcount");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RegionFigure(
                Outcome.NECK,
                OptionalLong.of(3),
                Optional.of(new Estimate(0.1, 0.05, 0.2)),
                OptionalDouble.empty(),
                Optional.of(RegionFigure.Comparison.ABOVE)));
    UnitBrief b = BriefFixtures.fieldSales();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new UnitBrief(
                b.context(),
                b.unit(),
                b.participation(),
                b.regions().subList(1, b.regions().size()),
                b.risk(),
                b.actions(),
                b.trend(),
                b.followUps(),
                b.redFlags()),
        "the regions start with any region");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Risk.LinkedExposure(Factor.DESK_TYPE, List.of("standing"), Outcome.NECK, 0.2));
  }
}
