package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ergolens.Messages;

/**
 * The cells of one or more published tables and the additive constraints between them: what a
 * reader could combine. It describes groups and their sizes, not values, so one structure serves
 * every attribute (respondents, cases per outcome, red flags).
 *
 * <p>Validated on {@link Builder#build()}: every constraint refers to known cells, and every
 * total's group size equals the sum of its parts' sizes (a total that is not really the sum of its
 * parts is a wiring mistake, e.g. an optional factor whose respondents without a level were left
 * out; add them as a column of their own).
 *
 * <pre>{@code
 * TableStructure table = TableStructure.builder()
 *     .twoWay("lumbar_support", units, List.of("yes", "no"), respondents) // long[units][levels]
 *     .twoWay("desk_type", units, List.of("sit_stand", "fixed"), deskRespondents)
 *     .build(); // row totals (units) and the grand total are shared by both tables
 * }</pre>
 */
public final class TableStructure {

  private final List<Cell> cells; // sorted by id; a cell's index is its position
  private final Map<String, Integer> indexById;
  private final List<SumConstraint> constraints;
  private final int[][] constraintCells; // per constraint: total first, then parts
  private final int[][] constraintsOfCell;

  private TableStructure(Map<String, Cell> cellsById, Set<SumConstraint> constraints) {
    this.cells = List.copyOf(cellsById.values());
    this.indexById = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      indexById.put(cells.get(i).id(), i);
    }
    this.constraints = List.copyOf(constraints);
    this.constraintCells = new int[this.constraints.size()][];
    List<List<Integer>> byCell = new ArrayList<>();
    cells.forEach(c -> byCell.add(new ArrayList<>()));
    for (int c = 0; c < this.constraints.size(); c++) {
      SumConstraint sum = this.constraints.get(c);
      int[] members = new int[sum.parts().size() + 1];
      members[0] = indexById.get(sum.total());
      for (int p = 0; p < sum.parts().size(); p++) {
        members[p + 1] = indexById.get(sum.parts().get(p));
      }
      constraintCells[c] = members;
      for (int m : members) {
        byCell.get(m).add(c);
      }
    }
    this.constraintsOfCell =
        byCell.stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** All cells, sorted by id. */
  public List<Cell> cells() {
    return cells;
  }

  /** All constraints, in the order they were first added. */
  public List<SumConstraint> constraints() {
    return constraints;
  }

  /** True when a cell has this id. */
  public boolean contains(String id) {
    return indexById.containsKey(id);
  }

  /** The cell with this id. */
  public Cell cell(String id) {
    return cells.get(index(id));
  }

  int size() {
    return cells.size();
  }

  int index(String id) {
    Integer i = indexById.get(id);
    if (i == null) {
      throw new IllegalArgumentException("Unknown cell " + Messages.quote(id));
    }
    return i;
  }

  /** The cells of constraint {@code c}: its total first, then its parts. */
  int[] constraintCells(int c) {
    return constraintCells[c];
  }

  /** The constraints that contain cell {@code i}, as a total or as a part. */
  int[] constraintsOf(int i) {
    return constraintsOfCell[i];
  }

  @Override
  public String toString() {
    return "TableStructure[" + cells.size() + " cells, " + constraints.size() + " constraints]";
  }

  /** Collects cells and constraints; convenience methods add whole tables at once. */
  public static final class Builder {

    private final Map<String, Cell> cells = new TreeMap<>();
    private final Set<SumConstraint> constraints = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds a cell. Adding the same id again is allowed only with the same size, so that tables can
     * share their totals.
     */
    public Builder cell(String id, long size) {
      Cell cell = new Cell(id, size);
      Cell previous = cells.putIfAbsent(id, cell);
      if (previous != null && previous.size() != size) {
        throw new IllegalArgumentException(
            "Cannot add cell "
                + Messages.quote(id)
                + " with group size "
                + size
                + ": it was already added with "
                + previous.size());
      }
      return this;
    }

    /** Adds the constraint {@code total = sum(parts)}; the cells must be added too. */
    public Builder sum(String total, List<String> parts) {
      constraints.add(new SumConstraint(total, parts).canonical());
      return this;
    }

