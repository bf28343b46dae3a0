package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as the template shows it: sortable by any column, its rows filterable by department.
 * Every chart has one as its text alternative.
 *
 * @param id the table's element id
 * @param caption what the table holds
 * @param columns the header
 * @param rows the body
 */
public record DataTable(String id, String caption, List<Column> columns, List<Row> rows) {

  /** A header cell; numeric columns are right-aligned and sort as numbers. */
  public record Column(String label, boolean numeric) {}

  /**
   * A body row.
   *
   * @param filter the text the department filter matches (lower case), or null for a row that is
   *     not about one department
   * @param cells the row's cells
   */
  public record Row(String filter, List<Cell> cells) {}

  /**
   * A body cell.
   *
   * @param text what is shown
   * @param sort the sort key: a plain number for numeric columns, empty when withheld
   * @param withheld whether the value is withheld
   * @param title a tooltip (why it is withheld), or empty
   */
  public record Cell(String text, String sort, boolean withheld, String title) {}

  /** Builds a table row by row. */
  public static Builder builder(String id, String caption) {
    return new Builder(id, caption);
  }

  /** The filter key of a unit: its id and name, lower case. */
  public static String filterKey(String id, String name) {
    return (id + " " + (name == null ? "" : name)).toLowerCase(Locale.ROOT);
  }

  /** Collects columns and rows. */
  public static final class Builder {
    private final String id;
    private final String caption;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private List<Cell> current;

    private Builder(String id, String caption) {
      this.id = id;
      this.caption = caption;
    }

    public Builder textColumn(String label) {
      columns.add(new Column(label, false));
      return this;
    }

    public Builder numberColumn(String label) {
      columns.add(new Column(label, true));
      return this;
    }

    /** Starts a row; {@code filter} as in {@link Row}. */
    public Builder row(String filter) {
      current = new ArrayList<>();
      rows.add(new Row(filter, current));
      return this;
    }

    public Builder cell(String text) {
      current.add(new Cell(text, text, false, ""));
      return this;
    }

    /** A numeric cell: {@code text}, or a dash when there is no value (nothing is withheld). */
    public Builder number(Number value, String text) {
      current.add(
          value == null
              ? new Cell("—", "", false, "")
              : new Cell(text, value.toString(), false, ""));
      return this;
    }

    /** A published number: {@code text} when {@code value} is present, else "withheld" and why. */
    public Builder published(Number value, String text, String withheldWhy) {
      current.add(
          value == null
              ? new Cell(Formats.WITHHELD, "", true, withheldWhy)
              : new Cell(text, value.toString(), false, ""));
      return this;
    }

    public DataTable build() {
      for (Row r : rows) {
        if (r.cells().size() != columns.size()) {
          throw new IllegalStateException(
              "Row of "
                  + r.cells().size()
                  + " cells in a table of "
                  + columns.size()
                  + " columns: "
                  + id);
        }
      }
      return new DataTable(
          id,
          caption,
          List.copyOf(columns),
          rows.stream().map(r -> new Row(r.filter(), List.copyOf(r.cells()))).toList());
    }
  }
}
