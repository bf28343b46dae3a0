package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Hand-built tables with known answers; {@link SuppressionPropertyTest} covers random ones. */
class ComplementarySuppressorTest {

  private static final MinGroupSize K5 = MinGroupSize.of(5);
  private static final SuppressionReason BELOW = SuppressionReason.BELOW_MIN_GROUP_SIZE;
  private static final SuppressionReason COMPLEMENT = SuppressionReason.COMPLEMENTARY;

  private static TableStructure units(Map<String, Long> sizes) {
    return TableStructure.builder().oneLevel("org", sizes).build();
  }

  @Test
  void aLoneSmallSiblingTakesTheNextSmallestWithIt() {
    TableStructure t = units(Map.of("a", 3L, "b", 6L, "c", 7L, "d", 20L));
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
    assertEquals(Map.of("a", BELOW, "b", COMPLEMENT), r.reasons());
  }

  @Test
  void tiesAreBrokenByIdAndTheOutcomeDoesNotDependOnInsertionOrder() {
    TableStructure t1 = units(Map.of("a", 3L, "zed", 6L, "mid", 6L, "d", 20L));
    TableStructure t2 =
        TableStructure.builder()
            .cell("d", 20)
            .cell("zed", 6)
            .cell("mid", 6)
            .cell("a", 3)
            .cell("org", 35)
            .sum("org", List.of("zed", "d", "a", "mid"))
            .build();
    for (TableStructure t : List.of(t1, t2)) {
      SuppressionResult r =
          ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
      assertEquals(Map.of("a", BELOW, "mid", COMPLEMENT), r.reasons());
    }
  }

  @Test
  void twoSmallSiblingsProtectEachOther() {
    TableStructure t = units(Map.of("a", 3L, "b", 4L, "c", 7L));
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
    assertEquals(Map.of("a", BELOW, "b", BELOW), r.reasons(), "a + b = org − c: neither alone");
  }

  @Test
  void twoWayTableProtectsTheSmallCellInItsRowAndItsColumn() {
    List<String> units = List.of("u1", "u2", "u3");
    List<String> levels = List.of("yes", "no");
    long[][] n = {{20, 2}, {15, 9}, {30, 12}};
    TableStructure t = TableStructure.builder().twoWay("lumbar", units, levels, n).build();
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
    String small = CellIds.cell("lumbar", "u1", "no");
    assertEquals(BELOW, r.reasons().get(small));
    // row u1: the only sibling is yes (20); column no: the next smallest is u2 (9); u2's row then
    // needs u2/yes (15): a 2x2 rectangle, the classic minimal pattern.
    assertEquals(
        Map.of(
            small,
            BELOW,
            CellIds.cell("lumbar", "u1", "yes"),
            COMPLEMENT,
            CellIds.cell("lumbar", "u2", "no"),
            COMPLEMENT,
            CellIds.cell("lumbar", "u2", "yes"),
            COMPLEMENT),
        r.reasons());
    assertTrue(recover(t, r).isEmpty());
  }

