package org.ergolens.cohort;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.Columns;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;

/**
 * The population and outcomes of a run of consecutive months, each by the rules of {@link
 * MonthlyCohort}, reduced in one aggregation to covariate-pattern counts per month: the history the
 * trend table and the intervention follow-up are computed from.
 *
 * <p>Each respondent's accepted answers in the span are gathered once; for every month the answer
 * in force is the latest one dated in that month's lookback window (ties: later in the input), so a
 * month here has exactly the population a run for that month alone would have.
 */
public final class MonthlySeries {
  static final String MONTH = "month_index";
  static final String IN_POPULATION = "in_population";
  static final String REPORTS = "reports";
  private static final String ANSWERS = "answers";

  private final YearMonth first;
  private final YearMonth last;
  private final JobConfig config;

  /**
   * @param first the first month of the series
   * @param last the last month of the series (not before {@code first})
   */
  public MonthlySeries(YearMonth first, YearMonth last, JobConfig config) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("Empty series: " + first + " after " + last);
    }
    this.first = first;
    this.last = last;
    this.config = config;
  }

  /**
   * What the series holds per month.
   *
   * @param patterns the month's covariate-pattern counts, department then levels order
   * @param reports accepted reports dated in the month (of anyone, in the population or not)
   * @param unmatchedReports those of them whose respondent is not in the month's population
   */
  public record Month(
      YearMonth month, List<CovariatePattern> patterns, long reports, long unmatchedReports) {
    public Month {
      patterns = List.copyOf(patterns);
    }
  }

  /** Every month of the series, in order, including months with nobody in the population. */
  public Map<YearMonth, Month> collect(
      Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports, Set<Factor> presentFactors) {
    Map<YearMonth, List<CovariatePattern>> patterns = new TreeMap<>();
    Map<YearMonth, Long> reports = new TreeMap<>();
    Map<YearMonth, Long> unmatched = new TreeMap<>();
    for (Row r : patternCounts(acceptedSurveys, acceptedReports).collectAsList()) {
      YearMonth m = fromIndex(r.getInt(r.fieldIndex(MONTH)));
      long n = r.getLong(r.fieldIndex(REPORTS));
      reports.merge(m, n, Long::sum);
      if (r.getBoolean(r.fieldIndex(IN_POPULATION))) {
        patterns
            .computeIfAbsent(m, x -> new ArrayList<>())
            .add(MonthlyCohort.pattern(r, presentFactors));
      } else {
        unmatched.merge(m, n, Long::sum);
      }
    }
    Map<YearMonth, Month> out = new TreeMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      List<CovariatePattern> ps = patterns.getOrDefault(m, new ArrayList<>());
      MonthlyCohort.sort(ps);
      out.put(m, new Month(m, ps, reports.getOrDefault(m, 0L), unmatched.getOrDefault(m, 0L)));
    }
    return out;
  }

  /**
   * Pattern counts keyed by month as well: month, whether in the population, department, levels,
   * respondents, cases, red flags and the month's reports. Respondents with reports in a month but
   * no answer in its lookback window form the rows with {@code in_population} false: their reports
   * are {@code unmatched_respondent} in that month and count nowhere else.
   */
  Dataset<Row> patternCounts(Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports) {
    Dataset<Row> population = population(acceptedSurveys).withColumn(IN_POPULATION, lit(true));
    List<Column> flags = new ArrayList<>(MonthlyCohort.outcomeFlags(config));
    flags.add(count(lit(1)).as(REPORTS));
    Dataset<Row> outcomes =
        inSpan(acceptedReports, Columns.REPORT_DATE)
            .groupBy(Columns.RESPONDENT_ID, MONTH)
            .agg(flags.get(0), flags.subList(1, flags.size()).toArray(Column[]::new));
    Dataset<Row> joined =
        population
            .join(outcomes, scalaSeq(Columns.RESPONDENT_ID, MONTH), "full_outer")
            .withColumn(IN_POPULATION, coalesce(col(IN_POPULATION), lit(false)));
    return MonthlyCohort.countPatterns(
        joined, List.of(sum(coalesce(col(REPORTS), lit(0L))).as(REPORTS)), MONTH, IN_POPULATION);
  }

  /** One row per respondent and month of the series in which the respondent is in population. */
  Dataset<Row> population(Dataset<Row> acceptedSurveys) {
    int lookback = config.surveyLookbackMonths();
    Column span =
        col(Columns.RESPONSE_DATE)
            .between(
                Date.valueOf(new ReportingMonth(first, lookback).lookbackStart()),
                Date.valueOf(new ReportingMonth(last, lookback).lastDay()));
    // Field order matters: array_max compares date, then file, then position.
    List<Column> fields =
        new ArrayList<>(
            List.of(
                col(Columns.RESPONSE_DATE).as("d"),
                col(Columns.FILE_INDEX).as("f"),
                col(Columns.POSITION).as("p"),
                monthIndex(col(Columns.RESPONSE_DATE)).as("mi"),
                col(Columns.DEPARTMENT).as("dept")));
    for (Factor f : Factor.values()) {
      fields.add(Levels.index(f).as(Levels.column(f)));
    }
    String inForce =
        "transform(sequence(%d, %d), m -> named_struct('m', m, 'a', array_max(filter(%s, x -> x.mi >= m - %d AND x.mi <= m))))"
            .formatted(index(first), index(last), ANSWERS, lookback - 1);
    List<Column> out =
        new ArrayList<>(
            List.of(
                col(Columns.RESPONDENT_ID),
                col("s.m").as(MONTH),
                col("s.a.dept").as(Columns.DEPARTMENT)));
    for (Factor f : Factor.values()) {
      out.add(col("s.a." + Levels.column(f)).as(Levels.column(f)));
    }
    return acceptedSurveys
        .filter(span)
        .groupBy(Columns.RESPONDENT_ID)
        .agg(collect_list(struct(fields.toArray(Column[]::new))).as(ANSWERS))
        .select(col(Columns.RESPONDENT_ID), explode(expr(inForce)).as("s"))
        .filter(col("s.a").isNotNull())
        .select(out.toArray(Column[]::new));
  }

  private Dataset<Row> inSpan(Dataset<Row> acceptedReports, String dateColumn) {
    return acceptedReports
        .filter(
            col(dateColumn)
                .between(Date.valueOf(first.atDay(1)), Date.valueOf(last.atEndOfMonth())))
        .withColumn(MONTH, monthIndex(col(dateColumn)));
  }

  /** Months since year 0 as a number, so that month arithmetic is integer arithmetic. */
  static Column monthIndex(Column date) {
    return year(date).multiply(12).plus(month(date)).minus(1);
  }

  static int index(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  static YearMonth fromIndex(int index) {
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toSeq();
  }
}
