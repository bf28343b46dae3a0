package org.ergolens.trend;

import static org.ergolens.trend.Snapshots.month;
import static org.ergolens.trend.Snapshots.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.config.InterventionSpec;
import org.junit.jupiter.api.Test;

/** Before and after, the department against the rest, from published monthly values only. */
class InterventionFollowUpTest {
  static final YearMonth START = YearMonth.of(2025, 11);
  static final InterventionSpec DOCKS =
      new InterventionSpec(
          "sales", "monitor_position", "laptop_only", "2026-05-01", "Docking stations", "neck");

  /**
   * 12 months: sales has 100 respondents, 40 laptop-only and 20 cases before May 2026, 10 and 12
   * after; the organisation (sales included) has 1,000, 300 laptop-only and 150 cases throughout.
   */
  static List<MonthSnapshot> months(long salesSize, Long withheldCasesIn) {
    List<MonthSnapshot> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      YearMonth m = START.plusMonths(i);
      boolean after = !m.isBefore(YearMonth.of(2026, 5));
      long laptop = after ? salesSize / 10 : salesSize * 4 / 10;
      long cases = after ? salesSize * 12 / 100 : salesSize / 5;
      Long shownCases = withheldCasesIn != null && i == withheldCasesIn ? null : cases;
      out.add(
          month(
              m,
              unit(null, 1000L, 150L, 300L),
              unit("sales", salesSize, shownCases, laptop, "sales-north"),
              unit("ops", 1000 - salesSize, 150 - cases, 300 - laptop)));
    }
    return out;
  }

  /** The follow-up of one configured change. */
  static InterventionResult followUp(InterventionSpec spec, List<MonthSnapshot> months) {
    return InterventionFollowUp.of(List.of(spec), months).get(0);
  }

  @Test
  void aLoweredExposureAndFewerCasesShowAsNegativeDifferences() {
    InterventionResult r = followUp(DOCKS, months(100, null));
    assertEquals(6, r.periods().before());
    assertEquals(6, r.periods().after());
    assertEquals("sales", r.unit());
    assertEquals(0.4, r.exposure().orElseThrow().before(), 1e-12);
    assertEquals(0.1, r.exposure().orElseThrow().after(), 1e-12);
    // Others: 260/900 before, 290/900 after.
    assertEquals(260.0 / 900, r.exposure().orElseThrow().othersBefore(), 1e-12);
    assertEquals(
        (0.1 - 0.4) - (290.0 / 900 - 260.0 / 900),
        r.exposure().orElseThrow().difference().difference(),
        1e-12);
    assertTrue(
        r.exposure().orElseThrow().difference().ciHigh() < 0, "the planted drop is beyond chance");
    assertEquals(
        (0.12 - 0.2) - (138.0 / 900 - 130.0 / 900),
        r.prevalence().orElseThrow().difference().difference(),
        1e-12);
    assertTrue(
        r.prevalence().orElseThrow().difference().ciHigh() > 0,
        "an 8-point drop among 100 people is within chance once months are not counted as new"
            + " people");
    assertEquals(
        1.959964 * Math.sqrt(0.2 * 0.8 / 100 + 0.12 * 0.88 / 100 + p(130, 900) + p(138, 900)),
        r.prevalence().orElseThrow().difference().ciHigh()
            - r.prevalence().orElseThrow().difference().difference(),
        1e-12,
        "each period counts as one month's respondents");
    assertTrue(r.finding().startsWith("The share with a laptop screen only fell by"), r.finding());
    assertTrue(r.caveat().contains("Approximate"), r.caveat());
  }

  /** The binomial variance of a share, p(1 - p)/n. */
  static double p(double events, double n) {
    double share = events / n;
    return share * (1 - share) / n;
  }

  @Test
  void aDepartmentFoldedIntoAUnitIsFollowedThroughThatUnit() {
    InterventionSpec north =
        new InterventionSpec(
            "sales-north", "monitor_position", "laptop_only", "2026-05-01", null, null);
    InterventionResult r = followUp(north, months(100, null));
    assertEquals("sales", r.unit());
    assertEquals("any_region", r.change().targetOutcome().id());
  }

  @Test
  void aTinyUnitGetsACaveatInsteadOfAnEstimate() {
    InterventionResult r = followUp(DOCKS, months(8, null));
    assertTrue(r.prevalence().isEmpty());
    assertTrue(r.exposure().isEmpty(), "pooled shares of a tiny group are not shown alone");
    assertTrue(r.caveat().contains("Too few"), r.caveat());
  }

  @Test
  void aWithheldMonthWithholdsThePrevalenceEstimate() {
    InterventionResult r = followUp(DOCKS, months(100, 3L));
    assertTrue(r.prevalence().isEmpty());
    assertTrue(
        r.exposure().orElseThrow().difference().difference() < 0,
        "exposure is published in every month");
    assertTrue(r.caveat().contains("Case counts are withheld"), r.caveat());
  }

  @Test
  void aStartAfterTheLastMonthSaysSo() {
    InterventionSpec later =
        new InterventionSpec("sales", "monitor_position", "laptop_only", "2027-01-15", null, null);
    InterventionResult r = followUp(later, months(100, null));
    assertEquals(0, r.periods().after());
    assertTrue(r.exposure().isEmpty());
    assertTrue(r.caveat().contains("No month with reports from 2027-02 on yet."), r.caveat());
  }

  @Test
  void anUnknownDepartmentSaysSo() {
    InterventionSpec nowhere =
        new InterventionSpec(
            "nowhere", "monitor_position", "laptop_only", "2026-05-01", null, null);
    InterventionResult r = followUp(nowhere, months(100, null));
    assertNull(r.unit());
    assertTrue(r.caveat().startsWith("Department nowhere has no respondents"), r.caveat());
  }
}
