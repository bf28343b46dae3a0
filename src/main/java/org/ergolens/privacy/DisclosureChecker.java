package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import org.ergolens.Messages;

/**
 * Plays the reader who wants a suppressed value back: takes the published values and every sum the
 * tables state, and solves for the suppressed cells exactly (Gauss–Jordan elimination over the
 * rationals, so chains of subtractions across several constraints are found too). Every suppressed
 * cell whose value is the same in all solutions is returned with that value.
 *
 * <p>Used by the tests and, at report time, as the last safety net: the job refuses to publish when
 * {@link #recoverable} is not empty. It shares no code with {@link ComplementarySuppressor}'s
 * integer elimination, so a bug in one is caught by the other.
 *
 * <p>It finds exact values, not ranges: bounds such as 0 ≤ cases ≤ respondents can still narrow a
 * suppressed value to an interval (see {@code docs/privacy.md}).
 */
public final class DisclosureChecker {

  private DisclosureChecker() {}

  /**
   * The suppressed cells a reader can recover, sorted by id.
   *
   * @param table the cells and constraints
   * @param published the value of every published cell
   * @param suppressed the ids of the suppressed cells; together with {@code published} exactly the
   *     table's cells
   * @throws IllegalArgumentException when the two sets overlap or miss a cell, or when the
   *     published values break a constraint
   */
  public static List<RecoveredCell> recoverable(
      TableStructure table, Map<String, Long> publishedValues, Set<String> suppressedCells) {
    // An empty group's value is known from its size: withheld or not, a reader knows it is zero.
    Map<String, Long> published = new HashMap<>(publishedValues);
    Set<String> suppressed = new TreeSet<>();
    for (String id : suppressedCells) {
      if (table.contains(id) && table.cell(id).size() == 0) {
        published.put(id, 0L);
      } else {
        suppressed.add(id);
      }
    }
    requirePartition(table, published, suppressed);
    List<String> unknowns = new ArrayList<>(new TreeSet<>(suppressed));
    Map<String, Integer> column = new HashMap<>();
    for (int j = 0; j < unknowns.size(); j++) {
      column.put(unknowns.get(j), j);
    }
    List<Equation> equations = new ArrayList<>();
    for (SumConstraint sum : table.constraints()) {
      Equation eq = Equation.of(sum, column, published);
      if (eq.isTrivial()) {
        requireConsistent(eq, sum);
      } else {
        equations.add(eq);
      }
    }
    Map<Integer, Equation> pivots = eliminate(equations, unknowns.size());
    equations.forEach(eq -> requireConsistent(eq, eq.source));
    List<RecoveredCell> recovered = new ArrayList<>();
    pivots.forEach(
        (j, eq) -> {
          if (eq.coefficients.size() == 1) {
            recovered.add(
                new RecoveredCell(unknowns.get(j), eq.constant.divide(eq.coefficients.get(j))));
          }
        });
    recovered.sort((a, b) -> a.cellId().compareTo(b.cellId()));
    return recovered;
  }

  /**
   * Throws when any suppressed cell is recoverable; the message names the cells, never values.
   *
   * @throws IllegalStateException listing the recoverable cell ids
   */
  public static void requireNoneRecoverable(
      TableStructure table, Map<String, Long> published, Set<String> suppressed) {
    List<RecoveredCell> leaks = recoverable(table, published, suppressed);
    if (!leaks.isEmpty()) {
      List<String> ids = leaks.stream().map(l -> Messages.quote(l.cellId())).toList();
      throw new IllegalStateException(
          "Cannot publish: "
              + leaks.size()
              + " suppressed cells can be recovered by subtraction: "
              + String.join(", ", ids));
    }
  }

  /** The published cells (not in {@code suppressed}) whose group is below k, sorted by id. */
  public static List<String> publishedBelowMin(
      TableStructure table, Collection<String> suppressed, MinGroupSize k) {
    Set<String> hidden = Set.copyOf(suppressed);
    return table.cells().stream()
        .filter(c -> !hidden.contains(c.id()) && !k.admits(c.size()))
        .map(Cell::id)
        .toList();
  }

