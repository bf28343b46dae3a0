package org.ergolens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A unit's and the organisation's headcount and response rate, and the month rules. */
class ParticipationTest {
  private static final Map<String, Long> HEADCOUNTS =
      Map.of("fin", 530L, "fin-tax", 6L, "ops", 90L, "idle", 12L);

  @Test
  void aUnitsHeadcountSumsItsOwnAndItsFoldedDepartments() {
    Participation p = Participation.ofUnit(412, List.of("fin", "fin-tax"), HEADCOUNTS, 0.60);
    assertEquals(536L, p.headcount());
    assertEquals(412 / 536.0, p.responseRate(), 0);
    assertEquals(Participation.Level.OK, p.level());
    assertEquals("ok", p.levelId());
  }

  @Test
  void belowTheShareIsLowAndAtItIsNot() {
    assertEquals(
        Participation.Level.LOW,
        Participation.ofUnit(53, List.of("ops"), HEADCOUNTS, 0.60).level());
    assertEquals(
        Participation.Level.OK, Participation.ofUnit(54, List.of("ops"), HEADCOUNTS, 0.60).level());
  }

  @Test
  void aDepartmentWithoutAHeadcountLeavesTheUnitsUnknownAndSaysWhich() {
    Participation p = Participation.ofUnit(40, List.of("sales", "fin", "events"), HEADCOUNTS, 0.60);
    assertFalse(p.known());
    assertNull(p.headcount());
    assertNull(p.responseRate());
    assertNull(p.levelId());
    assertEquals(Participation.Unknown.MISSING_DEPARTMENTS, p.unknown());
    assertEquals(List.of("events", "sales"), p.missing());
  }

  @Test
  void moreRespondentsThanHeadcountIsPublishedAsItIsAndFlagged() {
    Participation p = Participation.ofUnit(99, List.of("ops"), HEADCOUNTS, 0.60);
    assertEquals(1.1, p.responseRate(), 1e-15);
    assertEquals(Participation.Level.OVER_HEADCOUNT, p.level());
    Participation zero = Participation.ofUnit(3, List.of("none"), Map.of("none", 0L), 0.60);
    assertEquals(0L, zero.headcount());
    assertNull(zero.responseRate(), "no rate over nobody");
    assertEquals(Participation.Level.OVER_HEADCOUNT, zero.level());
  }

  @Test
  void theOrganisationCountsEveryDepartmentWithAHeadcount() {
    // "idle" has a headcount but nobody answered: its people are in the organisation's headcount.
    Participation p =
        Participation.ofOrganisation(500, List.of("fin", "fin-tax", "ops"), HEADCOUNTS, 0.60);
    assertEquals(638L, p.headcount());
    assertEquals(500 / 638.0, p.responseRate(), 0);
    Participation missing =
        Participation.ofOrganisation(500, List.of("fin", "sales"), HEADCOUNTS, 0.60);
    assertEquals(List.of("sales"), missing.missing());
  }

  @Test
  void aRowNeedsAHeadcountOrAReasonNotBoth() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Participation(
                10L, 0.5, Participation.Level.OK, Participation.Unknown.WITHHELD, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new Participation(null, null, null, null, List.of()));
  }

  @Test
  void aMonthsOwnRowWinsAndUndatedRowsFillIn() {
    YearMonth october = YearMonth.of(2026, 10);
    Headcounts h =
        new Headcounts(
            List.of(
                new Headcounts.Row("fin", Optional.empty(), 500),
                new Headcounts.Row("fin", Optional.of(october), 530),
                new Headcounts.Row("ops", Optional.empty(), 90),
                new Headcounts.Row("hr", Optional.of(october.minusMonths(1)), 20)),
            true);
    assertEquals(Map.of("fin", 530L, "ops", 90L), h.in(october));
    assertEquals(Map.of("fin", 500L, "ops", 90L, "hr", 20L), h.in(october.minusMonths(1)));
    assertEquals(Map.of("fin", 500L, "ops", 90L), h.in(october.plusMonths(1)));
    assertFalse(Headcounts.none().given());
  }
}
