package org.ergolens.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedRows;
import org.junit.jupiter.api.Test;

/** Units against the organisation's rate, with exact binomial funnel limits. */
class UnitComparisonsTest {
  private static final Outcome ANY = Outcome.ANY_REGION;

  // Organisation: 400 of 1,000 (40%). R: qbinom(0.975, 100, 0.4) = 50, qbinom(0.975, 20, 0.4) = 12,
  // qbinom(0.975, 200, 0.4) = 94, qbinom(0.999, 100, 0.4) = 55.
  private static final PublishedMonth MONTH =
      PublishedRows.month(
          PublishedRows.summary(null, 1000L).cases(ANY, 400L).build(),
          PublishedRows.summary("big", 200L).cases(ANY, 104L).build(),
          PublishedRows.summary("mid", 100L).cases(ANY, 56L).build(),
          PublishedRows.summary("small", 20L).cases(ANY, 12L).build(),
          PublishedRows.summary("hidden", 30L).cases(ANY, null).build());

  @Test
  void eachPublishedUnitGetsItsExactLimits() {
    List<UnitComparison> all = UnitComparisons.of(MONTH);
    assertEquals(
        List.of("big", "mid", "small"),
        all.stream().filter(c -> c.outcome() == ANY).map(UnitComparison::department).toList(),
        "a withheld count is not compared");
    UnitComparison mid = all.stream().filter(c -> c.department().equals("mid")).findFirst().get();
    assertEquals(50, mid.funnel().at95().upperCases());
    assertEquals(55, mid.funnel().at998().upperCases());
    assertTrue(mid.funnel().aboveAt95() && mid.funnel().aboveAt998());
    assertEquals(16.0, mid.funnel().excessCases(), 1e-12);
  }

  @Test
  void theMostDiscomfortListHoldsOnlyUnitsAboveTheLimitByExcessCases() {
    List<UnitComparison> above = UnitComparisons.above95(UnitComparisons.of(MONTH), ANY);
    assertEquals(
        List.of("big", "mid"),
        above.stream().map(UnitComparison::department).toList(),
        "big: 104 of 200, 24 cases above the rate; mid: 56 of 100, 16 above");
    UnitComparison small =
        UnitComparisons.of(MONTH).stream()
            .filter(c -> c.department().equals("small"))
            .findFirst()
            .get();
    assertFalse(small.funnel().aboveAt95(), "60% of 20 is within chance of 40%");
  }
}
