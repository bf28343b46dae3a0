package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.ergolens.analysis.LevelCounts;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.analysis.RespondentGroup;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Which counts of a month may be published. The month's counts form one {@link TableStructure}: for
 * each factor, reporting units × levels (plus a {@value #MISSING} column for an optional factor, so
 * rows add up), with the units' totals, the organisation's level totals and the grand total shared
 * by every factor. Suppression is decided once per attribute: respondent counts (below k), each
 * outcome's cases and red flags (below k, everyone has it, or a small count under {@code
 * min_cell_count}), each extended by complementary suppression until nothing can be recovered by
 * subtraction, and checked again by the independent {@link DisclosureChecker} before anything is
 * published.
 */
final class PublishableCells {
  /**
   * Row id of the whole organisation: the structure's only row when no unit may be published. It
   * holds a NUL character, which no accepted department id can.
   */
  static final String ORGANISATION = "\u0000organisation";

  /** Column of respondents without a level of an optional factor. */
  static final String MISSING = "(missing)";

  /** Attribute key of the red-flag counts; respondents are {@code null}, cases their Outcome. */
  static final String RED_FLAGS = "red_flags";

  private final TableStructure table;
  private final Map<Object, SuppressionResult> decisions;

  private PublishableCells(TableStructure table, Map<Object, SuppressionResult> decisions) {
    this.table = table;
    this.decisions = decisions;
  }

  static PublishableCells decide(
      MonthlyAnalysis.Result raw,
      Set<Factor> factors,
      boolean unitsPublishable,
      UnitTree unitTree,
      MinGroupSize k,
      MinCellCount m) {
    boolean byUnit = unitsPublishable && !raw.units().isEmpty();
    UnitTree tree = byUnit ? unitTree : UnitTree.none();
    List<RespondentGroup> rows =
        byUnit
            ? List.copyOf(raw.units().values())
            : List.of(new RespondentGroup(ORGANISATION, raw.organisation().patterns()));
    List<String> rowIds = rows.stream().map(RespondentGroup::department).toList();
    TableStructure.Builder builder = TableStructure.builder();
    Map<Object, Map<String, Long>> values = new HashMap<>();
    List<Object> attributes = new ArrayList<>();
    attributes.add(null);
    attributes.addAll(List.of(Outcome.values()));
    attributes.add(RED_FLAGS);
    attributes.forEach(a -> values.put(a, new HashMap<>()));
    for (Factor f : Factor.values()) {
      if (!factors.contains(f)) {
        continue;
      }
      List<String> columns = columns(f);
      long[][] sizes = new long[rows.size()][columns.size()];
      for (int r = 0; r < rows.size(); r++) {
        RespondentGroup scope = rows.get(r);
        LevelCounts counts = LevelCounts.of(scope.patterns(), f);
        Totals all = Totals.of(scope.patterns());
        for (int c = 0; c < columns.size(); c++) {
          boolean missing = c == f.levels().size();
          sizes[r][c] =
              missing ? all.respondents - counts.knownRespondents() : counts.respondents(c);
          String id = CellIds.cell(f.id(), rowIds.get(r), columns.get(c));
          for (Object a : attributes) {
            long known = value(a, counts, c, missing);
            long total = all.value(a);
            long v = missing ? total - sumKnown(a, counts) : known;
            values.get(a).put(id, v);
            values.get(a).merge(CellIds.columnTotal(f.id(), columns.get(c)), v, Long::sum);
          }
        }
      }
      builder.twoWay(f.id(), rowIds, columns, sizes);
    }
    for (int r = 0; r < rows.size(); r++) {
      Totals all = Totals.of(rows.get(r).patterns());
      for (Object a : attributes) {
        values.get(a).put(CellIds.rowTotal(rowIds.get(r)), all.value(a));
        values.get(a).merge(CellIds.GRAND_TOTAL, all.value(a), Long::sum);
      }
    }
    TableStructure units = builder.build();
    if (!factors.isEmpty()) { // the rows' totals are cells of the factors' tables
      builder.subtreeTotals(tree);
      attributes.forEach(a -> addSubtreeTotals(values.get(a), tree));
    }
    TableStructure table = builder.build();
    for (Object a : attributes) {
      values.get(a).putIfAbsent(CellIds.GRAND_TOTAL, 0L);
    }
    Map<Object, SuppressionResult> decisions = new LinkedHashMap<>();
    for (Object a : attributes) {
      Map<String, SuppressionReason> primary =
          a == null
              ? PrimarySuppression.belowMinGroupSize(table, k)
              : AttributeDisclosure.primary(table, values.get(a), k, m);
      SuppressionResult result = withSubtrees(units, table, primary);
      DisclosureChecker.requireNoneRecoverable(
          table, result.published(values.get(a)), result.suppressed());
      decisions.put(a, result);
    }
    return new PublishableCells(table, decisions);
  }

