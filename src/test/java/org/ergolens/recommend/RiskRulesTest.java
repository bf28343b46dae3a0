package org.ergolens.recommend;

import static org.ergolens.model.Outcome.ANY_REGION;
import static org.ergolens.model.Outcome.NECK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.RiskLevel;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.privacy.SuppressionReason;
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
    assertThrows(IllegalArgumentException.class, () -> new RiskSettings(0.9, 0.95, true));
    assertThrows(IllegalArgumentException.class, () -> new RiskSettings(1.0, 0.95, true));
  }
}