  @Test
  void chainsAcrossConstraintsAreCaughtNotJustLoneSuppressedCells() {
    // Three groups a, b, c overlapping pairwise, e.g. one unit's respondents counted in three
    // published pair totals. With a, b, c suppressed every sum still has two unknowns, yet
    // a = (ab + ac − bc) / 2. A "one suppressed cell per sum" rule publishes this.
    TableStructure t = triangle();
    Map<String, Long> values = Map.of("a", 2L, "b", 5L, "c", 9L, "ab", 7L, "ac", 11L, "bc", 14L);
    Map<String, Long> published = Map.of("ab", 7L, "ac", 11L, "bc", 14L);
    List<RecoveredCell> leaks = DisclosureChecker.recoverable(t, published, Set.of("a", "b", "c"));
    assertEquals(3, leaks.size());
    for (RecoveredCell leak : leaks) {
      assertEquals(new BigFraction(values.get(leak.cellId())), leak.value(), leak.cellId());
    }
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, Map.of("a", BELOW, "b", BELOW, "c", BELOW));
    assertTrue(r.reasons().size() > 3, "at least one pair total must go: " + r.reasons());
    assertTrue(
        DisclosureChecker.recoverable(t, r.published(values), r.suppressed()).isEmpty(),
        r.reasons().toString());
  }

  @Test
  void dumbbellPatternLeaksItsBridgeThoughEveryRowAndColumnHasTwoSuppressedCells() {
    // Two suppressed rectangles (rows 0-1 x columns 0-1, rows 2-3 x columns 2-3) joined by the
    // bridge (1, 2). Rows 0-1 give rectangle + bridge, columns 0-1 give the rectangle: the bridge
    // is their difference.
    long[][] n = {
      {1, 2, 30, 40},
      {3, 4, 2, 50},
      {60, 70, 1, 3},
      {80, 90, 4, 2}
    };
    List<String> rows = List.of("r0", "r1", "r2", "r3");
    List<String> columns = List.of("c0", "c1", "c2", "c3");
    TableStructure t = TableStructure.builder().twoWay("f", rows, columns, n).build();
    Map<String, SuppressionReason> primary = PrimarySuppression.belowMinGroupSize(t, K5);
    assertEquals(9, primary.size());
    Map<String, Long> values = new TreeMap<>();
    t.cells().forEach(c -> values.put(c.id(), c.size()));
    List<RecoveredCell> leaks =
        DisclosureChecker.recoverable(
            t, new SuppressionResult(primary).published(values), primary.keySet());
    assertEquals(
        List.of(new RecoveredCell(CellIds.cell("f", "r1", "c2"), new BigFraction(2))), leaks);

    SuppressionResult r = ComplementarySuppressor.suppress(t, primary);
    assertTrue(r.reasons().containsValue(COMPLEMENT), r.reasons().toString());
    assertTrue(recover(t, r).isEmpty(), r.reasons().toString());
  }

  @Test
  void nestedHierarchyWithTwoWayTablesIsProtectedAcrossLevels() {
    // Units under divisions under the organisation, and one factor's two-way table over the units.
    List<String> units = List.of("u1", "u2", "u3", "u4");
    long[][] n = {{6, 1}, {8, 7}, {5, 9}, {12, 10}};
    TableStructure.Builder b = TableStructure.builder().twoWay("f", units, List.of("x", "y"), n);
    b.oneLevel("div1", Map.of(CellIds.rowTotal("u1"), 7L, CellIds.rowTotal("u2"), 15L));
    b.oneLevel("div2", Map.of(CellIds.rowTotal("u3"), 14L, CellIds.rowTotal("u4"), 22L));
    b.sum(CellIds.GRAND_TOTAL, List.of("div1", "div2"));
    TableStructure t = b.build();
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
    assertTrue(r.isSuppressed(CellIds.cell("f", "u1", "y")));
    assertTrue(recover(t, r).isEmpty(), r.reasons().toString());
  }

  @Test
  void anEmptyGroupIsWithheldButNeitherProtectedNorUsedAsProtection() {
    // t = a and t = a + b force b = 0: a reader knows an empty group is empty, so b is withheld
    // (below k) without hiding a or t, which could not hide it anyway.
    TableStructure t =
        TableStructure.builder()
            .cell("t", 6)
            .cell("a", 6)
            .cell("b", 0)
            .sum("t", List.of("a"))
            .sum("t", List.of("a", "b"))
            .build();
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
    assertEquals(Map.of("b", SuppressionReason.BELOW_MIN_GROUP_SIZE), r.reasons());
  }

  @Test
  void anEmptySiblingNeverStandsInAsTheComplement() {
    // a (3) is below k; its siblings are e (empty) and c (8): hiding e would hide nothing, since
    // everyone knows it is 0, so c is the complement.
    TableStructure t =
        TableStructure.builder().oneLevel("t", Map.of("a", 3L, "e", 0L, "c", 8L)).build();
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, PrimarySuppression.belowMinGroupSize(t, K5));
    assertEquals(SuppressionReason.COMPLEMENTARY, r.reasons().get("c"));
    assertTrue(
        DisclosureChecker.recoverable(
                t, r.published(Map.of("t", 11L, "a", 3L, "e", 0L, "c", 8L)), r.suppressed())
            .isEmpty());
  }

  @Test
  void keepsThePrimaryReasonsAndRefusesUnknownCells() {
    TableStructure t = units(Map.of("a", 30L, "b", 6L, "c", 7L));
    SuppressionResult r =
        ComplementarySuppressor.suppress(t, Map.of("a", SuppressionReason.ATTRIBUTE_DISCLOSURE));
    assertEquals(SuppressionReason.ATTRIBUTE_DISCLOSURE, r.reasons().get("a"));
    assertEquals(COMPLEMENT, r.reasons().get("b"));
    assertFalse(r.isSuppressed("c"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ComplementarySuppressor.suppress(t, Map.of("nope", BELOW)));
  }

  @Test
  void checkerRefusesInconsistentOrIncompleteInput() {
    TableStructure t = units(Map.of("a", 3L, "b", 6L));
    assertEquals(
        "Cannot check disclosure: published values break the sum for total 'org'",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    DisclosureChecker.recoverable(
                        t, Map.of("a", 3L, "b", 6L, "org", 10L), Set.of()))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> DisclosureChecker.recoverable(t, Map.of("a", 3L, "b", 6L), Set.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> DisclosureChecker.recoverable(t, Map.of("a", 3L, "b", 6L, "org", 9L), Set.of("a")));
  }

  @Test
  void requireNoneRecoverableNamesCellsButNoValues() {
    TableStructure t = units(Map.of("a", 3L, "b", 6L, "c", 17L));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                DisclosureChecker.requireNoneRecoverable(
                    t, Map.of("b", 6L, "c", 17L, "org", 26L), Set.of("a")));
    assertEquals(
        "Cannot publish: 1 suppressed cells can be recovered by subtraction: 'a'", e.getMessage());
  }

  static TableStructure triangle() {
    return TableStructure.builder()
        .cell("a", 2)
        .cell("b", 5)
        .cell("c", 9)
        .cell("ab", 7)
        .cell("ac", 11)
        .cell("bc", 14)
        .sum("ab", List.of("a", "b"))
        .sum("ac", List.of("a", "c"))
        .sum("bc", List.of("b", "c"))
        .build();
  }

  /** Runs the checker on a respondent-count table, whose values are its group sizes. */
  private static List<RecoveredCell> recover(TableStructure t, SuppressionResult r) {
    Map<String, Long> values = new TreeMap<>();
    t.cells().forEach(c -> values.put(c.id(), c.size()));
    return DisclosureChecker.recoverable(t, r.published(values), r.suppressed());
  }
}
