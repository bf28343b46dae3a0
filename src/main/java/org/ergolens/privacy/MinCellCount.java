package org.ergolens.privacy;

/**
 * The optional small-count rule ({@code min_cell_count}): within a group large enough to show, a
 * count of cases or red flags from 1 to {@code value - 1} is withheld as well. Health statistics
 * often withhold counts of 1 to 4 so that a reader who knows one person in a group cannot tell that
 * they are the one case. {@link #OFF} ({@code value} 0) publishes every count of a shown group, as
 * the contract requires by default.
 *
 * @param value the smallest count shown besides 0; 0 turns the rule off
 */
public record MinCellCount(int value) {

  /** The rule turned off: every count of a large enough group is published. */
  public static final MinCellCount OFF = new MinCellCount(0);

  /** Refuses a negative value or 1 (which withholds nothing and reads like a mistake). */
  public MinCellCount {
    if (value < 0 || value == 1) {
      throw new IllegalArgumentException(
          "Cannot use min_cell_count " + value + ": use 0 (off) or 2 and more");
    }
  }

  /** Shorthand for {@code new MinCellCount(value)}. */
  public static MinCellCount of(int value) {
    return new MinCellCount(value);
  }

  /** True when this count of cases or red flags must be withheld: from 1 to value - 1. */
  public boolean withholds(long count) {
    return count >= 1 && count < value;
  }
}
