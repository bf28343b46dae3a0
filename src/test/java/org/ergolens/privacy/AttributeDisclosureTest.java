package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AttributeDisclosureTest {

  private static final MinGroupSize K5 = MinGroupSize.of(5);

  @Test
  void allMembersWithTheOutcomeIsADisclosureNoneIsNot() {
    assertTrue(AttributeDisclosure.discloses(7, 7));
    assertFalse(AttributeDisclosure.discloses(6, 7));
    assertFalse(AttributeDisclosure.discloses(0, 7), "'none has it' is published");
    assertFalse(AttributeDisclosure.discloses(0, 0), "an empty group tells nothing");
  }

  @Test
  void primaryMarksAllCaseGroupsOfAnySizeAndSmallGroupsFirst() {
    List<String> units = List.of("u1", "u2");
    long[][] n = {{8, 3}, {6, 9}};
    long[][] cases = {{8, 3}, {2, 0}}; // u1/x: 8 of 8 (disclosure); u1/y: 3 of 3 but below k
    TableStructure t = TableStructure.builder().twoWay("f", units, List.of("x", "y"), n).build();
    Map<String, Long> counts = counts(units, cases);
    Map<String, SuppressionReason> primary = AttributeDisclosure.primary(t, counts, K5);
    assertEquals(SuppressionReason.ATTRIBUTE_DISCLOSURE, primary.get(CellIds.cell("f", "u1", "x")));
    assertEquals(SuppressionReason.BELOW_MIN_GROUP_SIZE, primary.get(CellIds.cell("f", "u1", "y")));
    assertEquals(
        SuppressionReason.ATTRIBUTE_DISCLOSURE,
        primary.get(CellIds.rowTotal("u1")),
        "the unit total of 11 of 11 discloses too");
    assertFalse(primary.containsKey(CellIds.cell("f", "u2", "y")), "0 of 9 is published");

    SuppressionResult r = ComplementarySuppressor.suppress(t, primary);
    assertTrue(
        DisclosureChecker.recoverable(t, r.published(counts), r.suppressed()).isEmpty(),
        r.reasons().toString());
  }

  @Test
  void smallCountsAreWithheldOnlyWhenMinCellCountIsSet() {
    List<String> units = List.of("u1", "u2");
    long[][] n = {{8, 9}, {6, 12}};
    long[][] cases = {{1, 4}, {0, 5}}; // u1/x: 1, u1/y: 4 (small under 5); u2/x: 0, u2/y: 5
    TableStructure t = TableStructure.builder().twoWay("f", units, List.of("x", "y"), n).build();
    Map<String, Long> counts = counts(units, cases);
    assertTrue(AttributeDisclosure.primary(t, counts, K5).isEmpty(), "off: every count is shown");

    Map<String, SuppressionReason> primary =
        AttributeDisclosure.primary(t, counts, K5, MinCellCount.of(5));
    assertEquals(SuppressionReason.SMALL_COUNT, primary.get(CellIds.cell("f", "u1", "x")));
    assertEquals(SuppressionReason.SMALL_COUNT, primary.get(CellIds.cell("f", "u1", "y")));
    assertFalse(primary.containsKey(CellIds.cell("f", "u2", "x")), "0 is not a small count");
    assertFalse(primary.containsKey(CellIds.cell("f", "u2", "y")), "5 is shown");
    assertFalse(primary.containsKey(CellIds.rowTotal("u1")), "u1's 5 cases are shown");

    SuppressionResult r = ComplementarySuppressor.suppress(t, primary);
    assertTrue(
        DisclosureChecker.recoverable(t, r.published(counts), r.suppressed()).isEmpty(),
        r.reasons().toString());
    assertTrue(
        r.suppressed().contains(CellIds.rowTotal("u1"))
            || r.suppressed().contains(CellIds.cell("f", "u2", "x"))
            || r.suppressed().contains(CellIds.columnTotal("f", "x")),
        "a complement protects u1's small counts: " + r.reasons());
  }

  @Test
  void minCellCountRefusesValuesThatWithholdNothingByMistake() {
    assertFalse(MinCellCount.OFF.withholds(1));
    assertTrue(MinCellCount.of(2).withholds(1));
    assertFalse(MinCellCount.of(2).withholds(2));
    assertEquals(
        "Cannot use min_cell_count 1: use 0 (off) or 2 and more",
        assertThrows(IllegalArgumentException.class, () -> MinCellCount.of(1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> MinCellCount.of(-3));
  }

  @Test
  void refusesCountsOutsideTheGroup() {
    TableStructure t = TableStructure.builder().oneLevel("org", Map.of("a", 6L, "b", 7L)).build();
    assertEquals(
        "Cannot check attribute disclosure: cell 'a' has count 7 for a group of 6",
        assertThrows(
                IllegalArgumentException.class,
                () -> AttributeDisclosure.primary(t, Map.of("a", 7L, "b", 0L, "org", 7L), K5))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeDisclosure.primary(t, Map.of("a", 1L, "org", 1L), K5));
  }

  @Test
  void reasonIdsAreStable() {
    assertEquals(
        List.of(
            "below_min_group_size",
            "complementary",
            "attribute_disclosure",
            "small_count",
            "rolled_up_root_below_min"),
        Arrays.stream(SuppressionReason.values()).map(SuppressionReason::id).toList());
    for (SuppressionReason reason : SuppressionReason.values()) {
      assertEquals(reason, SuppressionReason.byId(reason.id()));
    }
  }

  private static Map<String, Long> counts(List<String> units, long[][] cases) {
    Map<String, Long> m = new TreeMap<>();
    long[] columns = new long[2];
    long grand = 0;
    for (int u = 0; u < units.size(); u++) {
      m.put(CellIds.cell("f", units.get(u), "x"), cases[u][0]);
      m.put(CellIds.cell("f", units.get(u), "y"), cases[u][1]);
      m.put(CellIds.rowTotal(units.get(u)), cases[u][0] + cases[u][1]);
      columns[0] += cases[u][0];
      columns[1] += cases[u][1];
      grand += cases[u][0] + cases[u][1];
    }
    m.put(CellIds.columnTotal("f", "x"), columns[0]);
    m.put(CellIds.columnTotal("f", "y"), columns[1]);
    m.put(CellIds.GRAND_TOTAL, grand);
    return m;
  }
}
