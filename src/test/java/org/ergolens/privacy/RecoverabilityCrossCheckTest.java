package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import org.ergolens.testing.ExactRank;
import org.junit.jupiter.api.Test;

/**
 * Three independent answers to "which suppressed cells can a reader recover?" must agree on random
 * tables: the suppressor's integer elimination, the checker's rational solve (which also returns
 * the value, compared with the truth), and a rank test written here: x_s is determined iff column s
 * of the constraint matrix restricted to the suppressed cells is not in the span of the others.
 */
class RecoverabilityCrossCheckTest {

  @Test
  void allThreeAgreeOnRandomNestedTables() {
    Random random = new Random(4231L);
    int leaking = 0;
    int safe = 0;
    for (int run = 0; run < 250; run++) {
      TableStructure t = randomTable(random);
      Map<String, Long> values = new TreeMap<>();
      t.cells().forEach(c -> values.put(c.id(), c.size()));
      BitSet suppressed = new BitSet();
      double density = 0.1 + 0.6 * random.nextDouble();
      for (int i = 0; i < t.size(); i++) {
        // Empty groups are known to be zero whether withheld or not (see the suppressor's tests).
        if (random.nextDouble() < density && t.cells().get(i).size() > 0) {
          suppressed.set(i);
        }
      }
      if (run % 2 == 1) { // half the runs: what the suppressor makes of that primary set
        Map<String, SuppressionReason> primary = new TreeMap<>();
        suppressed.stream()
            .forEach(
                i -> primary.put(t.cells().get(i).id(), SuppressionReason.BELOW_MIN_GROUP_SIZE));
        ComplementarySuppressor.suppress(t, primary)
            .suppressed()
            .forEach(id -> suppressed.set(t.index(id)));
      }
      Set<String> ids = new TreeSet<>();
      suppressed.stream().forEach(i -> ids.add(t.cells().get(i).id()));
      Map<String, Long> published = new TreeMap<>(values);
      published.keySet().removeAll(ids);

      Set<String> bySuppressor = new TreeSet<>();
      ComplementarySuppressor.recoverable(t, suppressed)
          .forEach(i -> bySuppressor.add(t.cells().get(i).id()));
      Set<String> byChecker = new TreeSet<>();
      for (RecoveredCell leak : DisclosureChecker.recoverable(t, published, ids)) {
        byChecker.add(leak.cellId());
        assertEquals(
            new BigFraction(values.get(leak.cellId())), leak.value(), "run " + run + " value");
      }
      Set<String> byRank = byRank(t, suppressed);
      assertEquals(byRank, bySuppressor, "run " + run + " suppressor vs rank test");
      assertEquals(byRank, byChecker, "run " + run + " checker vs rank test");
      if (byRank.isEmpty()) {
        safe++;
      } else {
        leaking++;
      }
    }
    assertTrue(leaking > 50 && safe > 100, "both outcomes occur: " + leaking + "/" + safe);
  }

  @Test
  void rowReductionFallsBackToBigIntegersOnOverflow() {
    long big = 3_037_000_499L; // big² overflows a long
    long[][] m = {
      {big, big - 1, 1, 0},
      {big - 2, big, 0, 1},
      {1, 1, 1, 1},
      {big, 1, big - 1, 2}
    };
    boolean[] determined = RowReduction.determinedColumns(m, 4);
    List<BigFraction[]> rows = new ArrayList<>();
    for (long[] row : m) {
      BigFraction[] r = new BigFraction[row.length];
      for (int j = 0; j < row.length; j++) {
        r[j] = new BigFraction(row[j]);
      }
      rows.add(r);
    }
    boolean[] expected = new boolean[4];
    int full = ExactRank.of(rows, 4);
    for (int s = 0; s < 4; s++) {
      expected[s] = ExactRank.withoutColumn(rows, 4, s) == full - 1;
    }
    assertArrayEquals(expected, determined);
  }

  /** Two-way tables sharing row totals, rows grouped under divisions, and random extra sums. */
  static TableStructure randomTable(Random random) {
    int rows = 1 + random.nextInt(5);
    List<String> rowIds = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowIds.add("u" + r);
    }
    long[][] f = new long[rows][2 + random.nextInt(3)];
    long[] rowTotals = new long[rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < f[r].length; c++) {
        f[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
        rowTotals[r] += f[r][c];
      }
    }
    TableStructure.Builder b = TableStructure.builder().twoWay("f", rowIds, levels(f[0].length), f);
    if (random.nextBoolean()) { // a second factor over the same respondents
      long[][] g = new long[rows][3];
      for (int r = 0; r < rows; r++) {
        long left = rowTotals[r];
        for (int c = 0; c < 2; c++) {
          g[r][c] = left == 0 ? 0 : random.nextInt((int) left + 1);
          left -= g[r][c];
        }
        g[r][2] = left;
      }
      b.twoWay("g", rowIds, levels(3), g);
    }
    if (rows >= 2 && random.nextBoolean()) { // divisions between the units and the organisation
      int split = 1 + random.nextInt(rows - 1);
      Map<String, Long> first = new TreeMap<>();
      Map<String, Long> second = new TreeMap<>();
      for (int r = 0; r < rows; r++) {
        (r < split ? first : second).put(CellIds.rowTotal(rowIds.get(r)), rowTotals[r]);
      }
      b.oneLevel("div1", first).oneLevel("div2", second);
      b.sum(CellIds.GRAND_TOTAL, List.of("div1", "div2"));
    }
    int extras = random.nextInt(3);
    for (int e = 0; e < extras; e++) { // an overlapping published subtotal of some cells
      List<String> parts = new ArrayList<>();
      long size = 0;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < f[r].length; c++) {
          if (random.nextInt(3) == 0) {
            parts.add(CellIds.cell("f", rowIds.get(r), "l" + c));
            size += f[r][c];
          }
        }
      }
      if (!parts.isEmpty()) {
        b.cell("extra" + e, size).sum("extra" + e, parts);
      }
    }
    return b.build();
  }

  private static List<String> levels(int n) {
    List<String> levels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      levels.add("l" + i);
    }
    return levels;
  }

  private static Set<String> byRank(TableStructure t, BitSet suppressed) {
    List<Integer> columns = new ArrayList<>();
    suppressed.stream().forEach(columns::add);
    List<BigFraction[]> rows = new ArrayList<>();
    for (SumConstraint sum : t.constraints()) {
      BigFraction[] row = new BigFraction[columns.size()];
      java.util.Arrays.fill(row, BigFraction.ZERO);
      row = addTo(row, columns, t.index(sum.total()), BigFraction.ONE);
      for (String part : sum.parts()) {
        row = addTo(row, columns, t.index(part), BigFraction.MINUS_ONE);
      }
      rows.add(row);
    }
    int full = ExactRank.of(rows, columns.size());
    Set<String> determined = new TreeSet<>();
    for (int s = 0; s < columns.size(); s++) {
      if (ExactRank.withoutColumn(rows, columns.size(), s) == full - 1) {
        determined.add(t.cells().get(columns.get(s)).id());
      }
    }
    return determined;
  }

  private static BigFraction[] addTo(
      BigFraction[] row, List<Integer> columns, int cell, BigFraction sign) {
    int j = columns.indexOf(cell);
    if (j >= 0) {
      row[j] = row[j].add(sign);
    }
    return row;
  }
}
