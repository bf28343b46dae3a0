package org.ergolens.cohort;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.Columns;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The month's analysis population and outcomes (contract section 2), reduced to covariate-pattern
 * counts per department: the only thing the driver collects.
 *
 * <ul>
 *   <li>Population: each respondent's latest accepted survey answer dated in the lookback window;
 *       same-date ties go to the row later in the input (files in name order, rows in file order).
 *   <li>Outcome per region: at least one accepted report in the month for that region with severity
 *       at or above {@code case_min_severity}; {@code any_region} for any region.
 *   <li>Red flag: any report in the month lasting more than {@code red_flag_days} days or with
 *       numbness or tingling.
 * </ul>
 */
public final class MonthlyCohort {
  static final String RED_FLAG = "red_flag";

  private MonthlyCohort() {}

  /** The bit of an outcome in {@link #flagBits}: its ordinal. */
  static int bit(Outcome o) {
    return 1 << o.ordinal();
  }

  /** The bit of the red flag in {@link #flagBits}: after the outcomes'. */
  static final int RED_FLAG_BIT = 1 << Outcome.values().length;

  /**
   * One report's outcome flags as bits (see {@link #bit(Outcome)} and {@link #RED_FLAG_BIT}): a
   * case of a region when its severity is at least {@code case_min_severity}, a red flag when it
   * lasted more than {@code red_flag_days} days or came with numbness or tingling. A respondent's
   * month is the bitwise OR of their reports'.
   */
  static Column flagBits(JobConfig config) {
    Column counts = col(Columns.SEVERITY).geq(config.caseMinSeverity());
    Column bits = lit(0);
    for (Outcome o : Outcome.values()) {
      Column hit = o.isRegion() ? counts.and(col(Columns.BODY_REGION).equalTo(o.id())) : counts;
      bits = bits.bitwiseOR(when(hit, bit(o)).otherwise(0));
    }
    Column flagged =
        coalesce(col(Columns.DURATION_DAYS).gt(config.redFlagDays()), lit(false))
            .or(coalesce(col(Columns.NUMBNESS_TINGLING), lit(false)));
    return bits.bitwiseOR(when(flagged, RED_FLAG_BIT).otherwise(0));
  }

  /** One collected row of pattern counts (department, levels, counts) as a pattern. */
  static CovariatePattern pattern(Row r, Set<Factor> presentFactors) {
    int[] levels = new int[Factor.values().length];
    for (Factor f : Factor.values()) {
      int v = r.getInt(r.fieldIndex(Levels.column(f)));
      levels[f.ordinal()] = presentFactors.contains(f) ? v : Factor.MISSING;
    }
    long[] cases = new long[Outcome.values().length];
    for (Outcome o : Outcome.values()) {
      cases[o.ordinal()] = r.getLong(r.fieldIndex(o.id()));
    }
    return new CovariatePattern(
        r.getString(r.fieldIndex(Columns.DEPARTMENT)),
        levels,
        r.getLong(r.fieldIndex("respondents")),
        cases,
        r.getLong(r.fieldIndex(RED_FLAG)));
  }

  /**
   * Department, then levels factor by factor: the order every table is built in, whatever Spark
   * returned. (Levels are -1 to 7, so this is also the order of their printed lists, which it
   * compared before: the tables come out in the same order.)
   */
  static void sort(List<CovariatePattern> patterns) {
    patterns.sort(
        java.util.Comparator.comparing(CovariatePattern::department)
            .thenComparing(CovariatePattern::levels, java.util.Arrays::compare));
  }
}
