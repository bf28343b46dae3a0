package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ergolens.Messages;

/**
 * Complementary suppression over a {@link TableStructure}: given the primary-suppressed cells of
 * one attribute, suppresses more cells until no suppressed value can be recovered from the
 * published ones by any combination of the table's sums.
 *
 * <p>"Recoverable" is decided exactly: with the published values known, the constraints restricted
 * to the suppressed cells form a linear system, and a suppressed cell is recoverable iff its unit
 * vector lies in that system's row space (see {@link RowReduction}). This catches chains across
 * constraints that a "one suppressed cell per sum" rule misses.
 *
 * <p>Each round finds the recoverable cells (smallest group first, ties by id) and, for each,
 * suppresses the next-smallest unsuppressed cell (ties by id) among, in this order of preference:
 * the constraints in which it is the only suppressed cell; all constraints containing it; then
 * constraints further along the chain through which it is recovered. A cell whose constraints
 * already received a complement in this round, or for which no candidate is left after this round's
 * complements, waits for the next round, which re-checks it. The rounds end at a fixed point where
 * nothing is recoverable; every cell is suppressed at most once, so they always end.
 *
 * <pre>{@code
 * SuppressionResult result = ComplementarySuppressor.suppress(
 *     table, PrimarySuppression.belowMinGroupSize(table, k));
 * }</pre>
 */
public final class ComplementarySuppressor {

  private ComplementarySuppressor() {}

  /**
   * Extends a primary set to a safe suppression pattern.
   *
   * @param table the cells and constraints
   * @param primary primary-suppressed cell ids with their reasons (kept as they are)
   * @return the primary cells plus the complementary ones ({@link SuppressionReason#COMPLEMENTARY})
   * @throws IllegalArgumentException when a primary id is not a cell of the table
   * @throws IllegalStateException when a cell's value is fixed by the constraints alone, so that no
   *     suppression can hide it (the table's constraints are contradictory or degenerate)
   */
  public static SuppressionResult suppress(
      TableStructure table, Map<String, SuppressionReason> primary) {
    Map<String, SuppressionReason> reasons = new TreeMap<>();
    BitSet suppressed = new BitSet(table.size());
    primary.forEach(
        (id, reason) -> {
          reasons.put(id, reason);
          // An empty group's value (zero) is known from its size alone: it is withheld as asked,
          // but it can neither be protected nor protect a neighbour, so the algebra treats it as
          // known.
          if (table.cell(id).size() > 0) {
            suppressed.set(table.index(id));
          }
        });
    Comparator<Integer> smallestFirst = smallestFirst(table);
    for (List<Integer> leaks = recoverable(table, suppressed);
        !leaks.isEmpty();
        leaks = recoverable(table, suppressed)) {
      leaks.sort(smallestFirst);
      BitSet addedThisRound = new BitSet(table.size());
      for (int leak : leaks) {
        if (sharesConstraint(table, leak, addedThisRound)) {
          continue;
        }
        int complement = complementFor(table, leak, suppressed, smallestFirst);
        if (complement < 0) {
          if (addedThisRound.isEmpty()) { // the leak is current: nothing can hide it
            throw new IllegalStateException(
                "Cannot suppress cell "
                    + Messages.quote(table.cells().get(leak).id())
                    + ": its value is fixed by the table's constraints alone; check the table"
                    + " structure");
          }
          continue; // this round's complements may already hide it; the next round re-checks
        }
        suppressed.set(complement);
        addedThisRound.set(complement);
        reasons.put(table.cells().get(complement).id(), SuppressionReason.COMPLEMENTARY);
      }
    }
    return new SuppressionResult(reasons);
  }

