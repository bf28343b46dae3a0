package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ergolens.model.Factor;
import org.junit.jupiter.api.Test;

/**
 * Random department trees with random counts: units × levels tables plus a subtree total for every
 * unit with child units. After suppression of respondent counts and two counted attributes, nothing
 * withheld may be recoverable from units, subtrees and the organisation together, as judged by
 * {@link DisclosureChecker} and, on small trees, by a brute-force search of this test's own: a
 * withheld cell is safe when another table agrees with every published value and every sum but
 * differs in that cell (a change of −1, 0 or +1 to each withheld cell, found by backtracking).
 */
class SubtreeSuppressionPropertyTest {

  private static final int RUNS = 600;

  private int subtreeCells;
  private int withheldSubtreeCells;
  private int witnessed;
  private int unitCells;
  private int primaryLeaks;
  private int withheldUnitCells;
  private int bruteForceSkipped;

  @Test
  void unitsSubtreesAndTheOrganisationTogetherLeakNothing() {
    Random random = new Random(25_2026_12L);
    int tested = 0;
    for (int run = 0; run < RUNS; run++) {
      MinGroupSize k = MinGroupSize.of(3 + random.nextInt(3));
      RollUpPropertyTest.Organisation org =
          RollUpPropertyTest.Organisation.random(random, k.value());
      RollUpResult units = RollUp.of(k).apply(org.tree(), org.counts());
      UnitTree tree = UnitTree.of(org.tree(), units);
      if (!units.departmentLevelPublishable() || tree.heads().isEmpty()) {
        continue;
      }
      tested++;
      SuppressionPropertyTest.Survey survey = SuppressionPropertyTest.Survey.random(random, units);
      Map<String, List<String>> covered = coveredUnits(org.tree(), units);
      TableStructure table = table(survey, tree);
      String context = "run " + run + " k=" + k.value() + " tree=" + tree;

      Map<String, Long> respondents = new TreeMap<>();
      table.cells().forEach(c -> respondents.put(c.id(), c.size()));
      assertEquals(respondents, withSubtrees(sizes(survey), survey, covered), "sizes add up");
      check(table, respondents, PrimarySuppression.belowMinGroupSize(table, k), k, context);
      for (int a = 0; a < 2; a++) {
        Map<String, Long> counts = withSubtrees(survey.counts(a), survey, covered);
        SuppressionResult r =
            check(table, counts, AttributeDisclosure.primary(table, counts, k), k, context);
        for (Cell cell : table.cells()) {
          if (AttributeDisclosure.discloses(counts.get(cell.id()), cell.size())) {
            assertTrue(r.isSuppressed(cell.id()), context + " everyone a case in " + cell.id());
          }
        }
      }
    }
    assertTrue(tested > RUNS / 6, "many trees have subtrees: " + tested);
    assertTrue(withheldSubtreeCells > 20, "subtree cells get withheld: " + withheldSubtreeCells);
    // Subtrees are larger groups than units: they lose no larger a share of their cells.
    assertTrue(
        (double) withheldSubtreeCells / subtreeCells <= (double) withheldUnitCells / unitCells,
        "subtree cells of k or more withheld: "
            + withheldSubtreeCells
            + " of "
            + subtreeCells
            + "; unit cells: "
            + withheldUnitCells
            + " of "
            + unitCells);
    assertTrue(primaryLeaks > 100, "primary suppression alone leaks: " + primaryLeaks);
    assertTrue(witnessed > 200, "the brute force vouched for withheld cells: " + witnessed);
    assertTrue(bruteForceSkipped < witnessed / 4, "few tables too big to brute-force");
  }

