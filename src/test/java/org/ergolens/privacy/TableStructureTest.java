package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableStructureTest {

  @Test
  void twoWayAddsMarginsAndSharesRowTotalsAcrossTables() {
    List<String> units = List.of("a", "b");
    TableStructure t =
        TableStructure.builder()
            .twoWay("f", units, List.of("x", "y"), new long[][] {{1, 2}, {3, 4}})
            .twoWay("g", units, List.of("p", "q", "r"), new long[][] {{1, 1, 1}, {0, 7, 0}})
            .build();
    assertEquals(3, t.cell(CellIds.rowTotal("a")).size());
    assertEquals(7, t.cell(CellIds.rowTotal("b")).size());
    assertEquals(4, t.cell(CellIds.columnTotal("f", "x")).size());
    assertEquals(10, t.cell(CellIds.GRAND_TOTAL).size());
    // per table: 2 row sums, one per column, grand = rows, grand = columns; the row sums of the
    // two tables differ (different parts), grand = rows is shared.
    assertEquals(2 + 2 + 1 + 1 + 2 + 3 + 1, t.constraints().size());
  }

  @Test
  void refusesATotalThatIsNotTheSumOfItsParts() {
    TableStructure.Builder b = TableStructure.builder().cell("t", 5).cell("a", 2).cell("b", 2);
    b.sum("t", List.of("a", "b"));
    assertEquals(
        "Cannot build table: total 't' describes 5 respondents but its parts add up to 4",
        assertThrows(IllegalArgumentException.class, b::build).getMessage());
  }

  @Test
  void refusesUnknownCellsConflictingSizesAndBadConstraints() {
    TableStructure.Builder b = TableStructure.builder().cell("t", 5);
    b.sum("t", List.of("missing"));
    assertEquals(
        "Cannot build table: constraint on total 't' names unknown cell 'missing'",
        assertThrows(IllegalArgumentException.class, b::build).getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> TableStructure.builder().cell("t", 5).cell("t", 6));
    assertThrows(IllegalArgumentException.class, () -> new SumConstraint("t", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new SumConstraint("t", List.of("t")));
    assertThrows(IllegalArgumentException.class, () -> new SumConstraint("t", List.of("a", "a")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TableStructure.builder()
                .twoWay("f", List.of("a", "a"), List.of("x"), new long[][] {{1}, {1}}));
  }

  @Test
  void cellIdsDoNotCollideWhateverTheNames() {
    assertNotEquals(CellIds.cell("f", "a/b", "c"), CellIds.cell("f", "a", "b/c"));
    assertNotEquals(CellIds.cell("f", "*", "x"), CellIds.columnTotal("f", "x"));
    assertNotEquals(CellIds.rowTotal("*"), CellIds.GRAND_TOTAL);
    assertNotEquals(CellIds.rowTotal("%2F"), CellIds.rowTotal("/"));
    assertTrue(CellIds.cell("f", "a/b", "c").startsWith("f/a%2Fb/"));
  }

  @Test
  void oneLevelHierarchySumsItsChildren() {
    TableStructure t =
        TableStructure.builder()
            .oneLevel(
                CellIds.GRAND_TOTAL, Map.of(CellIds.rowTotal("a"), 4L, CellIds.rowTotal("b"), 9L))
            .build();
    assertEquals(13, t.cell(CellIds.GRAND_TOTAL).size());
    assertEquals(1, t.constraints().size());
  }
}