  /**
   * Suppression in two stages, so that subtree rows never cost a unit or the organisation a value:
   * first the units' tables alone, exactly as without subtrees; then the subtree totals' own
   * primary cells, and more subtree totals (smallest first, those summing a recoverable cell before
   * others) until nothing is recoverable. Withholding every subtree total gives back the units'
   * safe pattern, so this always ends safe.
   */
  private static SuppressionResult withSubtrees(
      TableStructure units, TableStructure table, Map<String, SuppressionReason> primary) {
    Map<String, SuppressionReason> unitPrimary = new TreeMap<>();
    primary.forEach(
        (id, reason) -> {
          if (units.contains(id)) {
            unitPrimary.put(id, reason);
          }
        });
    Map<String, SuppressionReason> reasons =
        new TreeMap<>(ComplementarySuppressor.suppress(units, unitPrimary).reasons());
    if (table.size() == units.size()) {
      return new SuppressionResult(reasons);
    }
    primary.forEach(reasons::putIfAbsent);
    BitSet suppressed = new BitSet(table.size());
    reasons.keySet().stream()
        .filter(id -> table.cell(id).size() > 0)
        .forEach(id -> suppressed.set(table.index(id)));
    for (List<Integer> leaks = ComplementarySuppressor.recoverable(table, suppressed);
        !leaks.isEmpty();
        leaks = ComplementarySuppressor.recoverable(table, suppressed)) {
      int next = nextSubtreeTotal(units, table, suppressed, leaks);
      if (next < 0) { // subtree totals alone cannot hide it: suppress over units and subtrees
        return ComplementarySuppressor.suppress(table, primary);
      }
      suppressed.set(next);
      reasons.put(table.cells().get(next).id(), SuppressionReason.COMPLEMENTARY);
    }
    return new SuppressionResult(reasons);
  }

  /**
   * The published subtree total to withhold next: one summing a leak if any, smallest first; −1
   * when all are withheld.
   */
  private static int nextSubtreeTotal(
      TableStructure units, TableStructure table, BitSet suppressed, List<Integer> leaks) {
    Integer best = null;
    boolean bestNearLeak = false;
    for (int i = 0; i < table.size(); i++) {
      Cell c = table.cells().get(i);
      if (units.contains(c.id()) || suppressed.get(i)) {
        continue;
      }
      boolean nearLeak = false;
      for (int constraint : table.constraintsOf(i)) {
        for (int member : table.constraintCells(constraint)) {
          nearLeak |= leaks.contains(member);
        }
      }
      if (best == null
          || (nearLeak && !bestNearLeak)
          || (nearLeak == bestNearLeak && c.size() < table.cells().get(best).size())) {
        best = i;
        bestNearLeak = nearLeak;
      }
    }
    return best == null ? -1 : best;
  }

  /** Sums the subtree totals bottom-up: a head's row total plus each child's (subtree) total. */
  private static void addSubtreeTotals(Map<String, Long> values, UnitTree tree) {
    for (String head : tree.headsBottomUp()) {
      long sum = values.get(CellIds.rowTotal(head));
      for (String child : tree.children(head)) {
        sum +=
            values.get(
                tree.hasChildren(child) ? CellIds.subtreeTotal(child) : CellIds.rowTotal(child));
      }
      values.put(CellIds.subtreeTotal(head), sum);
    }
  }