  @Test
  void aSubtreeBesideItsWithheldHeadTakesAComplement() {
    // Two roots: acme heads sales; x stands alone. Everyone in acme's own unit is a case, so its
    // cases are withheld; acme's subtree minus sales would give them away.
    DepartmentTree tree =
        DepartmentTree.builder().add("acme", null).add("sales", "acme").add("x", null).build();
    MinGroupSize k = MinGroupSize.of(5);
    RollUpResult units = RollUp.of(k).apply(tree, Map.of("acme", 20L, "sales", 13L, "x", 10L));
    UnitTree unitTree = UnitTree.of(tree, units);
    List<String> rows = List.of("acme", "sales", "x");
    long[][] sizes = {{10, 10}, {6, 7}, {5, 5}};
    TableStructure unitsOnly =
        TableStructure.builder().twoWay("f", rows, List.of("a", "b"), sizes).build();
    TableStructure withSubtrees =
        TableStructure.builder()
            .twoWay("f", rows, List.of("a", "b"), sizes)
            .subtreeTotals(unitTree)
            .build();
    Map<String, Long> cases = new TreeMap<>();
    long[][] byLevel = {{10, 10}, {2, 3}, {1, 2}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        cases.put(CellIds.cell("f", rows.get(r), List.of("a", "b").get(c)), byLevel[r][c]);
        cases.merge(CellIds.columnTotal("f", List.of("a", "b").get(c)), byLevel[r][c], Long::sum);
        cases.merge(CellIds.rowTotal(rows.get(r)), byLevel[r][c], Long::sum);
        cases.merge(CellIds.GRAND_TOTAL, byLevel[r][c], Long::sum);
      }
    }
    Map<String, Long> unitCases = new TreeMap<>(cases);
    cases.put(CellIds.subtreeTotal("acme"), 20L + 5L);

    SuppressionResult plain =
        ComplementarySuppressor.suppress(
            unitsOnly, AttributeDisclosure.primary(unitsOnly, unitCases, k));
    assertTrue(plain.isSuppressed(CellIds.rowTotal("acme")), "everyone in acme is a case");
    assertEquals(
        List.of(),
        DisclosureChecker.recoverable(unitsOnly, plain.published(unitCases), plain.suppressed()));
    List<RecoveredCell> leaks =
        DisclosureChecker.recoverable(withSubtrees, plain.published(cases), plain.suppressed());
    assertTrue(
        leaks.stream().anyMatch(l -> l.cellId().equals(CellIds.rowTotal("acme"))),
        "acme's subtree minus sales gives acme's cases: " + leaks);

