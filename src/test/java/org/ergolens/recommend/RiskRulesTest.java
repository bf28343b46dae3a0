package org.ergolens.recommend;

import static org.ergolens.model.Outcome.ANY_REGION;
import static org.ergolens.model.Outcome.NECK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.stats.AttributionBasis;
import org.ergolens.stats.AttributionRatio;
import org.ergolens.stats.CaseAttribution;
import org.junit.jupiter.api.Test;

/**
 * The risk rules on hand-built published summaries. The limits are R's: for 100 respondents around
 * a prevalence of 40%, {@code qbinom(0.975, 100, 0.4) = 50} and {@code qbinom(0.999, 100, 0.4) =
 * 55}; around 10%, {@code qbinom(0.999, 100, 0.1) = 20}. A unit is above a limit when its cases
 * exceed it.
 */
class RiskRulesTest {
  static final RiskRules RULES = new RiskRules(RiskSettings.defaults());

  /** 1,000 respondents, 40% with discomfort in any region, 10% in the neck. */
  static PublishedSummary organisation() {
    return PublishedRows.summary(null, 1000L)
        .everyOutcome(50L)
        .cases(ANY_REGION, 400L)
        .cases(NECK, 100L)
        .build();
  }

  static Optional<UnitRisk> unit(long anyRegion, long neck) {
    return RULES.assess(
        PublishedRows.summary("u", 100L)
            .everyOutcome(5L)
            .cases(ANY_REGION, anyRegion)
            .cases(NECK, neck)
            .build(),
        organisation());
  }

  @Test
  void atTheLimitIsLowAndAboveItIsModerateOrHigh() {
    assertEquals(RiskLevel.LOW, unit(50, 10).orElseThrow().level());
    assertEquals(List.of(), unit(50, 10).orElseThrow().reasons());
    assertEquals(RiskLevel.MODERATE, unit(51, 10).orElseThrow().level());
    assertEquals("any_region_above_95", unit(51, 10).orElseThrow().reasonCodes());
    assertEquals(RiskLevel.MODERATE, unit(55, 10).orElseThrow().level());
    assertEquals(RiskLevel.HIGH, unit(56, 10).orElseThrow().level());
    assertEquals("any_region_above_99.8", unit(56, 10).orElseThrow().reasonCodes());
  }

  @Test
  void aBodyRegionAboveTheStricterLimitMakesItModerate() {
    assertEquals(RiskLevel.LOW, unit(40, 20).orElseThrow().level(), "20 is the 99.8% limit");
    UnitRisk r = unit(40, 21).orElseThrow();
    assertEquals(RiskLevel.MODERATE, r.level());
    assertEquals("neck_above_99.8", r.reasonCodes());
    UnitRisk.AboveLimit a = (UnitRisk.AboveLimit) r.reasons().get(0);
    assertEquals(0.21, a.prevalence(), 1e-12);
    assertEquals(0.10, a.organisation(), 1e-12);
  }

  @Test
  void theWeightiestReasonComesFirst() {
    assertEquals("any_region_above_99.8;neck_above_99.8", unit(60, 25).orElseThrow().reasonCodes());
  }

  @Test
  void aUnitWhoseFiguresAreWithheldIsNotAssessed() {
    PublishedSummary withheld =
        PublishedRows.summary("u", null)
            .cases(ANY_REGION, null)
            .suppression(SuppressionReason.BELOW_MIN_GROUP_SIZE)
            .build();
    assertTrue(RULES.assess(withheld, organisation()).isEmpty());
    PublishedSummary casesWithheld =
        PublishedRows.summary("u", 100L)
            .everyOutcome(5L)
            .cases(ANY_REGION, null)
            .suppression(SuppressionReason.COMPLEMENTARY)
            .build();
    assertTrue(RULES.assess(casesWithheld, organisation()).isEmpty());
  }

  @Test
  void aWithheldBodyRegionIsLeftOutOfTheRules() {
    PublishedSummary u =
        PublishedRows.summary("u", 100L)
            .everyOutcome(5L)
            .cases(ANY_REGION, 40L)
            .cases(NECK, null)
            .suppression(SuppressionReason.COMPLEMENTARY)
            .build();
    assertEquals(RiskLevel.LOW, RULES.assess(u, organisation()).orElseThrow().level());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(
        IllegalArgumentException.class, () -> new RiskSettings(0.9, 0.95, true, 0.25, 0.1));
    assertThrows(
        IllegalArgumentException.class, () -> new RiskSettings(1.0, 0.95, true, 0.25, 0.1));
  }

  /** A unit of 100 respondents with 40 cases in any region: within both funnel limits. */
  static PublishedSummary ordinaryUnit() {
    return PublishedRows.summary("u", 100L).everyOutcome(5L).cases(ANY_REGION, 40L).build();
  }

