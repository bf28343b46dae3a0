package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exact binomial funnel limits against R 4.2.2's {@code qbinom} and {@code binom.test} ({@code
 * comparison_fixture.R}).
 */
class FunnelPlotTest {

  @Test
  void theLimitsAreRsBinomialQuantiles() {
    int rows = 0;
    for (Map<String, String> row : Fixtures.csv("funnel_limits.csv")) {
      long n = Long.parseLong(row.get("n"));
      double p = Double.parseDouble(row.get("p"));
      String at = "n=" + n + " p=" + p;
      FunnelLimits at95 = FunnelPlot.limits(n, p, FunnelPlot.LEVEL_95);
      FunnelLimits at998 = FunnelPlot.limits(n, p, FunnelPlot.LEVEL_998);
      assertEquals(Long.parseLong(row.get("lower_95")), at95.lowerCases(), "qbinom(0.025) " + at);
      assertEquals(Long.parseLong(row.get("upper_95")), at95.upperCases(), "qbinom(0.975) " + at);
      assertEquals(Long.parseLong(row.get("lower_998")), at998.lowerCases(), "qbinom(0.001) " + at);
      assertEquals(Long.parseLong(row.get("upper_998")), at998.upperCases(), "qbinom(0.999) " + at);
      rows++;
    }
    assertEquals(150, rows);
  }

  @Test
  void aboveTheUpperLimitExactlyWhenTheExactOneSidedPValueIsAtMostTheTail() {
    // binom.test(cases, n, p, alternative = "greater")$p.value around each upper 95% limit.
    int above = 0;
    int notAbove = 0;
    for (Map<String, String> row : Fixtures.csv("funnel_tails.csv")) {
      long n = Long.parseLong(row.get("n"));
      double p = Double.parseDouble(row.get("p"));
      long cases = Long.parseLong(row.get("cases"));
      double greater = Double.parseDouble(row.get("p_greater"));
      double less = Double.parseDouble(row.get("p_less"));
      FunnelComparison c = FunnelPlot.compare(cases, n, p);
      String at = cases + " of " + n + " against " + p + ": P(X >= cases) = " + greater;
      assertEquals(greater <= 0.025, c.aboveAt95(), at);
      assertEquals(greater <= 0.001, c.aboveAt998(), at);
      assertEquals(less < 0.025, c.belowAt95(), at);
      if (c.aboveAt95()) {
        above++;
      } else {
        notAbove++;
      }
    }
    assertTrue(above > 100 && notAbove > 100, above + " above, " + notAbove + " not");
  }

  @Test
  void aUnitWithItsExcessCases() {
    // 42 neck cases among 172 respondents against the organisation's 12%: 20.64 expected,
    // qbinom(c(0.025, 0.975), 172, 0.12) = 13 and 29, qbinom(c(0.001, 0.999), 172, 0.12) = 9 and
    // 35; binom.test(42, 172, 0.12, alternative = "greater")$p.value = 5.1e-06.
    FunnelComparison c = FunnelPlot.compare(42, 172, 0.12);
    assertEquals(13, c.at95().lowerCases());
    assertEquals(29, c.at95().upperCases());
    assertEquals(9, c.at998().lowerCases());
    assertEquals(35, c.at998().upperCases());
    assertEquals(29.0 / 172, c.at95().upper(), 1e-15);
    assertEquals(13.0 / 172, c.at95().lower(), 1e-15);
    assertTrue(c.aboveAt95());
    assertTrue(c.aboveAt998());
    assertFalse(c.belowAt95());
    assertEquals(42 - 0.12 * 172, c.excessCases(), 1e-12);
    assertEquals(0.12 * 172, c.expectedCases(), 1e-12);
    assertEquals(42.0 / 172, c.prevalence(), 1e-15);
    // At a limit the unit is within it: P(X >= 29) = 0.037, P(X >= 30) = 0.023;
    // P(X >= 35) = 0.0012, P(X >= 36) = 0.00061.
    assertFalse(FunnelPlot.compare(29, 172, 0.12).aboveAt95());
    assertTrue(FunnelPlot.compare(30, 172, 0.12).aboveAt95());
    assertFalse(FunnelPlot.compare(35, 172, 0.12).aboveAt998());
    assertTrue(FunnelPlot.compare(36, 172, 0.12).aboveAt998());
    assertTrue(FunnelPlot.compare(12, 172, 0.12).belowAt95());
    assertFalse(FunnelPlot.compare(13, 172, 0.12).belowAt95());
  }

  @Test
  void notInterpolatedSoThatAFlagKeepsItsErrorRate() {
    // Spiegelhalter's interpolated 95% limit for 5 respondents at 40% lies at 3.81 cases, below
    // 4; but P(X >= 4) = 0.087, so 4 of 5 is not flagged here.
    FunnelComparison c = FunnelPlot.compare(4, 5, 0.4);
    assertEquals(4, c.at95().upperCases());
    assertFalse(c.aboveAt95());
    assertTrue(FunnelPlot.compare(5, 5, 0.4).aboveAt95());
  }

  @Test
  void theEdgesOfThePrevalence() {
    FunnelComparison none = FunnelPlot.compare(1, 50, 0.0);
    assertEquals(0, none.at95().upperCases());
    assertTrue(none.aboveAt95(), "any case is above a prevalence of 0");
    FunnelComparison all = FunnelPlot.compare(50, 50, 1.0);
    assertEquals(50, all.at95().lowerCases());
    assertFalse(all.aboveAt95());
  }

  @Test
  void refusesWhatCannotBeCompared() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FunnelPlot.compare(3, 0, 0.1));
    assertEquals(
        "Cannot compare 3 cases among 0 respondents: cases must be within 0..respondents",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FunnelPlot.compare(0, 0, 0.1));
    assertEquals(
        "Cannot draw funnel limits for 0 respondents: at least 1 is needed", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FunnelPlot.compare(1, 5, 1.2));
    assertEquals(
        "Cannot draw funnel limits around a prevalence of 1.2: it must be in [0, 1]",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FunnelPlot.limits(5, 0.1, 1.0));
    assertThrows(IllegalArgumentException.class, () -> FunnelPlot.limits(5, Double.NaN, 0.95));
  }
}
