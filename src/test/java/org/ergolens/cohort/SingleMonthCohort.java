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
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.Columns;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The contract's population and outcome rules for one month, written as plainly as possible in
 * Spark SQL (a window for the latest answer, a group-by per respondent for the outcomes): the
 * oracle that {@link MonthlySeries}, which folds many months per respondent in Java, is checked
 * against.
 */
final class SingleMonthCohort {
  private final ReportingMonth month;
  private final JobConfig config;

  SingleMonthCohort(ReportingMonth month, JobConfig config) {
    this.month = month;
    this.config = config;
  }

  /** One row per respondent in the population: id, department and a level index per factor. */
  Dataset<Row> population(Dataset<Row> acceptedSurveys) {
    Column inWindow =
        col(Columns.RESPONSE_DATE)
            .between(Date.valueOf(month.lookbackStart()), Date.valueOf(month.lastDay()));
    Column latest =
        max(struct(
                col(Columns.RESPONSE_DATE),
                col(Columns.FILE_INDEX),
                col(Columns.POSITION),
                col(Columns.DEPARTMENT),
                col(Columns.SITTING_HOURS),
                col(Columns.MONITOR_POSITION),
                col(Columns.LUMBAR_SUPPORT),
                col(Columns.BREAK_FREQUENCY),
                col(Columns.EXERCISE_DAYS),
                col(Columns.DESK_TYPE)))
            .as("latest");
    Dataset<Row> answers =
        acceptedSurveys
            .filter(inWindow)
            .groupBy(Columns.RESPONDENT_ID)
            .agg(latest)
            .select(col(Columns.RESPONDENT_ID), col("latest.*"));
    List<Column> cols =
        new ArrayList<>(List.of(col(Columns.RESPONDENT_ID), col(Columns.DEPARTMENT)));
    for (Factor f : Factor.values()) {
      cols.add(Levels.index(f).as(Levels.column(f)));
    }
    return answers.select(cols.toArray(Column[]::new));
  }

  /** Accepted reports dated in the reporting month. */
  Dataset<Row> monthReports(Dataset<Row> acceptedReports) {
    return acceptedReports.filter(
        col(Columns.REPORT_DATE)
            .between(Date.valueOf(month.firstDay()), Date.valueOf(month.lastDay())));
  }

  /**
   * Reports of the month whose respondent has no accepted answer in the lookback window: an
   * anti-join, the plainest statement of {@code unmatched_respondent}.
   */
  Dataset<Row> unmatchedReports(Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports) {
    Dataset<Row> monthReports = monthReports(acceptedReports);
    Dataset<Row> answers =
        acceptedSurveys
            .filter(
                col(Columns.RESPONSE_DATE)
                    .between(Date.valueOf(month.lookbackStart()), Date.valueOf(month.lastDay())))
            .select(Columns.RESPONDENT_ID);
    return monthReports.join(
        answers,
        monthReports.col(Columns.RESPONDENT_ID).equalTo(answers.col(Columns.RESPONDENT_ID)),
        "left_anti");
  }

  /** One row per respondent with at least one report in the month: outcome and red-flag flags. */
  Dataset<Row> outcomes(Dataset<Row> monthReports) {
    List<Column> aggs = outcomeFlags(config);
    return monthReports
        .groupBy(Columns.RESPONDENT_ID)
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  /**
   * The month reduced to counts per department and combination of factor levels: respondents, cases
   * per outcome, red flags. Reports of respondents outside the population do not count.
   */
  Dataset<Row> patternCounts(Dataset<Row> population, Dataset<Row> outcomes) {
    Dataset<Row> joined =
        population.join(
            outcomes,
            population.col(Columns.RESPONDENT_ID).equalTo(outcomes.col(Columns.RESPONDENT_ID)),
            "left");
    return countPatterns(joined);
  }

  /** Per group of reports: 1 when any is a case of each outcome, 1 when any is a red flag. */
  static List<Column> outcomeFlags(JobConfig config) {
    Column counts = col(Columns.SEVERITY).geq(config.caseMinSeverity());
    List<Column> aggs = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      Column hit = o.isRegion() ? counts.and(col(Columns.BODY_REGION).equalTo(o.id())) : counts;
      aggs.add(max(when(hit, 1).otherwise(0)).as(o.id()));
    }
    Column flagged =
        coalesce(col(Columns.DURATION_DAYS).gt(config.redFlagDays()), lit(false))
            .or(coalesce(col(Columns.NUMBNESS_TINGLING), lit(false)));
    aggs.add(max(when(flagged, 1).otherwise(0)).as(MonthlyCohort.RED_FLAG));
    return aggs;
  }

  /**
   * Respondents, cases per outcome and red flags per department and combination of factor levels
   * (and per {@code extraKeys}), from one row per respondent with its outcome flags (null: none).
   */
  static Dataset<Row> countPatterns(Dataset<Row> joined, String... extraKeys) {
    return countPatterns(joined, List.of(), extraKeys);
  }

  /** As {@link #countPatterns(Dataset, String...)}, with further aggregates after the counts. */
  static Dataset<Row> countPatterns(
      Dataset<Row> joined, List<Column> moreAggregates, String... extraKeys) {
    List<Column> keys = new ArrayList<>();
    for (String k : extraKeys) {
      keys.add(col(k));
    }
    keys.add(col(Columns.DEPARTMENT));
    for (Factor f : Factor.values()) {
      keys.add(col(Levels.column(f)));
    }
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as("respondents"));
    for (Outcome o : Outcome.values()) {
      aggs.add(sum(coalesce(col(o.id()), lit(0))).as(o.id()));
    }
    aggs.add(sum(coalesce(col(MonthlyCohort.RED_FLAG), lit(0))).as(MonthlyCohort.RED_FLAG));
    aggs.addAll(moreAggregates);
    return joined
        .groupBy(keys.toArray(Column[]::new))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  /**
   * Collects pattern counts to the driver. Optional factors whose column the input lacks are
   * treated as missing for every respondent.
   */
  static List<CovariatePattern> collect(Dataset<Row> patternCounts, Set<Factor> presentFactors) {
    List<CovariatePattern> out = new ArrayList<>();
    for (Row r : patternCounts.collectAsList()) {
      out.add(MonthlyCohort.pattern(r, presentFactors));
    }
    MonthlyCohort.sort(out);
    return out;
  }
}