  private static List<String> columns(Factor f) {
    List<String> columns = new ArrayList<>(f.levels());
    if (f.optional()) {
      columns.add(MISSING);
    }
    return columns;
  }

  private static long value(Object attribute, LevelCounts counts, int level, boolean missing) {
    if (missing) {
      return 0;
    }
    if (attribute == null) {
      return counts.respondents(level);
    }
    if (attribute instanceof Outcome o) {
      return counts.cases(o, level);
    }
    return counts.redFlags()[level];
  }

  private static long sumKnown(Object attribute, LevelCounts counts) {
    long s = 0;
    for (int l = 0; l < counts.factor().levels().size(); l++) {
      s += value(attribute, counts, l, false);
    }
    return s;
  }

  /** Totals of a scope per attribute. */
  private record Totals(long respondents, long[] cases, long redFlags) {
    static Totals of(List<CovariatePattern> patterns) {
      long n = 0;
      long red = 0;
      long[] cases = new long[Outcome.values().length];
      for (CovariatePattern p : patterns) {
        n += p.respondents();
        red += p.redFlags();
        for (Outcome o : Outcome.values()) {
          cases[o.ordinal()] += p.cases(o);
        }
      }
      return new Totals(n, cases, red);
    }

    long value(Object attribute) {
      if (attribute == null) {
        return respondents;
      }
      return attribute instanceof Outcome o ? cases[o.ordinal()] : redFlags;
    }
  }

  /**
   * The cells of one published row: its total and the cell of each factor level.
   *
   * @param total the row's total cell
   * @param level the cell of a factor's level (or {@link #MISSING}) in the row; null for a row
   *     published without levels (a subtree)
   */
  record Row(String total, BiFunction<Factor, String, String> level) {
    /** Whether the row has a cell per factor level. */
    boolean hasLevels() {
      return level != null;
    }

    String cellOf(Factor f, String level) {
      return level().apply(f, level);
    }

    String missingCell(Factor f) {
      return cellOf(f, MISSING);
    }
  }

  /** A unit's row, or the organisation's for {@link #ORGANISATION}. */
  Row row(String unit) {
    return unit.equals(ORGANISATION)
        ? new Row(CellIds.GRAND_TOTAL, (f, level) -> CellIds.columnTotal(f.id(), level))
        : new Row(CellIds.rowTotal(unit), (f, level) -> CellIds.cell(f.id(), unit, level));
  }

  /**
   * The row of the subtree headed by a unit: the unit and every unit below it. It has a total per
   * attribute and no level cells: a subtree's exposure profile is not published (its units' rows
   * show theirs).
   */
  Row subtreeRow(String head) {
    return new Row(CellIds.subtreeTotal(head), null);
  }

  String organisationLevel(Factor f, String level) {
    return CellIds.columnTotal(f.id(), level);
  }

  String unitLevel(Factor f, String unit, String level) {
    return CellIds.cell(f.id(), unit, level);
  }

  /**
   * Why a cell's value of an attribute is withheld (the respondent count's reason first, since a
   * count of cases means nothing without its group), or null when it is published.
   */
  SuppressionReason reason(Object attribute, String cell) {
    if (table.contains(cell) && table.cell(cell).size() == 0) {
      return SuppressionReason.BELOW_MIN_GROUP_SIZE;
    }
    SuppressionReason r = decisions.get(null).reasons().get(cell);
    if (r == null && attribute != null) {
      r = decisions.get(attribute).reasons().get(cell);
    }
    return r;
  }

  /** The first reason among cells for respondents and the outcome's cases, or null. */
  SuppressionReason firstReason(Outcome o, List<String> cells) {
    for (String c : cells) {
      SuppressionReason r = reason(o, c);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** Whether the cases and respondents with a known level of a factor are published in a row. */
  boolean knownTotalsPublished(String row, Factor f, Outcome o) {
    Row r = row(row);
    return reason(o, r.total()) == null && (!f.optional() || readable(o, r.missingCell(f)));
  }

  /** Whether a reader knows a cell's value: it is published, or its group is empty. */
  boolean readable(Object attribute, String cell) {
    return table.cell(cell).size() == 0 || reason(attribute, cell) == null;
  }
}
