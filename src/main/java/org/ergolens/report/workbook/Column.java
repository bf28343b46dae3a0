package org.ergolens.report.workbook;

import java.util.function.Function;

/**
 * A column of a sheet's table, declared once: its heading, its width in characters and the value it
 * shows for a row. A sheet's table is a list of these, so a figure added to the report's tables
 * reaches the workbook by adding one declaration.
 *
 * @param <R> the type of the rows
 * @param heading the column's heading, as people read it
 * @param width the column's width in characters
 * @param value the cell a row shows
 */
record Column<R>(String heading, int width, Function<R, CellValue> value) {
  Column {
    if (heading == null || heading.isBlank() || width <= 0) {
      throw new IllegalArgumentException("A column needs a heading and a width: " + heading);
    }
  }

  /** The same column at another width. */
  Column<R> withWidth(int newWidth) {
    return new Column<>(heading, newWidth, value);
  }
}
