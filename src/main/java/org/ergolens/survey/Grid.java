package org.ergolens.survey;

import org.ergolens.model.Outcome;

/**
 * How a profile reads the body-region grid (item C1): one column per row, each row's column named
 * by the template with the row's label in it, and one severity label per cell.
 *
 * @param template the columns' header (or pattern) with {@link ColumnRef#ROW} for the row label
 * @param rows the grid's row labels → body regions
 * @param severities the grid's answer labels → severity; 0 means no discomfort (no report)
 * @param required whether an empty row rejects the response; when not, an empty row gives no report
 */
public record Grid(
    ColumnRef template,
    LabelTable<Outcome> rows,
    LabelTable<Integer> severities,
    boolean required) {

  /** The severity label value that means no discomfort: no report for that region. */
  public static final int NO_REPORT = 0;
}
