package org.ergolens.stats;

import static org.ergolens.stats.AdjustedModelTest.patternsFromDesign;
import static org.ergolens.stats.AdjustedModelTest.realisticPatterns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

/** Which prevalence ratio a level's cases are attributed with, and "credibly raised". */
class AttributionRatioTest {

  private static final Set<Factor> ALL = EnumSet.allOf(Factor.class);
  private static final TwoByTwoResult CRUDE =
      TwoByTwoAnalysis.analyze(new TwoByTwo(30, 100, 10, 100));

  @Test
  void theAdjustedRatioWhenTheModelEstimatedIt() {
    PrevalenceRatioModelResult model =
        PrevalenceRatioModel.fit(realisticPatterns(), ALL, Outcome.NECK);
    AdjustedPrevalenceRatio laptop =
        model.ratio(Factor.MONITOR_POSITION, "laptop_only").orElseThrow();
    AttributionRatio r =
        AttributionRatio.forLevel(model, CRUDE, Factor.MONITOR_POSITION, "laptop_only")
            .orElseThrow();
    assertEquals(AttributionBasis.ADJUSTED, r.basis());
    assertEquals(laptop.ratio(), r.ratio());
    assertEquals(laptop.ciLow(), r.ciLow());
    assertEquals(laptop.ciHigh(), r.ciHigh());
    assertEquals(laptop.crediblyRaised(), r.crediblyRaised());
  }

  @Test
  void theCrudeRatioWhenTheModelWasNotFittedForTheOutcome() {
    PrevalenceRatioModelResult elbows =
        PrevalenceRatioModel.fit(realisticPatterns(), ALL, Outcome.ELBOWS);
    assertFalse(elbows.fitted());
    AttributionRatio r =
        AttributionRatio.forLevel(elbows, CRUDE, Factor.MONITOR_POSITION, "laptop_only")
            .orElseThrow();
    assertEquals(AttributionBasis.CRUDE, r.basis());
    assertEquals(CRUDE.prevalenceRatio(), r.ratio());
    assertEquals(CRUDE.prCiLow(), r.ciLow());
    assertEquals(CRUDE.prCiHigh(), r.ciHigh());
  }

  @Test
  void theCrudeRatioWhenTheFittedModelCouldNotEstimateTheLevel() {
    Set<Factor> factors = EnumSet.of(Factor.SITTING_BAND, Factor.MONITOR_POSITION);
    PrevalenceRatioModelResult model =
        PrevalenceRatioModel.fit(patternsFromDesign("separation", factors), factors, Outcome.NECK);
    assertTrue(model.fitted());
    assertEquals(
        AttributionBasis.CRUDE,
        AttributionRatio.forLevel(model, CRUDE, Factor.MONITOR_POSITION, "above_eye_level")
            .orElseThrow()
            .basis());
    assertEquals(
        AttributionBasis.ADJUSTED,
        AttributionRatio.forLevel(model, CRUDE, Factor.MONITOR_POSITION, "laptop_only")
            .orElseThrow()
            .basis());
  }

  @Test
  void nothingWhenNeitherRatioExists() {
    PrevalenceRatioModelResult elbows =
        PrevalenceRatioModel.fit(realisticPatterns(), ALL, Outcome.ELBOWS);
    TwoByTwoResult empty = TwoByTwoAnalysis.analyze(new TwoByTwo(0, 0, 3, 10));
    assertEquals(
        Optional.empty(),
        AttributionRatio.forLevel(elbows, empty, Factor.MONITOR_POSITION, "laptop_only"));
  }

  @Test
  void crediblyRaisedWhenTheLowerLimitIsAboveOne() {
    assertTrue(new AttributionRatio(1.3, 1.01, 1.7, AttributionBasis.ADJUSTED).crediblyRaised());
    assertFalse(new AttributionRatio(1.3, 1.0, 1.7, AttributionBasis.ADJUSTED).crediblyRaised());
    assertFalse(new AttributionRatio(2.9, 0.98, 8.6, AttributionBasis.CRUDE).crediblyRaised());
  }

  @Test
  void refusesARatioThatCannotBe() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AttributionRatio(2, 2.5, 3, AttributionBasis.ADJUSTED));
    assertEquals(
        "Cannot use a prevalence ratio of 2.0 (95% CI 2.5 to 3.0): it needs 0 < low <= ratio <="
            + " high < infinity",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttributionRatio(2, 0, 3, AttributionBasis.ADJUSTED));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttributionRatio(2, 1, Double.POSITIVE_INFINITY, AttributionBasis.ADJUSTED));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttributionRatio(Double.NaN, 1, 3, AttributionBasis.ADJUSTED));
    assertThrows(IllegalArgumentException.class, () -> new AttributionRatio(2, 1, 3, null));
  }
}
