package org.ergolens.cohort;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

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

/**
 * The contract's population and outcome rules for one month, written as plainly as possible: the
 * oracle that {@link MonthlySeries}, which computes many months in one aggregation, is checked
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

  /** One row per respondent with at least one report in the month: outcome and red-flag flags. */
  Dataset<Row> outcomes(Dataset<Row> monthReports) {
    List<Column> aggs = MonthlyCohort.outcomeFlags(config);
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
    return MonthlyCohort.countPatterns(joined);
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