    /**
     * Adds a two-way table of rows × columns with its row totals, column totals and grand total,
     * identified by {@link CellIds}: {@code cell(table, row, column)}, {@code rowTotal(row)},
     * {@code columnTotal(table, column)} and {@code GRAND_TOTAL}. Row totals and the grand total
     * are shared by every two-way table added to this builder: the rows are meant to be the
     * reporting units, and a unit's respondents are the same group in every factor's table.
     *
     * @param table the table's name, e.g. the factor id
     * @param rows the row ids, e.g. the reporting units
     * @param columns the column ids, e.g. the factor's levels (for an optional factor, include a
     *     column for the respondents without a level so that rows add up)
     * @param sizes {@code sizes[r][c]} respondents in row r and column c
     */
    public Builder twoWay(String table, List<String> rows, List<String> columns, long[][] sizes) {
      if (Set.copyOf(rows).size() != rows.size() || Set.copyOf(columns).size() != columns.size()) {
        throw new IllegalArgumentException(
            "Cannot add table " + Messages.quote(table) + ": a row or column id is repeated");
      }
      if (sizes.length != rows.size()) {
        throw new IllegalArgumentException(
            "Cannot add table "
                + Messages.quote(table)
                + ": sizes has "
                + sizes.length
                + " rows for "
                + rows.size()
                + " row ids");
      }
      long[] columnSums = new long[columns.size()];
      List<String> rowTotals = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (sizes[r].length != columns.size()) {
          throw new IllegalArgumentException(
              "Cannot add table "
                  + Messages.quote(table)
                  + ": row "
                  + Messages.quote(rows.get(r))
                  + " has "
                  + sizes[r].length
                  + " sizes for "
                  + columns.size()
                  + " columns");
        }
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
          String id = CellIds.cell(table, rows.get(r), columns.get(c));
          cell(id, sizes[r][c]);
          parts.add(id);
          columnSums[c] += sizes[r][c];
        }
        String rowTotal = CellIds.rowTotal(rows.get(r));
        cell(rowTotal, Arrays.stream(sizes[r]).sum());
        sum(rowTotal, parts);
        rowTotals.add(rowTotal);
      }
      List<String> columnTotals = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        String columnTotal = CellIds.columnTotal(table, columns.get(c));
        List<String> parts = new ArrayList<>();
        for (String row : rows) {
          parts.add(CellIds.cell(table, row, columns.get(c)));
        }
        cell(columnTotal, columnSums[c]);
        sum(columnTotal, parts);
        columnTotals.add(columnTotal);
      }
      cell(CellIds.GRAND_TOTAL, Arrays.stream(columnSums).sum());
      sum(CellIds.GRAND_TOTAL, rowTotals);
      sum(CellIds.GRAND_TOTAL, columnTotals);
      return this;
    }

    /**
     * Adds a one-level hierarchy: a parent group that is exactly the union of its children, e.g.
     * reporting units under the organisation ({@code oneLevel(CellIds.GRAND_TOTAL, unitSizes)} with
     * keys {@code CellIds.rowTotal(unit)}). The parent's size is the sum of the children's.
     *
     * @param parent the parent cell's id
     * @param childSizes the children's cell ids and group sizes
     */
    public Builder oneLevel(String parent, Map<String, Long> childSizes) {
      Map<String, Long> sorted = new TreeMap<>(childSizes);
      sorted.forEach(this::cell);
      cell(parent, sorted.values().stream().mapToLong(Long::longValue).sum());
      sum(parent, List.copyOf(sorted.keySet()));
      return this;
    }

    /**
     * Adds a total for every subtree of {@code tree} ({@link CellIds#subtreeTotal}): the head's
     * unit with every unit below it. A subtree is the sum of its head's row total and, for each
     * child unit, the child's subtree total (when it heads one) or the child's row total. Add the
     * units' row totals first ({@link #twoWay}): sizes are summed from them.
     *
     * @param tree the units' tree; its units are the rows
     */
    public Builder subtreeTotals(UnitTree tree) {
      for (String head : tree.headsBottomUp()) {
        List<String> parts = new ArrayList<>();
        parts.add(CellIds.rowTotal(head));
        for (String child : tree.children(head)) {
          parts.add(
              tree.hasChildren(child) ? CellIds.subtreeTotal(child) : CellIds.rowTotal(child));
        }
        String total = CellIds.subtreeTotal(head);
        cell(total, sizeOf(parts));
        sum(total, parts);
      }
      return this;
    }

    private long sizeOf(List<String> ids) {
      long size = 0;
      for (String id : ids) {
        Cell c = cells.get(id);
        if (c == null) {
          throw new IllegalArgumentException(
              "Cannot add subtree: cell " + Messages.quote(id) + " was not added");
        }
        size += c.size();
      }
      return size;
    }

    /**
     * Validates and returns the structure.
     *
     * @throws IllegalArgumentException when a constraint names an unknown cell or a total's size is
     *     not the sum of its parts' sizes
     */
    public TableStructure build() {
      for (SumConstraint sum : constraints) {
        long parts = 0;
        for (String id : sum.parts()) {
          parts += known(id, sum).size();
        }
        long total = known(sum.total(), sum).size();
        if (total != parts) {
          throw new IllegalArgumentException(
              "Cannot build table: total "
                  + Messages.quote(sum.total())
                  + " describes "
                  + total
                  + " respondents but its parts add up to "
                  + parts);
        }
      }
      return new TableStructure(Collections.unmodifiableMap(cells), constraints);
    }

    private Cell known(String id, SumConstraint sum) {
      Cell cell = cells.get(id);
      if (cell == null) {
        throw new IllegalArgumentException(
            "Cannot build table: constraint on total "
                + Messages.quote(sum.total())
                + " names unknown cell "
                + Messages.quote(id));
      }
      return cell;
    }
  }
}
