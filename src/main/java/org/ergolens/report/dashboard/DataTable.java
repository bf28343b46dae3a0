package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table as the template shows it: sortable by any column, its rows filterable by reporting unit.
 * Every chart has one as its text alternative. A table is made by declaring its columns once, each
 * with what fills its cells from a row ({@link #spec()}), and applying them to the rows.
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
   * @param unit the id of the reporting unit the row is about (the unit chooser shows or hides it),
   *     or null for a row that is not about one unit
   * @param cells the row's cells
   */
  public record Row(String unit, List<Cell> cells) {}

  /**
   * A body cell.
   *
   * @param text what is shown
   * @param sort the sort key: a plain number for numeric columns, empty when withheld
   * @param withheld whether the value is withheld
   * @param title a tooltip (why it is withheld), or empty
   */
  public record Cell(String text, String sort, boolean withheld, String title) {

    /** A text cell, sorted by its text. */
    static Cell text(String text) {
      return new Cell(text, text, false, "");
    }

    /** A number shown as {@code text}, or a dash when there is none (nothing is withheld). */
    static Cell number(Number value, String text) {
      return value == null
          ? new Cell("—", "", false, "")
          : new Cell(text, value.toString(), false, "");
    }

    /** A published number: {@code text} when {@code value} is present, else "withheld" and why. */
    static Cell published(Number value, String text, String withheldWhy) {
      return value == null
          ? new Cell(Formats.WITHHELD, "", true, withheldWhy)
          : new Cell(text, value.toString(), false, "");
    }
  }

  /** A table's columns, to be declared in order with what fills them from a row of type R. */
  public static <R> Spec<R> spec() {
    return new Spec<>();
  }

  /** The columns of a table, each with the function that makes its cell from a row. */
  public static final class Spec<R> {
    private final List<Column> columns = new ArrayList<>();
    private final List<Function<? super R, Cell>> cells = new ArrayList<>();

    private Spec() {}

    /** A column of text. */
    public Spec<R> text(String label, Function<? super R, String> text) {
      return column(label, false, r -> Cell.text(text.apply(r)));
    }

    /** A column of numbers, each written by {@code format}; a dash where there is none. */
    public <T extends Number> Spec<R> number(
        String label, Function<? super R, T> value, Function<? super T, String> format) {
      return column(
          label,
          true,
          r -> {
            T v = value.apply(r);
            return Cell.number(v, v == null ? null : format.apply(v));
          });
    }

    /** A column of published numbers: "withheld" and {@code why} where the privacy rules say. */
    public <T extends Number> Spec<R> published(
        String label,
        Function<? super R, T> value,
        Function<? super T, String> format,
        Function<? super R, String> why) {
      return column(
          label,
          true,
          r -> {
            T v = value.apply(r);
            return Cell.published(v, v == null ? null : format.apply(v), why.apply(r));
          });
    }

    /** A column whose cells are made by {@code cell}. */
    public Spec<R> column(String label, boolean numeric, Function<? super R, Cell> cell) {
      columns.add(new Column(label, numeric));
      cells.add(cell);
      return this;
    }

    /**
     * The table of these rows.
     *
     * @param unit the id of the reporting unit a row is about, or null for a row not about one
     */
    public DataTable table(
        String id, String caption, List<? extends R> rows, Function<? super R, String> unit) {
      List<Row> body = new ArrayList<>(rows.size());
      for (R r : rows) {
        List<Cell> row = new ArrayList<>(cells.size());
        cells.forEach(c -> row.add(c.apply(r)));
        body.add(new Row(unit.apply(r), List.copyOf(row)));
      }
      return new DataTable(id, caption, List.copyOf(columns), List.copyOf(body));
    }
  }
}
