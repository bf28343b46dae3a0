package org.ergolens.report.workbook;

import java.util.List;
import org.ergolens.report.Table;

/**
 * One row of a report table, read by column name.
 *
 * @param table the table the row belongs to
 * @param values the row's values, in the table's column order
 */
record TableRow(Table table, List<Object> values) {
  /** The rows of a table. */
  static List<TableRow> of(Table table) {
    return table.rows().stream().map(r -> new TableRow(table, r)).toList();
  }

  /** A value, or null. */
  Object get(String column) {
    return values.get(table.columnIndex(column));
  }

  /** A text value; null when the column is empty. */
  String text(String column) {
    Object v = get(column);
    return v == null || v.toString().isEmpty() ? null : v.toString();
  }

  /** A number value, or null. */
  Number number(String column) {
    return (Number) get(column);
  }

  /** A flag, false when empty. */
  boolean flag(String column) {
    return Boolean.TRUE.equals(get(column));
  }
}
