package org.ergolens.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small output table, the common form from which the Parquet, CSV, JSON and workbook writers all
 * work, so every format shows the same numbers and the same suppression. {@link TableSpec} makes
 * one from a list of rows.
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
}