  /** Gauss–Jordan over sparse rational rows; returns pivot column → its (reduced) equation. */
  private static Map<Integer, Equation> eliminate(List<Equation> equations, int columns) {
    Map<Integer, Equation> pivots = new HashMap<>();
    List<Equation> pending = new ArrayList<>(equations);
    for (int j = 0; j < columns; j++) {
      Equation pivot = null;
      for (Equation eq : pending) {
        if (eq.coefficients.containsKey(j)) {
          pivot = eq;
          break;
        }
      }
      if (pivot == null) {
        continue;
      }
      pending.remove(pivot);
      pivot.scale(pivot.coefficients.get(j).reciprocal());
      for (Equation eq : equations) {
        BigFraction factor = eq == pivot ? null : eq.coefficients.get(j);
        if (factor != null) {
          eq.subtract(pivot, factor);
        }
      }
      pivots.put(j, pivot);
    }
    return pivots;
  }

  private static void requirePartition(
      TableStructure table, Map<String, Long> published, Set<String> suppressed) {
    for (Cell cell : table.cells()) {
      boolean isPublished = published.containsKey(cell.id()) && published.get(cell.id()) != null;
      if (isPublished == suppressed.contains(cell.id())) {
        throw new IllegalArgumentException(
            "Cannot check disclosure: cell "
                + Messages.quote(cell.id())
                + (isPublished
                    ? " is both published and suppressed"
                    : " is neither published nor suppressed"));
      }
    }
    for (String id : published.keySet()) {
      table.index(id);
    }
    for (String id : suppressed) {
      table.index(id);
    }
  }

  private static void requireConsistent(Equation eq, SumConstraint sum) {
    if (eq.isTrivial() && eq.constant.compareTo(BigFraction.ZERO) != 0) {
      throw new IllegalArgumentException(
          "Cannot check disclosure: published values break the sum for total "
              + Messages.quote(sum.total()));
    }
  }

  /** Σ coefficient·x = constant over the suppressed cells, from one constraint. */
  private static final class Equation {
    private final Map<Integer, BigFraction> coefficients = new HashMap<>();
    private BigFraction constant = BigFraction.ZERO;
    private final SumConstraint source;

    private Equation(SumConstraint source) {
      this.source = source;
    }

    /** total − Σ parts = 0, with published values moved to the right-hand side. */
    static Equation of(
        SumConstraint sum, Map<String, Integer> column, Map<String, Long> published) {
      Equation eq = new Equation(sum);
      eq.addTerm(sum.total(), BigFraction.ONE, column, published);
      for (String part : sum.parts()) {
        eq.addTerm(part, BigFraction.MINUS_ONE, column, published);
      }
      return eq;
    }

    private void addTerm(
        String id, BigFraction sign, Map<String, Integer> column, Map<String, Long> published) {
      Integer j = column.get(id);
      if (j != null) {
        coefficients.merge(j, sign, BigFraction::add);
      } else {
        constant = constant.subtract(sign.multiply(published.get(id)));
      }
    }

    boolean isTrivial() {
      return coefficients.isEmpty();
    }

    void scale(BigFraction factor) {
      coefficients.replaceAll((j, v) -> v.multiply(factor));
      constant = constant.multiply(factor);
    }

    /** this −= factor · other, dropping coefficients that become zero. */
    void subtract(Equation other, BigFraction factor) {
      other.coefficients.forEach(
          (j, v) -> {
            BigFraction updated =
                coefficients.getOrDefault(j, BigFraction.ZERO).subtract(v.multiply(factor));
            if (updated.compareTo(BigFraction.ZERO) == 0) {
              coefficients.remove(j);
            } else {
              coefficients.put(j, updated);
            }
          });
      constant = constant.subtract(other.constant.multiply(factor));
    }
  }
}
