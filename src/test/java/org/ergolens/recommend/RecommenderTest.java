package org.ergolens.recommend;

import static org.ergolens.model.Factor.BREAK_FREQUENCY;
import static org.ergolens.model.Factor.LUMBAR_SUPPORT;
import static org.ergolens.model.Factor.MONITOR_POSITION;
import static org.ergolens.model.Outcome.ANY_REGION;
import static org.ergolens.model.Outcome.LOWER_BACK;
import static org.ergolens.model.Outcome.NECK;
import static org.ergolens.model.Outcome.UPPER_BACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.config.JobConfig;
import org.ergolens.model.Factor;
import org.ergolens.model.Scope;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.junit.jupiter.api.Test;

/** Ranking on hand-built published rows: what is recommended, in which order, in which words. */
class RecommenderTest {
  static final RankingSettings DEFAULTS = new RankingSettings(1.0, 3, 0.95, 0.10, 5, 3);

  /** Organisation rows: prevalence ratios and Miettinen attributable cases. */
  static List<PublishedEffect> organisationRows() {
    return new ArrayList<>(
        List.of(
            Published.organisation(MONITOR_POSITION, "above_eye_level", NECK, 1.9, 19.0),
            Published.organisation(MONITOR_POSITION, "below_eye_level", NECK, 2.0, 40.0),
            Published.organisation(MONITOR_POSITION, "laptop_only", NECK, 2.5, 44.0),
            Published.organisation(LUMBAR_SUPPORT, "no", LOWER_BACK, 1.6, 51.0),
            Published.organisation(BREAK_FREQUENCY, "every_2_hours", UPPER_BACK, 1.45, 14.6),
            Published.organisation(BREAK_FREQUENCY, "rarely", UPPER_BACK, 0.9, 0.0)));
  }

  static PublishedSummary organisation() {
    return PublishedRows.summary(null, 2000L)
        .levels(MONITOR_POSITION, 1000L, 250L, 500L, 250L)
        .levels(LUMBAR_SUPPORT, 1100L, 900L)
        .cases(NECK, 260L)
        .cases(LOWER_BACK, 255L)
        .cases(UPPER_BACK, 200L)
        .cases(ANY_REGION, 800L)
        .redFlags(280L)
        .build();
  }

  /** A field-sales unit: three in four on a laptop screen only. */
  static PublishedRows.Summary fieldSales() {
    return PublishedRows.summary("com-fs", 200L)
        .levels(MONITOR_POSITION, 20L, 10L, 20L, 150L)
        .levels(LUMBAR_SUPPORT, 60L, 140L)
        .cases(NECK, 40L)
        .cases(LOWER_BACK, 30L)
        .cases(UPPER_BACK, 20L)
        .cases(ANY_REGION, 80L)
        .redFlags(30L);
  }

  static List<PublishedEffect> fieldSalesRows() {
    List<PublishedEffect> rows = organisationRows();
    rows.add(Published.unit("com-fs", MONITOR_POSITION, "laptop_only", NECK, 20.0));
    rows.add(Published.unit("com-fs", MONITOR_POSITION, "above_eye_level", NECK, 1.0));
    rows.add(Published.unit("com-fs", MONITOR_POSITION, "below_eye_level", NECK, 2.0));
    rows.add(Published.unit("com-fs", LUMBAR_SUPPORT, "no", LOWER_BACK, 8.0));
    return rows;
  }

  static List<Recommendation> recommend(
      RankingSettings settings, List<PublishedEffect> rows, PublishedSummary... units) {
    return new Recommender(Catalog.standard(), settings)
        .recommend(PublishedRows.month(organisation(), List.of(units), rows, true));
  }

  static List<Recommendation> of(List<Recommendation> all, String department) {
    return all.stream().filter(r -> java.util.Objects.equals(r.department(), department)).toList();
  }

  static List<String> ids(List<Recommendation> rs) {
    return rs.stream().map(Recommendation::recommendationId).toList();
  }