  /**
   * A published unit-scope row whose attribution is Miettinen's formula on real counts: {@code
   * casesAtLevel} of the unit's 40 cases, with the organisation's ratio {@code ratio} (95% CI
   * {@code low}–{@code high}).
   */
  static PublishedEffect effect(
      String unit, Factor f, String level, Outcome o, long casesAtLevel, double... ratio) {
    return PublishedRows.effect(
        EffectId.unit(unit, f, level, o),
        null,
        null,
        CaseAttribution.of(
            casesAtLevel,
            40,
            new AttributionRatio(ratio[0], ratio[1], ratio[2], AttributionBasis.ADJUSTED)));
  }

  @Test
  void anExposureLinkedToAQuarterOfTheCasesMakesItHigh() {
    // 30 of 40 cases at a fixed desk, R = 2: 30 × (2 − 1) / 2 = 15 cases, 37.5% of 40.
    PublishedEffect fixed = effect("u", Factor.DESK_TYPE, "fixed", ANY_REGION, 30, 2.0, 1.5, 2.7);
    UnitRisk r = RULES.assess(ordinaryUnit(), organisation(), List.of(fixed)).orElseThrow();
    assertEquals(RiskLevel.HIGH, r.level());
    assertEquals("exposure_desk_type_25", r.reasonCodes());
    UnitRisk.LinkedExposure e = (UnitRisk.LinkedExposure) r.reasons().get(0);
    assertEquals(List.of("fixed"), e.levels());
    assertEquals(15.0, e.associatedCases(), 1e-9);
    assertEquals(0.375, e.share(), 1e-12);
  }

  @Test
  void aFactorsRaisedLevelsAddUpButFactorsDoNot() {
    // Below eye level: 8 × 0.5 / 1.5 = 2.67; laptop only: 6 × 1 / 2 = 3; together 5.67 of 40.
    List<PublishedEffect> monitor =
        List.of(
            effect("u", Factor.MONITOR_POSITION, "laptop_only", ANY_REGION, 6, 2.0, 1.2, 3.0),
            effect("u", Factor.MONITOR_POSITION, "below_eye_level", ANY_REGION, 8, 1.5, 1.1, 2.0));
    UnitRisk r = RULES.assess(ordinaryUnit(), organisation(), monitor).orElseThrow();
    assertEquals(RiskLevel.MODERATE, r.level());
    assertEquals("exposure_monitor_position_10", r.reasonCodes());
    UnitRisk.LinkedExposure e = (UnitRisk.LinkedExposure) r.reasons().get(0);
    assertEquals(List.of("below_eye_level", "laptop_only"), e.levels(), "in the factor's order");
    assertEquals((8 * 0.5 / 1.5 + 3) / 40, e.share(), 1e-12);
    // Two factors with 3 cases each (7.5%) stay low: cases across factors overlap.
    List<PublishedEffect> two =
        List.of(
            effect("u", Factor.DESK_TYPE, "fixed", ANY_REGION, 6, 2.0, 1.2, 3.0),
            effect("u", Factor.LUMBAR_SUPPORT, "no", ANY_REGION, 6, 2.0, 1.2, 3.0));
    assertEquals(RiskLevel.LOW, RULES.assess(ordinaryUnit(), organisation(), two).get().level());
  }

  @Test
  void onlyTheUnitsCrediblyRaisedAnyRegionLevelsCount() {
    List<PublishedEffect> ignored =
        List.of(
            // not credibly raised: the ratio's lower limit is below 1
            effect("u", Factor.DESK_TYPE, "fixed", ANY_REGION, 30, 2.0, 0.9, 4.0),
            // another unit
            effect("v", Factor.DESK_TYPE, "fixed", ANY_REGION, 30, 2.0, 1.5, 2.7),
            // one body region: the rule reads the unit's cases in any region
            effect("u", Factor.LUMBAR_SUPPORT, "no", Outcome.LOWER_BACK, 30, 2.0, 1.5, 2.7),
            // withheld
            PublishedRows.withheld(
                EffectId.unit("u", Factor.BREAK_FREQUENCY, "rarely", ANY_REGION),
                SuppressionReason.BELOW_MIN_GROUP_SIZE));
    UnitRisk r = RULES.assess(ordinaryUnit(), organisation(), ignored).orElseThrow();
    assertEquals(RiskLevel.LOW, r.level());
    assertEquals(List.of(), r.reasons());
  }

  @Test
  void theExposureSharesAreConfigurable() {
    RiskRules strict = new RiskRules(new RiskSettings(0.998, 0.95, true, 0.5, 0.4));
    PublishedEffect fixed = effect("u", Factor.DESK_TYPE, "fixed", ANY_REGION, 30, 2.0, 1.5, 2.7);
    assertEquals(
        RiskLevel.LOW,
        strict.assess(ordinaryUnit(), organisation(), List.of(fixed)).get().level(),
        "37.5% is below a moderate share of 40%");
    assertThrows(
        IllegalArgumentException.class, () -> new RiskSettings(0.998, 0.95, true, 0.1, 0.2));
  }
}
