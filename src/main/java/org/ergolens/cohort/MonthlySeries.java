package org.ergolens.cohort;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
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
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.Columns;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;

/**
 * The population and outcomes of a run of consecutive months, each by the rules of {@link
 * MonthlyCohort}, reduced in one aggregation to covariate-pattern counts per month: the history the
 * trend table and the intervention follow-up are computed from.
 *
 * <p>Each respondent's accepted answers and reports in the span meet in one partition; for every
 * month the answer in force is the latest one dated in that month's lookback window (ties: later in
 * the input), so a month here has exactly the population a run for that month alone would have
 * ({@link RespondentMonths} holds the rule, {@link PatternFold} applies it to a partition).
 */
public final class MonthlySeries {
  static final String MONTH = "month_index";
  static final String IN_POPULATION = "in_population";
  static final String REPORTS = "reports";

  private final YearMonth first;
  private final YearMonth last;
  private final JobConfig config;
  private int partitions;
  private YearMonth unmatchedFrom;
  private Dataset<Row> cached;

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
    this.unmatchedFrom = last;
  }

  /**
   * How many partitions the answers and reports are spread over by respondent; each partition keeps
   * its respondents' rows in memory while it folds them, so a larger input needs more. Default (0):
   * Spark's {@code spark.sql.shuffle.partitions}.
   */
  public MonthlySeries partitions(int n) {
    this.partitions = n;
    return this;
  }

  /**
   * The first month whose unmatched reports {@link Result#unmatchedReports} names by their place in
   * the input (the months that write rejects); default: the last month.
   */
  public MonthlySeries unmatchedFrom(YearMonth month) {
    this.unmatchedFrom = month;
    return this;
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

  /**
   * The series.
   *
   * @param months every month of the series, in order, including months with nobody in the
   *     population
   * @param unmatchedPositions month index, file and row of each unmatched report from the month
   *     given to {@link #unmatchedFrom} on; cached, not collected
   */
  public record Result(Map<YearMonth, Month> months, Dataset<Row> unmatchedPositions) {
    /**
     * The file and row ({@code _file}, {@code _pos}) of each accepted report of {@code month} whose
     * respondent is not in the month's population: its {@code unmatched_respondent} rejects, as
     * many as {@link Month#unmatchedReports()} counts.
     */
    public Dataset<Row> unmatchedReports(YearMonth month) {
      return unmatchedPositions
          .filter(col(MONTH).equalTo(index(month)))
          .select(Columns.FILE_INDEX, Columns.POSITION);
    }
  }

  /**
   * Computes the series: one Spark job for the counts, which are collected, and the positions of
   * the unmatched reports, which stay cached for the rejects (one per unmatched report, so they are
   * not brought to the driver).
   */
  public Result collect(
      Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports, Set<Factor> presentFactors) {
    Map<YearMonth, List<CovariatePattern>> patterns = new TreeMap<>();
    Map<YearMonth, Long> reports = new TreeMap<>();
    Map<YearMonth, Long> unmatched = new TreeMap<>();
    Dataset<Row> counted =
        patternCounts(acceptedSurveys, acceptedReports).persist(StorageLevel.MEMORY_AND_DISK());
    cached = counted;
    for (Row r : counted.filter(col(Columns.POSITION).isNull()).collectAsList()) {
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
    return new Result(
        out,
        counted
            .filter(col(Columns.POSITION).isNotNull())
            .select(col(MONTH), col(Columns.FILE_INDEX), col(Columns.POSITION)));
  }

  /**
   * Releases the counts {@link #collect} cached for the unmatched reports' positions, and waits
   * until their blocks are gone.
   */
  public void unpersist() {
    if (cached != null) {
      cached.unpersist(true);
      cached = null;
    }
  }

  /**
   * Pattern counts keyed by month as well: month, whether in the population, department, levels,
   * respondents, cases, red flags and the month's reports. Respondents with reports in a month but
   * no answer in its lookback window form the rows with {@code in_population} false: their reports
   * are {@code unmatched_respondent} in that month and count nowhere else. From the month given to
   * {@link #unmatchedFrom} on, each such report also has a row of its own with its file and row and
   * nothing counted.
   *
   * <p>One shuffle: the answers and reports of the span, each reduced to a few numbers, are
   * partitioned by respondent; each partition folds every respondent's rows into their months
   * ({@link RespondentMonths}) and counts them per pattern, so what leaves a partition is pattern
   * counts, not people; a last aggregation adds up the partitions.
   */
  Dataset<Row> patternCounts(Dataset<Row> acceptedSurveys, Dataset<Row> acceptedReports) {
    List<Column> keys = new ArrayList<>(List.of(col(MONTH), col(IN_POPULATION)));
    keys.add(col(Columns.DEPARTMENT));
    for (Factor f : Factor.values()) {
      keys.add(col(Levels.column(f)));
    }
    keys.add(col(Columns.FILE_INDEX));
    keys.add(col(Columns.POSITION));
    List<Column> sums = new ArrayList<>();
    for (String c : PatternFold.COUNTS) {
      sums.add(sum(col(c)).as(c));
    }
    return byRespondent(answers(acceptedSurveys).unionByName(reports(acceptedReports)))
        .mapPartitions(fold(), Encoders.row(PatternFold.PATTERNS))
        .groupBy(keys.toArray(Column[]::new))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
  }

  private PatternFold fold() {
    return new PatternFold(
        index(first),
        index(last) - index(first) + 1,
        config.surveyLookbackMonths(),
        index(unmatchedFrom));
  }

  /**
   * The answers dated from the first month's lookback window to the last month, as events: the
   * respondent, month index, day, place in the input, department and packed levels.
   */
  private Dataset<Row> answers(Dataset<Row> acceptedSurveys) {
    Column date = col(Columns.RESPONSE_DATE);
    Column span =
        date.between(
            Date.valueOf(new ReportingMonth(first, config.surveyLookbackMonths()).lookbackStart()),
            Date.valueOf(last.atEndOfMonth()));
    return acceptedSurveys
        .filter(span)
        .select(
            PatternFold.event(
                monthIndex(date),
                unix_date(date),
                col(Columns.FILE_INDEX),
                col(Columns.POSITION),
                col(Columns.DEPARTMENT),
                Levels.packed(),
                null));
  }

  /**
   * The reports dated in the span, as events: the respondent, month index, place in the input and
   * outcome flags.
   */
  private Dataset<Row> reports(Dataset<Row> acceptedReports) {
    Column date = col(Columns.REPORT_DATE);
    return acceptedReports
        .filter(date.between(Date.valueOf(first.atDay(1)), Date.valueOf(last.atEndOfMonth())))
        .select(
            PatternFold.event(
                monthIndex(date),
                null,
                col(Columns.FILE_INDEX),
                col(Columns.POSITION),
                null,
                null,
                MonthlyCohort.flagBits(config)));
  }

  private Dataset<Row> byRespondent(Dataset<Row> events) {
    return partitions > 0
        ? events.repartition(partitions, col(Columns.RESPONDENT_ID))
        : events.repartition(col(Columns.RESPONDENT_ID));
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
}