  @Test
  void ranksActionsByTheUnitsAttributableCasesAndAddsTheReferral() {
    List<Recommendation> unit =
        of(recommend(DEFAULTS, fieldSalesRows(), fieldSales().build()), "com-fs");
    assertEquals(
        List.of("laptop-stand", "lumbar-support", "monitor-height", "red-flag-referral"),
        ids(unit));
    assertEquals(List.of(1, 2, 3, 4), unit.stream().map(Recommendation::rank).toList());
    Recommendation first = unit.get(0);
    assertEquals(
        "75.0% of respondents here work on a laptop screen only. Organisation-wide, that goes"
            + " with 2.00 times (95% CI 1.50–2.60) the rate of neck discomfort among respondents"
            + " whose screen is at eye level, the other factors held equal. Here, it is associated"
            + " with about 20 (95% CI 16–24) of this month's 40 neck cases.",
        first.rationale());
    assertEquals("monitor_position", first.factor());
    assertEquals("laptop_only", first.level());
    assertEquals("neck", first.outcome());
    assertEquals(0.75, first.affectedShare(), 1e-12);
    assertEquals(20.0, first.attributableCases(), 1e-12);
    assertEquals("ergonomist", first.audience());
  }

  @Test
  void sumsTheLevelsOfOneActionForItsOneOutcome() {
    Recommendation monitor =
        of(recommend(DEFAULTS, fieldSalesRows(), fieldSales().build()), "com-fs").get(2);
    assertEquals("monitor-height", monitor.recommendationId());
    assertEquals("above_eye_level;below_eye_level", monitor.level());
    assertEquals(3.0, monitor.attributableCases(), 1e-12, "1.0 + 2.0, neck only");
    assertEquals(0.15, monitor.affectedShare(), 1e-12);
    assertEquals(
        "5.0% of respondents here have the top of the screen above eye level and 10.0% have"
            + " the screen well below eye level. Organisation-wide, these go with 2.00 times (95%"
            + " CI 1.50–2.60) and 2.00 times (95% CI 1.50–2.60) the rate of neck discomfort among"
            + " respondents whose screen is at eye level, the other factors held equal. Here,"
            + " together they are associated with about 3 (95% CI 2–4) of this month's 40 neck"
            + " cases.",
        monitor.rationale());
  }

  @Test
  void theReferralSaysCountAndShare() {
    Recommendation referral =
        of(recommend(DEFAULTS, fieldSalesRows(), fieldSales().build()), "com-fs").get(3);
    assertEquals(
        "30 respondents here (15.0%) reported discomfort lasting more than 3 days, or"
            + " numbness or tingling, this month.",
        referral.rationale());
    assertEquals(0.15, referral.affectedShare(), 1e-12);
    assertNull(referral.attributableCases());
    assertNull(referral.factor());
  }

  @Test
  void aUnitWithNobodyAtALevelGetsNoActionForIt() {
    PublishedRows.Summary nobodyOnLaptops =
        PublishedRows.summary("tech-eng", 200L)
            .levels(MONITOR_POSITION, 200L, 0L, 0L, 0L)
            .levels(LUMBAR_SUPPORT, 200L, 0L)
            .cases(NECK, 20L)
            .cases(LOWER_BACK, 20L)
            .redFlags(10L);
    List<PublishedEffect> rows = organisationRows();
    rows.add(Published.unit("tech-eng", MONITOR_POSITION, "laptop_only", NECK, 0.0));
    rows.add(Published.withheld("tech-eng", LUMBAR_SUPPORT, "no", LOWER_BACK));
    List<Recommendation> unit = of(recommend(DEFAULTS, rows, nobodyOnLaptops.build()), "tech-eng");
    assertTrue(unit.isEmpty(), "no exposure, no action: " + ids(unit));
  }

  @Test
  void anActionWhoseFiguresAreWithheldIsLeftOut() {
    List<PublishedEffect> rows = organisationRows();
    rows.add(Published.withheld("com-fs", MONITOR_POSITION, "laptop_only", NECK));
    rows.add(Published.unit("com-fs", LUMBAR_SUPPORT, "no", LOWER_BACK, 8.0));
    List<Recommendation> unit = of(recommend(DEFAULTS, rows, fieldSales().build()), "com-fs");
    assertFalse(ids(unit).contains("laptop-stand"), "its attributable cases are withheld");
    assertTrue(ids(unit).contains("lumbar-support"));
  }

