package org.ergolens.cohort;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.ergolens.ingest.Columns;
import org.ergolens.model.Factor;

/**
 * The factor levels of a respondent as Spark expressions over their typed survey answer, each as
 * the level's index in {@link Factor#levels()} ({@link Factor#MISSING} when absent). Bands per the
 * contract: sitting under 4 h, 4 to under 6, 6 to under 8, 8 h or more; exercise 3+ days, 1–2,
 * none.
 */
public final class Levels {
  private Levels() {}

  /** Column name of a factor's level index in cohort tables. */
  public static String column(Factor f) {
    return "lvl_" + f.id();
  }

  public static Column index(Factor factor) {
    return switch (factor) {
      case SITTING_BAND -> {
        Column h = col(Columns.SITTING_HOURS);
        yield when(h.lt(4), 0).when(h.lt(6), 1).when(h.lt(8), 2).otherwise(3);
      }
      case EXERCISE_BAND -> {
        Column d = col(Columns.EXERCISE_DAYS);
        yield when(d.isNull(), Factor.MISSING).when(d.geq(3), 0).when(d.geq(1), 1).otherwise(2);
      }
      case MONITOR_POSITION -> enumIndex(factor, Columns.MONITOR_POSITION);
      case LUMBAR_SUPPORT -> enumIndex(factor, Columns.LUMBAR_SUPPORT);
      case BREAK_FREQUENCY -> enumIndex(factor, Columns.BREAK_FREQUENCY);
      case DESK_TYPE -> enumIndex(factor, Columns.DESK_TYPE);
    };
  }

  /** Every factor's level index in one number, as {@link PackedLevels} reads it. */
  static Column packed() {
    Column packed = lit(0);
    for (Factor f : Factor.values()) {
      packed = packed.bitwiseOR(shiftleft(index(f).plus(1), PackedLevels.shift(f)));
    }
    return packed;
  }

  private static Column enumIndex(Factor factor, String column) {
    Column level = lit(Factor.MISSING);
    for (int i = factor.levels().size() - 1; i >= 0; i--) {
      level = when(col(column).equalTo(factor.levels().get(i)), i).otherwise(level);
    }
    return level;
  }
}
