package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.recommend.UnitRisk;
import org.junit.jupiter.api.Test;

class RiskTextTest {
  static final UnitRisk.AboveLimit NECK =
      new UnitRisk.AboveLimit(Outcome.NECK, 0.225, 0.119, 0.998, RiskLevel.MODERATE);
  static final UnitRisk.LinkedExposure MONITOR =
      new UnitRisk.LinkedExposure(
          Factor.MONITOR_POSITION,
          List.of("below_eye_level", "laptop_only"),
          Outcome.ANY_REGION,
          14.5,
          100,
          0.10,
          RiskLevel.MODERATE);

  @Test
  void eachReasonInWordsWithLabelsNotCodes() {
    assertEquals(
        "neck discomfort is 22.5% against 11.9% across the organisation, above the 99.8% limit",
        RiskText.reason(NECK));
    assertEquals(
        "a screen below eye level and a laptop screen only are associated with 14.5% of its"
            + " cases of discomfort in any body region",
        RiskText.reason(MONITOR));
  }

  @Test
  void levelsAndAllReasons() {
    Optional<UnitRisk> moderate =
        Optional.of(new UnitRisk(RiskLevel.MODERATE, List.of(NECK, MONITOR)));
    assertEquals("Moderate", RiskText.level(moderate));
    assertEquals(
        RiskText.reason(NECK) + "; " + RiskText.reason(MONITOR), RiskText.reasons(moderate));
    Optional<UnitRisk> low = Optional.of(new UnitRisk(RiskLevel.LOW, List.of()));
    assertEquals("Low", RiskText.level(low));
    assertEquals("", RiskText.reasons(low));
    assertEquals("Not assessed", RiskText.level(Optional.empty()));
    assertEquals("its figures are withheld to protect privacy", RiskText.reasons(Optional.empty()));
  }
}