  @Test
  void aWithheldShareDropsItsLevelAndAWithheldCountIsNotQuoted() {
    PublishedRows.Summary unit =
        PublishedRows.summary("com-fs", 200L)
            .levels(MONITOR_POSITION, 20L, null, 20L, 150L)
            .known(MONITOR_POSITION, 200L)
            .cases(NECK, null)
            .cases(LOWER_BACK, 30L)
            .redFlags(30L);
    Recommendation monitor =
        of(recommend(DEFAULTS, fieldSalesRows(), unit.build()), "com-fs").stream()
            .filter(r -> r.recommendationId().equals("monitor-height"))
            .findFirst()
            .orElseThrow();
    assertEquals("below_eye_level", monitor.level(), "above_eye_level's share is withheld");
    assertEquals(2.0, monitor.attributableCases(), 1e-12);
    assertEquals(
        "10.0% of respondents here have the screen well below eye level. Organisation-wide,"
            + " that goes with 2.00 times (95% CI 1.50–2.60) the rate of neck discomfort among"
            + " respondents whose screen is at eye level, the other factors held equal. Here, it is"
            + " associated with about 2 (95% CI 1.6–2.4) of this month's neck cases.",
        monitor.rationale(), "the withheld neck count is not said");
  }

  @Test
  void aLevelNotCrediblyRaisedCountsForNothing() {
    List<PublishedEffect> rows = new ArrayList<>(fieldSalesRows());
    rows.replaceAll(
        e ->
            e.id().scope() == Scope.DEPARTMENT && e.id().level().equals("laptop_only")
                ? Published.unitNotCrediblyRaised(
                    "com-fs", MONITOR_POSITION, "laptop_only", NECK, 20.0)
                : e);
    List<Recommendation> unit = of(recommend(DEFAULTS, rows, fieldSales().build()), "com-fs");
    assertFalse(ids(unit).contains("laptop-stand"), "R's lower 95% limit is 0.9: " + ids(unit));
    assertTrue(ids(unit).contains("lumbar-support"));
  }

  @Test
  void protectiveLevelsAreNoReasonForAnAction() {
    List<PublishedEffect> rows = organisationRows();
    rows.add(Published.unit("tech-data", BREAK_FREQUENCY, "rarely", UPPER_BACK, -1.5));
    PublishedRows.Summary unit =
        PublishedRows.summary("tech-data", 100L)
            .levels(BREAK_FREQUENCY, 40L, 20L, 0L, 40L)
            .cases(UPPER_BACK, 10L)
            .redFlags(3L);
    assertTrue(of(recommend(DEFAULTS, rows, unit.build()), "tech-data").isEmpty());
  }

  @Test
  void theMinimumAndTheCapApplyAndTiesFollowTheCatalog() {
    RankingSettings strict = new RankingSettings(5.0, 3, 0.95, 0.10, 5, 3);
    assertEquals(
        List.of("laptop-stand", "lumbar-support", "activity-programme", "red-flag-referral"),
        ids(of(recommend(strict, fieldSalesRows(), fieldSales().build()), "com-fs")),
        "monitor-height has 3 attributable cases, under 5; the programme takes the free place");
    RankingSettings one = new RankingSettings(1.0, 1, 0.95, 0.10, 5, 3);
    assertEquals(
        List.of("laptop-stand", "red-flag-referral"),
        ids(of(recommend(one, fieldSalesRows(), fieldSales().build()), "com-fs")),
        "the referral does not compete for the one place");
    List<PublishedEffect> tied = organisationRows();
    tied.add(Published.unit("com-fs", LUMBAR_SUPPORT, "no", LOWER_BACK, 20.0));
    tied.add(Published.unit("com-fs", MONITOR_POSITION, "laptop_only", NECK, 20.0));
    RankingSettings two = new RankingSettings(1.0, 2, 0.95, 0.10, 5, 3);
    assertEquals(
        List.of("laptop-stand", "lumbar-support", "red-flag-referral"),
        ids(of(recommend(two, tied, fieldSales().build()), "com-fs")),
        "20 cases each: laptop-stand comes first in the catalog");
  }

  @Test
  void redFlagCountsBelowTheMinimumGroupSizeAreNotStated() {
    PublishedRows.Summary few = PublishedRows.summary("fin", 30L).cases(NECK, 4L).redFlags(4L);
    List<Recommendation> unit = of(recommend(DEFAULTS, organisationRows(), few.build()), "fin");
    assertTrue(unit.isEmpty(), "4 red flags of 30 (13%) is over the share but under k = 5");
    PublishedRows.Summary withheld = PublishedRows.summary("fin", 30L).redFlags(null);
    assertTrue(of(recommend(DEFAULTS, organisationRows(), withheld.build()), "fin").isEmpty());
    PublishedRows.Summary rare = PublishedRows.summary("fin", 300L).redFlags(20L);
    assertTrue(
        of(recommend(DEFAULTS, organisationRows(), rare.build()), "fin").isEmpty(),
        "20 of 300 is under the 10% share");
  }