    SuppressionResult r =
        ComplementarySuppressor.suppress(
            withSubtrees, AttributeDisclosure.primary(withSubtrees, cases, k));
    assertEquals(
        List.of(), DisclosureChecker.recoverable(withSubtrees, r.published(cases), r.suppressed()));
    assertTrue(
        r.isSuppressed(CellIds.subtreeTotal("acme")) || r.isSuppressed(CellIds.rowTotal("sales")),
        "one more cell of the subtree's sum is withheld: " + r.reasons());
  }

  private SuppressionResult check(
      TableStructure table,
      Map<String, Long> values,
      Map<String, SuppressionReason> primary,
      MinGroupSize k,
      String context) {
    agreeOnPrimaryAlone(table, values, primary, context);
    SuppressionResult r = ComplementarySuppressor.suppress(table, primary);
    assertEquals(
        List.of(),
        DisclosureChecker.recoverable(table, r.published(values), r.suppressed()),
        context + " recoverable " + r.reasons());
    assertEquals(List.of(), DisclosureChecker.publishedBelowMin(table, r.suppressed(), k), context);
    Set<String> unknowns = new TreeSet<>();
    for (String id : r.suppressed()) {
      if (table.cell(id).size() > 0) {
        unknowns.add(id);
      }
    }
    for (Cell c : table.cells()) {
      if (c.id().startsWith("*/+") && k.admits(c.size())) {
        subtreeCells++;
        withheldSubtreeCells += unknowns.contains(c.id()) ? 1 : 0;
      } else if (k.admits(c.size())) {
        unitCells++;
        withheldUnitCells += unknowns.contains(c.id()) ? 1 : 0;
      }
    }
    if (unknowns.size() > 40) {
      bruteForceSkipped++;
      return r;
    }
    for (String s : unknowns) {
      assertTrue(Witness.exists(table, unknowns, s), context + " no other table differs in " + s);
      witnessed++;
    }
    return r;
  }

  /**
   * Before complements, primary suppression alone leaks: the brute force and the checker must agree
   * cell by cell on what is recoverable, or the brute force would vouch for nothing.
   */
  private void agreeOnPrimaryAlone(
      TableStructure table,
      Map<String, Long> values,
      Map<String, SuppressionReason> primary,
      String context) {
    Set<String> unknowns = new TreeSet<>();
    primary.keySet().stream().filter(id -> table.cell(id).size() > 0).forEach(unknowns::add);
    if (unknowns.size() > 40) {
      return;
    }
    Map<String, Long> published = new TreeMap<>(values);
    published.keySet().removeAll(primary.keySet());
    Set<String> recovered = new TreeSet<>();
    DisclosureChecker.recoverable(table, published, primary.keySet())
        .forEach(leak -> recovered.add(leak.cellId()));
    for (String s : unknowns) {
      assertEquals(
          !recovered.contains(s), Witness.exists(table, unknowns, s), context + " primary " + s);
      primaryLeaks += recovered.contains(s) ? 1 : 0;
    }
  }

  /** Units × levels tables of the survey's factors, with their subtree rows. */
  private static TableStructure table(SuppressionPropertyTest.Survey survey, UnitTree tree) {
    TableStructure.Builder b = TableStructure.builder();
    for (int f = 0; f < survey.factors().size(); f++) {
      Factor factor = survey.factors().get(f);
      List<String> columns = SuppressionPropertyTest.Survey.columns(factor);
      b.twoWay(factor.id(), survey.units(), columns, survey.sizes()[f]);
    }
    return b.subtreeTotals(tree).build();
  }

  private static Map<String, Long> sizes(SuppressionPropertyTest.Survey survey) {
    Map<String, Long> values = new TreeMap<>();
    long grand = 0;
    for (int f = 0; f < survey.factors().size(); f++) {
      Factor factor = survey.factors().get(f);
      List<String> columns = SuppressionPropertyTest.Survey.columns(factor);
      grand = 0;
      for (int c = 0; c < columns.size(); c++) {
        long column = 0;
        for (int u = 0; u < survey.units().size(); u++) {
          long v = survey.sizes()[f][u][c];
          values.put(CellIds.cell(factor.id(), survey.units().get(u), columns.get(c)), v);
          if (f == 0) {
            values.merge(CellIds.rowTotal(survey.units().get(u)), v, Long::sum);
          }
          column += v;
        }
        values.put(CellIds.columnTotal(factor.id(), columns.get(c)), column);
        grand += column;
      }
    }
    values.put(CellIds.GRAND_TOTAL, grand);
    return values;
  }

  /**
   * The unit cells' values plus each subtree's, summed flat over the units it covers (not along the
   * unit tree, as the code under test does).
   */
  private static Map<String, Long> withSubtrees(
      Map<String, Long> unitValues,
      SuppressionPropertyTest.Survey survey,
      Map<String, List<String>> covered) {
    Map<String, Long> out = new TreeMap<>(unitValues);
    covered.forEach(
        (head, units) -> {
          long total = 0;
          for (String u : units) {
            total += unitValues.get(CellIds.rowTotal(u));
          }
          out.put(CellIds.subtreeTotal(head), total);
        });
    return out;
  }

  /**
   * For every unit that some other unit lies below in the department tree, the units whose
   * department is it or lies below it: found from the departments' ancestry, not the unit tree.
   */
  static Map<String, List<String>> coveredUnits(DepartmentTree tree, RollUpResult rollUp) {
    Map<String, List<String>> covered = new TreeMap<>();
    Set<String> units = rollUp.units().keySet();
    for (String head : units) {
      List<String> below = new ArrayList<>();
      for (String unit : units) {
        if (isAncestorOrSelf(tree, head, unit)) {
          below.add(unit);
        }
      }
      if (below.size() > 1) {
        covered.put(head, below);
      }
    }
    return covered;
  }

  private static boolean isAncestorOrSelf(DepartmentTree tree, String ancestor, String d) {
    for (String x = d; x != null; x = tree.parent(x).orElse(null)) {
      if (x.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Backtracking search for a change d to the withheld cells, each by −1, 0 or +1, with d[s] = +1,
   * under which every sum still holds: then the published values cannot tell the true table from
   * the changed one, and s is not recoverable.
   */
  static final class Witness {
    private static final int BUDGET = 2_000_000;

    private final List<int[]> equations = new ArrayList<>(); // variable indices, total first
    private final List<List<Integer>> byVariable = new ArrayList<>();
    private final int[] value;
    private final boolean[] assigned;
    private int steps;

    private Witness(TableStructure table, List<String> unknowns) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < unknowns.size(); i++) {
        index.put(unknowns.get(i), i);
        byVariable.add(new ArrayList<>());
      }
      for (SumConstraint sum : table.constraints()) {
        List<Integer> vars = new ArrayList<>();
        vars.add(index.getOrDefault(sum.total(), -1));
        sum.parts().forEach(p -> vars.add(index.getOrDefault(p, -1)));
        if (vars.stream().allMatch(v -> v < 0)) {
          continue;
        }
        int[] eq = vars.stream().mapToInt(Integer::intValue).toArray();
        equations.add(eq);
        for (int v : eq) {
          if (v >= 0) {
            byVariable.get(v).add(equations.size() - 1);
          }
        }
      }
      value = new int[unknowns.size()];
      assigned = new boolean[unknowns.size()];
    }

    static boolean exists(TableStructure table, Set<String> unknowns, String s) {
      List<String> vars = new ArrayList<>(unknowns);
      Witness w = new Witness(table, vars);
      int start = vars.indexOf(s);
      w.value[start] = 1;
      w.assigned[start] = true;
      if (!w.consistent(start)) {
        return false;
      }
      return w.search();
    }

    private boolean search() {
      if (++steps > BUDGET) {
        throw new IllegalStateException("brute force over budget");
      }
      int next = nextVariable();
      if (next < 0) {
        return true;
      }
      for (int d : new int[] {0, 1, -1}) {
        value[next] = d;
        assigned[next] = true;
        if (consistent(next) && search()) {
          return true;
        }
      }
      assigned[next] = false;
      value[next] = 0;
      return false;
    }

    /** An unassigned variable in an equation with the fewest unassigned ones, or −1. */
    private int nextVariable() {
      int best = -1;
      int fewest = Integer.MAX_VALUE;
      for (int[] eq : equations) {
        int open = 0;
        int candidate = -1;
        for (int v : eq) {
          if (v >= 0 && !assigned[v]) {
            open++;
            candidate = v;
          }
        }
        if (open > 0 && open < fewest) {
          fewest = open;
          best = candidate;
        }
      }
      if (best < 0) {
        for (int v = 0; v < assigned.length; v++) {
          if (!assigned[v]) {
            return v; // in no equation: any value will do
          }
        }
      }
      return best;
    }

    /** Every equation of variable v can still balance: |partial sum| ≤ open variables. */
    private boolean consistent(int v) {
      for (int e : byVariable.get(v)) {
        int[] eq = equations.get(e);
        int sum = 0;
        int open = 0;
        for (int i = 0; i < eq.length; i++) {
          if (eq[i] < 0) {
            continue;
          }
          if (!assigned[eq[i]]) {
            open++;
          } else {
            sum += i == 0 ? value[eq[i]] : -value[eq[i]];
          }
        }
        if (Math.abs(sum) > open) {
          return false;
        }
      }
      return true;
    }
  }
}
