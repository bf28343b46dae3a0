package org.ergolens.cohort;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.ReasonCode;
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
  static final String IN_POPULATION = "in_population";
  static final String REPORTS = "reports";
  private static final String ANSWER = "answer";
  private static final String LATEST = "latest";

  private final ReportingMonth month;
  private final JobConfig config;

  public MonthlyCohort(ReportingMonth month, JobConfig config) {
    this.month = month;
    this.config = config;
  }

  /** One row per respondent in the population: id, department and a level index per factor. */
  public Dataset<Row> population(Dataset<Row> acceptedSurveys) {
    Dataset<Row> answers =
        acceptedSurveys
            .filter(inWindow())
            .groupBy(Columns.RESPONDENT_ID)
            .agg(max(answer()).as(LATEST))
            .select(col(Columns.RESPONDENT_ID), col(LATEST + ".*"));
    List<Column> cols =
        new ArrayList<>(List.of(col(Columns.RESPONDENT_ID), col(Columns.DEPARTMENT)));
    cols.addAll(levelColumns());
    return answers.select(cols.toArray(Column[]::new));
  }

  private Column inWindow() {
    return col(Columns.RESPONSE_DATE)
        .between(Date.valueOf(month.lookbackStart()), Date.valueOf(month.lastDay()));
  }

  /**
   * A survey answer as one value whose maximum is the respondent's latest answer: by date, then
   * file, then position in the file.
   */
  private static Column answer() {
    return struct(
        col(Columns.RESPONSE_DATE),
        col(Columns.FILE_INDEX),
        col(Columns.POSITION),
        col(Columns.DEPARTMENT),
        col(Columns.SITTING_HOURS),
        col(Columns.MONITOR_POSITION),
        col(Columns.LUMBAR_SUPPORT),
        col(Columns.BREAK_FREQUENCY),
        col(Columns.EXERCISE_DAYS),
        col(Columns.DESK_TYPE));
  }

  private static List<Column> levelColumns() {
    List<Column> cols = new ArrayList<>();
    for (Factor f : Factor.values()) {
      cols.add(Levels.index(f).as(Levels.column(f)));
    }
    return cols;
  }

  /** Accepted reports dated in the reporting month. */
  public Dataset<Row> monthReports(Dataset<Row> acceptedReports) {
    return acceptedReports.filter(
        col(Columns.REPORT_DATE)
            .between(Date.valueOf(month.firstDay()), Date.valueOf(month.lastDay())));
  }

  /**
   * Reports of the month whose respondent is not in the population, marked as rejected. The
   * population is everyone with an accepted answer in the lookback window, so this needs no
   * aggregation: an anti-join with the answers in the window.
   */
  public Dataset<Row> unmatchedReports(Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports) {
    Dataset<Row> monthReports = monthReports(acceptedReports);
    Dataset<Row> answers = acceptedSurveys.filter(inWindow()).select(Columns.RESPONDENT_ID);
    return monthReports
        .join(
            answers,
            monthReports.col(Columns.RESPONDENT_ID).equalTo(answers.col(Columns.RESPONDENT_ID)),
            "left_anti")
        .withColumn(Columns.REASON, lit(ReasonCode.UNMATCHED_RESPONDENT.id()))
        .withColumn(Columns.REASON_COLUMN, lit(Columns.RESPONDENT_ID));
  }

  /**
   * The month reduced to counts per department and combination of factor levels: respondents, cases
   * per outcome, red flags, and the month's reports by whether their respondent is in the
   * population. One aggregation: the survey answers in the lookback window and the reports of the
   * month are grouped by respondent together (latest answer, outcome and red-flag flags, reports),
   * then by pattern. Respondents with reports but no answer in the window form the rows with {@code
   * in_population} false: their reports are {@code unmatched_respondent} rejects and count nowhere
   * else.
   */
  public Dataset<Row> patternCounts(Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports) {
    Dataset<Row> answers =
        acceptedSurveys.filter(inWindow()).select(col(Columns.RESPONDENT_ID), answer().as(ANSWER));
    List<Column> fromAnswers = new ArrayList<>(answers.columns().length + 3);
    List<Column> fromReports = new ArrayList<>();
    fromAnswers.add(col(Columns.RESPONDENT_ID));
    fromAnswers.add(col(ANSWER));
    fromReports.add(col(Columns.RESPONDENT_ID));
    fromReports.add(lit(null).cast(answers.schema().apply(ANSWER).dataType()).as(ANSWER));
    for (var flag : reportFlags().entrySet()) {
      fromAnswers.add(lit(null).cast(DataTypes.IntegerType).as(flag.getKey()));
      fromReports.add(when(flag.getValue(), 1).otherwise(0).as(flag.getKey()));
    }
    fromAnswers.add(lit(0L).as(REPORTS));
    fromReports.add(lit(1L).as(REPORTS));
    Dataset<Row> rows =
        answers
            .select(fromAnswers.toArray(Column[]::new))
            .union(monthReports(acceptedReports).select(fromReports.toArray(Column[]::new)));

    List<Column> perRespondent = new ArrayList<>();
    for (String flag : reportFlags().keySet()) {
      perRespondent.add(max(col(flag)).as(flag));
    }
    perRespondent.add(sum(col(REPORTS)).as(REPORTS));
    List<Column> respondent = new ArrayList<>();
    respondent.add(col(LATEST).isNotNull().as(IN_POPULATION));
    respondent.add(col(LATEST + ".*"));
    reportFlags().keySet().forEach(f -> respondent.add(coalesce(col(f), lit(0)).as(f)));
    respondent.add(col(REPORTS));
    Dataset<Row> respondents =
        rows.groupBy(Columns.RESPONDENT_ID)
            .agg(max(col(ANSWER)).as(LATEST), perRespondent.toArray(Column[]::new))
            .select(respondent.toArray(Column[]::new));

    List<Column> keys = new ArrayList<>(List.of(col(IN_POPULATION), col(Columns.DEPARTMENT)));
    keys.addAll(levelColumns());
    List<Column> aggs = new ArrayList<>();
    for (String flag : reportFlags().keySet()) {
      aggs.add(sum(col(flag)).as(flag));
    }
    aggs.add(sum(col(REPORTS)).as(REPORTS));
    return respondents
        .groupBy(keys.toArray(Column[]::new))
        .agg(count(lit(1)).as("respondents"), aggs.toArray(Column[]::new));
  }

  /** Per report: whether it is a case of each outcome, and whether it is a red flag. */
  private Map<String, Column> reportFlags() {
    Column counts = col(Columns.SEVERITY).geq(config.caseMinSeverity());
    Map<String, Column> flags = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      flags.put(
          o.id(), o.isRegion() ? counts.and(col(Columns.BODY_REGION).equalTo(o.id())) : counts);
    }
    flags.put(
        RED_FLAG,
        coalesce(col(Columns.DURATION_DAYS).gt(config.redFlagDays()), lit(false))
            .or(coalesce(col(Columns.NUMBNESS_TINGLING), lit(false))));
    return flags;
  }

  /**
   * The month's counts on the driver.
   *
   * @param patterns the population's covariate patterns, sorted
   * @param reports accepted reports dated in the month
   * @param unmatchedReports those of them whose respondent is not in the population
   */
  public record MonthCounts(List<CovariatePattern> patterns, long reports, long unmatchedReports) {}

  /**
   * Collects {@link #patternCounts} to the driver. Optional factors whose column the input lacks
   * are treated as missing for every respondent.
   */
  public static MonthCounts collect(Dataset<Row> patternCounts, Set<Factor> presentFactors) {
    List<CovariatePattern> out = new ArrayList<>();
    long reports = 0;
    long unmatched = 0;
    for (Row r : patternCounts.collectAsList()) {
      long n = r.getLong(r.fieldIndex(REPORTS));
      reports += n;
      if (!r.getBoolean(r.fieldIndex(IN_POPULATION))) {
        unmatched += n;
        continue;
      }
      int[] levels = new int[Factor.values().length];
      for (Factor f : Factor.values()) {
        int v = r.getInt(r.fieldIndex(Levels.column(f)));
        levels[f.ordinal()] = presentFactors.contains(f) ? v : Factor.MISSING;
      }
      long[] cases = new long[Outcome.values().length];
      for (Outcome o : Outcome.values()) {
        cases[o.ordinal()] = r.getLong(r.fieldIndex(o.id()));
      }
      out.add(
          new CovariatePattern(
              r.getString(r.fieldIndex(Columns.DEPARTMENT)),
              levels,
              r.getLong(r.fieldIndex("respondents")),
              cases,
              r.getLong(r.fieldIndex(RED_FLAG))));
    }
    out.sort(
        java.util.Comparator.comparing(CovariatePattern::department)
            .thenComparing(p -> java.util.Arrays.toString(p.levels())));
    return new MonthCounts(List.copyOf(out), reports, unmatched);
  }
}