  @Test
  void raisedDiscomfortTriggersAProgrammeOnlyWhenCrediblyAboveTheOrganisation() {
    // Organisation: 40% any region, 10% upper back. binom.test(50, 100, 0.4, "greater") gives
    // p = 0.027 (not below 0.025); binom.test(52, 100, 0.4, "greater") gives p = 0.0100.
    PublishedSummary notCredible =
        PublishedRows.summary("fin-ap", 100L)
            .cases(ANY_REGION, 50L)
            .cases(UPPER_BACK, 10L)
            .redFlags(3L)
            .build();
    assertTrue(of(recommend(DEFAULTS, organisationRows(), notCredible), "fin-ap").isEmpty());
    PublishedSummary credible =
        PublishedRows.summary("fin-ap", 100L)
            .cases(ANY_REGION, 52L)
            .cases(UPPER_BACK, 10L)
            .redFlags(3L)
            .build();
    List<Recommendation> unit = of(recommend(DEFAULTS, organisationRows(), credible), "fin-ap");
    assertEquals(List.of("self-care-education"), ids(unit));
    Recommendation r = unit.get(0);
    assertEquals(
        "52.0% of respondents here (52 of 100) had discomfort in any body region this"
            + " month, against 40.0% organisation-wide: about 12 more cases than the organisation's"
            + " rate would give, too many to put down to chance at 95% confidence.",
        r.rationale());
    assertEquals("any_region", r.outcome());
    assertEquals(0.52, r.affectedShare(), 1e-12);
    assertNull(r.attributableCases(), "raised discomfort is not attributable to an exposure");
  }

  @Test
  void aProgrammeWithSeveralOutcomesSharesTheErrorRateAmongThem() {
    // binom.test(17, 100, 0.1, "greater")$p.value = 0.0206: credible for one outcome (< 0.025)
    // but not for activity-programme's four (< 0.00625) or professional-care's nine.
    PublishedSummary unit =
        PublishedRows.summary("ops-ctl", 100L)
            .cases(UPPER_BACK, 17L)
            .cases(ANY_REGION, 40L)
            .redFlags(3L)
            .build();
    assertTrue(of(recommend(DEFAULTS, organisationRows(), unit), "ops-ctl").isEmpty());
    PublishedSummary clear =
        PublishedRows.summary("ops-ctl", 100L)
            .cases(UPPER_BACK, 25L)
            .cases(ANY_REGION, 40L)
            .redFlags(3L)
            .build();
    assertEquals(
        List.of("activity-programme", "professional-care"),
        ids(of(recommend(DEFAULTS, organisationRows(), clear), "ops-ctl")),
        "both have 15 cases above the organisation's rate; the tie follows the catalog");
  }

  @Test
  void programmesComeAfterTheWorkplaceChanges() {
    // com-fs: 40 of 200 (20%) with neck discomfort against 13% organisation-wide is credibly
    // raised (14 cases above the rate; binom.test(40, 200, 0.13, "greater") p = 0.0035, below
    // 0.025 / 4 for activity-programme, not below 0.025 / 9 for professional-care), but its
    // laptops explain the same cases.
    RankingSettings five = new RankingSettings(1.0, 5, 0.95, 0.10, 5, 3);
    assertEquals(
        List.of(
            "laptop-stand",
            "lumbar-support",
            "monitor-height",
            "activity-programme",
            "red-flag-referral"),
        ids(of(recommend(five, fieldSalesRows(), fieldSales().build()), "com-fs")));
  }

  @Test
  void foldedDepartmentsAreCoveredByTheirUnitsActions() {
    PublishedSummary unit = fieldSales().rolledUp("com-tiny", "com-x").build();
    for (Recommendation r : of(recommend(DEFAULTS, fieldSalesRows(), unit), "com-fs")) {
      assertEquals(List.of("com-tiny", "com-x"), r.rolledUp(), r.recommendationId());
    }
  }