  /**
   * The suppressed cells whose value follows from the published ones: builds the constraints
   * restricted to the suppressed cells (total +1, parts −1) and reduces them exactly.
   */
  static List<Integer> recoverable(TableStructure table, BitSet suppressed) {
    int[] column = new int[table.size()];
    List<Integer> cellOfColumn = new ArrayList<>();
    BitSet unknown = new BitSet(table.size());
    for (int i = suppressed.nextSetBit(0); i >= 0; i = suppressed.nextSetBit(i + 1)) {
      if (table.cells().get(i).size() > 0) { // an empty group is known to be zero
        unknown.set(i);
        column[i] = cellOfColumn.size();
        cellOfColumn.add(i);
      }
    }
    List<long[]> rows = new ArrayList<>();
    for (int c = 0; c < table.constraints().size(); c++) {
      int[] members = table.constraintCells(c);
      long[] row = null;
      for (int m = 0; m < members.length; m++) {
        if (unknown.get(members[m])) {
          if (row == null) {
            row = new long[cellOfColumn.size()];
          }
          row[column[members[m]]] += m == 0 ? 1 : -1;
        }
      }
      if (row != null) {
        rows.add(row);
      }
    }
    boolean[] determined =
        RowReduction.determinedColumns(rows.toArray(long[][]::new), cellOfColumn.size());
    List<Integer> leaks = new ArrayList<>();
    for (int j = 0; j < determined.length; j++) {
      if (determined[j]) {
        leaks.add(cellOfColumn.get(j));
      }
    }
    return leaks;
  }

  /**
   * The cell to suppress so that {@code leak} is no longer recovered, searching outwards from the
   * constraints that contain it; −1 when every cell reachable through suppressed cells is
   * suppressed already.
   */
  private static int complementFor(
      TableStructure table, int leak, BitSet suppressed, Comparator<Integer> smallestFirst) {
    List<Integer> alone = new ArrayList<>();
    for (int c : table.constraintsOf(leak)) {
      if (suppressedIn(table, c, suppressed) == 1) {
        alone.add(c);
      }
    }
    Integer best = smallestUnsuppressed(table, alone, suppressed, smallestFirst);
    if (best != null) {
      return best;
    }
    BitSet seenCells = new BitSet(table.size());
    BitSet seenConstraints = new BitSet(table.constraints().size());
    seenCells.set(leak);
    List<Integer> layer = new ArrayList<>();
    for (int c : table.constraintsOf(leak)) {
      seenConstraints.set(c);
      layer.add(c);
    }
    while (!layer.isEmpty()) {
      best = smallestUnsuppressed(table, layer, suppressed, smallestFirst);
      if (best != null) {
        return best;
      }
      layer = nextLayer(table, layer, suppressed, seenCells, seenConstraints);
    }
    return -1;
  }

  /** The constraints reached from {@code layer} through its suppressed cells, not seen before. */
  private static List<Integer> nextLayer(
      TableStructure table,
      List<Integer> layer,
      BitSet suppressed,
      BitSet seenCells,
      BitSet seenConstraints) {
    List<Integer> next = new ArrayList<>();
    for (int c : layer) {
      for (int cell : table.constraintCells(c)) {
        if (suppressed.get(cell) && !seenCells.get(cell)) {
          seenCells.set(cell);
          for (int further : table.constraintsOf(cell)) {
            if (!seenConstraints.get(further)) {
              seenConstraints.set(further);
              next.add(further);
            }
          }
        }
      }
    }
    return next;
  }

  /**
   * The smallest unsuppressed cell of the constraints that could hide something: an empty group is
   * never a candidate, since a reader knows its value (zero) whether it is shown or not.
   */
  private static Integer smallestUnsuppressed(
      TableStructure table,
      List<Integer> constraints,
      BitSet suppressed,
      Comparator<Integer> smallestFirst) {
    Integer best = null;
    for (int c : constraints) {
      for (int cell : table.constraintCells(c)) {
        if (!suppressed.get(cell)
            && table.cells().get(cell).size() > 0
            && (best == null || smallestFirst.compare(cell, best) < 0)) {
          best = cell;
        }
      }
    }
    return best;
  }

  private static int suppressedIn(TableStructure table, int constraint, BitSet suppressed) {
    int count = 0;
    for (int cell : table.constraintCells(constraint)) {
      count += suppressed.get(cell) ? 1 : 0;
    }
    return count;
  }

  private static boolean sharesConstraint(TableStructure table, int cell, BitSet cells) {
    if (cells.isEmpty()) {
      return false;
    }
    for (int c : table.constraintsOf(cell)) {
      for (int other : table.constraintCells(c)) {
        if (cells.get(other)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Smaller group first; equal groups by id. Cell indices follow id order, so compare those. */
  private static Comparator<Integer> smallestFirst(TableStructure table) {
    return Comparator.<Integer>comparingLong(i -> table.cells().get(i).size())
        .thenComparingInt(i -> i);
  }
}
