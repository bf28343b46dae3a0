package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ergolens.stats.DifferenceInDifferences.Proportion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Newcombe's hybrid score interval for the change between two prevalences. */
class PrevalenceDifferenceTest {

  /** Newcombe (1998), Table II, method 10, printed to 4 decimals. */
  @ParameterizedTest(name = "{0}/{1} - {2}/{3}")
  @CsvSource({
    "56, 70, 48, 80, 0.0524, 0.3339",
    "9, 10, 3, 10, 0.1705, 0.8090",
    "6, 7, 2, 7, 0.0582, 0.8062",
    "5, 56, 0, 29, -0.0381, 0.1926",
    "0, 10, 0, 20, -0.1611, 0.2775",
    "0, 10, 0, 10, -0.2775, 0.2775",
    "10, 10, 0, 20, 0.6791, 1.0000",
    "10, 10, 0, 10, 0.6075, 1.0000"
  })
  void newcombesTableII(long x1, long n1, long x2, long n2, double low, double high) {
    PrevalenceDifference d = PrevalenceDifference.newcombe(x1, n1, x2, n2);
    assertEquals((double) x1 / n1 - (double) x2 / n2, d.difference(), 1e-15);
    assertEquals(low, d.ciLow(), 0.00005);
    assertEquals(high, d.ciHigh(), 0.00005);
  }

  @Test
  void matchesRsWilsonIntervalsAndNewcombesFormula() {
    int rows = 0;
    for (Map<String, String> row : Fixtures.csv("newcombe_difference.csv")) {
      long x1 = Long.parseLong(row.get("x1"));
      long n1 = Long.parseLong(row.get("n1"));
      long x2 = Long.parseLong(row.get("x2"));
      long n2 = Long.parseLong(row.get("n2"));
      String at = x1 + "/" + n1 + " - " + x2 + "/" + n2;
      PrevalenceDifference.Wilson w1 = PrevalenceDifference.wilson((double) x1 / n1, n1);
      assertClose("wilson", number(row, "wilson1_low"), w1.low(), Fixtures.R_TOLERANCE, at);
      assertClose("wilson", number(row, "wilson1_high"), w1.high(), Fixtures.R_TOLERANCE, at);
      PrevalenceDifference d = PrevalenceDifference.newcombe(x1, n1, x2, n2);
      assertClose("newcombe", number(row, "difference"), d.difference(), 1e-15, at);
      assertClose("newcombe", number(row, "ci_low"), d.ciLow(), Fixtures.R_TOLERANCE, at);
      assertClose("newcombe", number(row, "ci_high"), d.ciHigh(), Fixtures.R_TOLERANCE, at);
      rows++;
    }
    assertEquals(16, rows);
  }

  @Test
  void aChangeIsBeyondChanceOnlyWhenItsIntervalExcludesZero() {
    // -0.4 points in the organisation (450/5000 against 470/4980): -1.6 to +0.7, not beyond
    // chance; 25 of 25 against 20 of 24: +0.02 to +35.9 points, just beyond chance.
    PrevalenceDifference small = PrevalenceDifference.newcombe(450, 5000, 470, 4980);
    assertTrue(small.difference() < 0);
    assertFalse(small.beyondChance());
    assertTrue(PrevalenceDifference.newcombe(25, 25, 20, 24).beyondChance());
    assertTrue(PrevalenceDifference.newcombe(20, 24, 25, 25).beyondChance(), "a fall too");
  }

  @Test
  void aReferenceWithASmallerEffectiveSizeWidensTheInterval() {
    // A baseline pooling 12 months of about 170 respondents: 408 cases of 2040 answers, but
    // about 170 people.
    PrevalenceDifference asIfIndependent = PrevalenceDifference.newcombe(42, 173, 408, 2040);
    PrevalenceDifference honest =
        PrevalenceDifference.newcombe(new Proportion(42, 173), new Proportion(408, 2040, 170));
    assertEquals(asIfIndependent.difference(), honest.difference(), 1e-15);
    assertTrue(honest.ciLow() < asIfIndependent.ciLow());
    assertTrue(honest.ciHigh() > asIfIndependent.ciHigh());
    // With the effective size equal to the trials, both agree exactly.
    assertEquals(
        asIfIndependent,
        PrevalenceDifference.newcombe(new Proportion(42, 173), new Proportion(408, 2040, 2040)));
  }

  private static Double number(Map<String, String> row, String column) {
    return Fixtures.number(row.get(column));
  }
}
