package org.ergolens.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A small output table, the common form from which the Parquet, CSV, JSON, workbook and dashboard
 * writers all work, so every format shows the same numbers and the same suppression.
 *
 * @param name the table's name: its directory and file names
 * @param columns the columns, in output order
 * @param rows the rows; each value is null, a String, Long, Double or Boolean
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

  /** The value types of output columns. */
  public enum Type {
    STRING,
    LONG,
    DOUBLE,
    BOOLEAN
  }

  /** An output column. */
  public record Column(String name, Type type) {}

  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row of " + row.size() + " values for " + columns.size() + " columns in " + name);
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  public int columnIndex(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + column + " in " + name);
  }

  /** A builder that adds columns and rows in order. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link Table}. */
  public static final class Builder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name);
    }

    public Builder column(String column, Type type) {
      columns.add(new Column(column, type));
      return this;
    }

    public Builder row(List<Object> values) {
      rows.add(values);
      return this;
    }

    public Table build() {
      return new Table(name, columns, rows);
    }
  }
}
