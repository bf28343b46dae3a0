package org.ergolens.report.dashboard;

/**
 * The attributes by which the unit chooser finds what belongs to one reporting unit. Any element (a
 * table row, a card, a chart's row) carries {@link #UNIT} with the unit's id, matched exactly; a
 * chart whose unit rows are evenly spaced carries {@link #STEP}, their spacing in its own units, so
 * that the rows left showing close up without gaps.
 */
final class UnitRows {
  /** The id of the reporting unit an element is about. */
  static final String UNIT = "data-unit";

  /** On a chart: the vertical distance between its unit rows. */
  static final String STEP = "data-unit-step";

  private UnitRows() {}
}