  @Test
  void theOrganisationSummaryRanksByCasesAvoidedOrganisationWide() {
    List<Recommendation> org = of(recommend(DEFAULTS, fieldSalesRows()), null);
    assertEquals(
        List.of("monitor-height", "lumbar-support", "laptop-stand", "red-flag-referral"),
        ids(org),
        "59 (19 + 40), 51 and 44 cases avoided");
    assertEquals(59.0, org.get(0).attributableCases(), 1e-12);
    assertEquals(
        "Organisation-wide, 45.0% of respondents sit on a chair without lumbar support. That"
            + " goes with 1.60 times (95% CI 1.23–2.08) the rate of lower-back discomfort among"
            + " respondents whose chair has lumbar support, the other factors held equal. It is"
            + " associated with about 51 (95% CI 41–61) of this month's 255 lower-back cases.",
        org.get(1).rationale());
    assertEquals(
        "Organisation-wide, 280 respondents (14.0%) reported discomfort lasting more than"
            + " 3 days, or numbness or tingling, this month.",
        org.get(3).rationale());
    assertTrue(org.stream().allMatch(r -> r.rolledUp().isEmpty()));
  }

  @Test
  void noUnitNumbersMeansNoUnitActions() {
    PublishedSummary withheld = PublishedRows.summary("com-fs", null).redFlags(null).build();
    List<PublishedEffect> rows = organisationRows();
    rows.add(Published.withheld("com-fs", MONITOR_POSITION, "laptop_only", NECK));
    List<Recommendation> all = recommend(DEFAULTS, rows, withheld);
    assertTrue(of(all, "com-fs").isEmpty());
    assertFalse(of(all, null).isEmpty(), "the organisation's summary stands");
  }

  @Test
  void noRecommendationClaimsCasesAvoidedOrShowsACode() {
    List<Recommendation> all =
        new ArrayList<>(recommend(DEFAULTS, fieldSalesRows(), fieldSales().build()));
    assertTrue(all.size() > 4, "unit and organisation rows: " + all.size());
    for (Recommendation r : all) {
      for (String text : List.of(r.title(), r.rationale(), r.text(), r.evidence())) {
        assertFalse(
            text.matches(".*\\b(would|could) avoid.*|.*\\bavoided\\b.*"),
            "no causal claim: " + text);
        assertFalse(text.matches(".*\\b[a-z]+_[a-z_0-9]+\\b.*"), "no internal code: " + text);
        assertFalse(text.contains("ErgoLens data contract"), "evidence names real sources");
      }
    }
  }

  @Test
  void aUnitThatMostlyDoesNotSitAtADeskGetsNoScreenAction() {
    PublishedSummary warehouse =
        fieldSales().levels(Factor.SITTING_BAND, 120L, 40L, 20L, 20L).build();
    List<String> ids = ids(of(recommend(DEFAULTS, fieldSalesRows(), warehouse), "com-fs"));
    assertFalse(ids.contains("laptop-stand"), "60% sit under 4 h a day: " + ids);
    assertFalse(ids.contains("monitor-height"), ids.toString());
    assertTrue(ids.contains("lumbar-support"), "a chair is no desk or screen: " + ids);
    PublishedSummary office = fieldSales().levels(Factor.SITTING_BAND, 100L, 40L, 40L, 20L).build();
    assertTrue(
        ids(of(recommend(DEFAULTS, fieldSalesRows(), office), "com-fs")).contains("laptop-stand"),
        "exactly half under 4 h is still desk-based");
  }

  @Test
  void theShareThatMakesAUnitDeskBasedIsConfigured() {
    // 60% under 4 h, 40% at 4 h or more: desk-based when 40% is enough (or the rule is off).
    PublishedSummary warehouse =
        fieldSales().levels(Factor.SITTING_BAND, 120L, 40L, 20L, 20L).build();
    for (double share : new double[] {0.4, 0.0}) {
      RankingSettings lenient = new RankingSettings(1.0, 3, 0.95, 0.10, 5, 3, share);
      assertTrue(
          ids(of(recommend(lenient, fieldSalesRows(), warehouse), "com-fs"))
              .contains("laptop-stand"),
          "desk_based_min_share " + share);
    }
    // 50% under 4 h: not desk-based when more than half must sit 4 h or more.
    PublishedSummary office = fieldSales().levels(Factor.SITTING_BAND, 100L, 40L, 40L, 20L).build();
    RankingSettings strict = new RankingSettings(1.0, 3, 0.95, 0.10, 5, 3, 0.6);
    assertFalse(
        ids(of(recommend(strict, fieldSalesRows(), office), "com-fs")).contains("laptop-stand"));
    assertEquals(0.5, RankingSettings.of(JobConfig.defaults()).deskBasedMinShare());
    assertEquals(DEFAULTS, RankingSettings.of(JobConfig.defaults()), "the tests' defaults");
  }
}
