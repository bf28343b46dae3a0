package org.ergolens.job;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.Futures;
import org.ergolens.cohort.MonthlySeries;
import org.ergolens.cohort.ReportingMonth;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.DepartmentTreeReader;
import org.ergolens.ingest.IngestedDataset;
import org.ergolens.ingest.Ingestion;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.ingest.RejectsWriter;
import org.ergolens.ingest.RowCounts;
import org.ergolens.ingest.SourceFile;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;
import org.ergolens.privacy.MinGroupSize;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.recommend.Catalog;
import org.ergolens.recommend.RankingSettings;
import org.ergolens.recommend.Recommendation;
import org.ergolens.recommend.Recommender;
import org.ergolens.report.InputChecksums;
import org.ergolens.report.Manifest;
import org.ergolens.report.MonthDirectory;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.PreviousMonth;
import org.ergolens.report.ReportWriter;
import org.ergolens.report.Versions;
import org.ergolens.trend.DepartmentTrends;
import org.ergolens.trend.InterventionFollowUp;
import org.ergolens.trend.InterventionResult;
import org.ergolens.trend.MonthSnapshot;
import org.ergolens.trend.TrendRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly run: validate the input, build the month's population and outcomes, reduce them to
 * covariate-pattern counts, compute and protect the tables, write the report. Reads like its table
 * of contents; each step is one method or one class.
 */
public final class MonthlyJob {
  private static final Logger LOG = LoggerFactory.getLogger(MonthlyJob.class);

  private final SparkSession spark;
  private final JobOptions options;
  private final Configuration hadoopConf;
  private final String runId = UUID.randomUUID().toString();
  private final Instant startedAt = Instant.now();
  private final Stopwatch watch = new Stopwatch();

  public MonthlyJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
    this.hadoopConf = spark.sparkContext().hadoopConfiguration();
  }

  /**
   * What a successful month produced.
   *
   * @param reportsInMonth accepted discomfort reports dated in the month (0: a month without
   *     reports, still reported, with zero cases)
   */
  public record Result(
      YearMonth month,
      String reportDirectory,
      long respondents,
      long reportsInMonth,
      Map<String, DatasetCounts> datasets) {}

  /** Runs every requested month (the latest month with reports when none is given). */
  public List<Result> execute() {
    checkOutputOutsideInput();
    Ingestion ingestion = new Ingestion(spark, options.input()).checkInputs();
    watch.lap("check_inputs");
    try (Background background = new Background(spark.sparkContext())) {
      CompletableFuture<List<MonthlyReport.InputFile>> checksums =
          background.submit("computing input checksums", () -> checksums(ingestion.files()));
      return runMonths(ingestion, checksums, background);
    }
  }

  private List<Result> runMonths(
      Ingestion ingestion,
      CompletableFuture<List<MonthlyReport.InputFile>> checksums,
      Background background) {
    describe("validating input rows");
    Map<DatasetSpec, IngestedDataset> data =
        ingestion.read(background.executor("validating input rows: departments"));
    Organisation organisation = DepartmentTreeReader.read(data.get(DatasetSpec.DEPARTMENTS));
    RowCounts rowCounts = RowCounts.of(data);
    List<YearMonth> months =
        options.months().isEmpty() ? List.of(latestReportMonth(rowCounts)) : options.months();
    watch.lap("validate");
    MonthHistory history = history(ingestion, data, rowCounts, organisation, months);
    List<Result> results = new ArrayList<>();
    for (YearMonth m : months) {
      results.add(
          runMonth(
              ingestion,
              data,
              rowCounts,
              new ReportingMonth(m, options.config().surveyLookbackMonths()),
              history,
              checksums,
              background));
    }
    return results;
  }

  /**
   * The population and outcomes of every requested month and of the trend months before them,
   * reduced in one Spark aggregation to covariate-pattern counts per month. Trends are computed
   * from the input, not read from earlier outputs, so that a month's report depends on its input
   * alone.
   */
  private MonthHistory history(
      Ingestion ingestion,
      Map<DatasetSpec, IngestedDataset> data,
      RowCounts rowCounts,
      Organisation organisation,
      List<YearMonth> months) {
    YearMonth first = months.get(0).minusMonths(options.config().trendMonths());
    YearMonth last = months.get(months.size() - 1);
    describe("building the population and outcomes of " + first + " to " + last);
    Set<Factor> factors = presentFactors(ingestion);
    var series =
        new MonthlySeries(first, last, options.config())
            .partitions(seriesPartitions(rowCounts))
            .unmatchedFrom(months.get(0))
            .collect(
                data.get(DatasetSpec.WORKSTATION_SURVEY).accepted(),
                data.get(DatasetSpec.DISCOMFORT_REPORTS).accepted(),
                factors);
    MonthHistory history =
        new MonthHistory(
            series, factors, organisation, MinGroupSize.of(options.config().minGroupSize()));
    watch.lap("cohort");
    return history;
  }

  /** Input rows per partition of the series' fold, which holds a partition's rows in memory. */
  static final long ROWS_PER_SERIES_PARTITION = 4_000_000;

  /**
   * Spark's shuffle partitions, or more when the accepted answers and reports are many: a partition
   * of the series holds its respondents' rows in memory while it folds them.
   */
  private int seriesPartitions(RowCounts rowCounts) {
    long rows =
        rowCounts.datasets().entrySet().stream()
            .filter(e -> e.getKey() != DatasetSpec.DEPARTMENTS)
            .mapToLong(e -> e.getValue().rowsAccepted())
            .sum();
    int shuffle = spark.sessionState().conf().numShufflePartitions();
    return (int)
        Math.max(
            shuffle,
            Math.min(10_000, (rows + ROWS_PER_SERIES_PARTITION - 1) / ROWS_PER_SERIES_PARTITION));
  }

  private Result runMonth(
      Ingestion ingestion,
      Map<DatasetSpec, IngestedDataset> data,
      RowCounts rowCounts,
      ReportingMonth month,
      MonthHistory history,
      CompletableFuture<List<MonthlyReport.InputFile>> checksums,
      Background background) {
    List<CovariatePattern> patterns = history.patterns(month.month());
    long reportsInMonth = history.reports(month.month());
    if (reportsInMonth == 0) {
      LOG.info("Month {}: no discomfort reports in the input; the report shows zero cases", month);
    }
    describe("reconciling row counts");
    Map<String, DatasetCounts> counts =
        reconcile(rowCounts, history.unmatchedReports(month.month()));
    watch.lap("reconcile");
    LOG.info(
        "Month {}: {} respondents in {} covariate patterns; rows read {}",
        month,
        patterns.stream().mapToLong(CovariatePattern::respondents).sum(),
        patterns.size(),
        summary(counts));

    String restricted = new Path(options.out(), "restricted").toString();
    MonthDirectory restrictedDir = open(restricted, month.partition());
    if (options.auditCounts()) {
      try {
        AuditCounts.write(patterns, restrictedDir);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    // The rejects need the counts only: the executors read their records while the driver computes
    // the tables and the report, and the run waits for them before it publishes either directory.
    CompletableFuture<Long> rejects =
        background.timed(
            "writing rejects for " + month,
            () ->
                writeRejects(
                    ingestion,
                    data,
                    history.unmatchedReportPositions(month.month()),
                    counts,
                    restrictedDir));

    ErgoLensException gate = rejectGate(counts, restrictedDir.target().toString());
    if (gate != null) {
      watch.record("rejects", Futures.join(rejects));
      writeManifest(restrictedDir, month, counts, Futures.join(checksums), "failed", gate);
      publish(restrictedDir);
      throw gate;
    }

    MonthDirectory reportDir = null;
    Computed computed;
    try {
      computed = compute(month, history, patterns, reportsInMonth, counts, checksums);
      describe("writing the report for " + month);
      reportDir = open(options.out(), month.partition());
      ReportWriter.write(spark, computed.report(), computed.previous(), reportDir);
      watch.lap("report");
      watch.record("rejects", Futures.join(rejects));
      List<MonthlyReport.InputFile> inputs = computed.report().inputs();
      writeManifest(reportDir, month, counts, inputs, "ok", null);
      writeManifest(restrictedDir, month, counts, inputs, "ok", null);
      publish(restrictedDir);
      publish(reportDir);
    } catch (IOException | RuntimeException e) {
      background.cancelSparkJobs();
      Futures.awaitQuietly(rejects);
      if (reportDir != null) {
        reportDir.abandon();
      }
      restrictedDir.abandon();
      throw failedWrite(e, month);
    }
    LOG.info(
        "Report for {} written to {} ({} ms since the run started)",
        month,
        reportDir.target(),
        Duration.between(startedAt, Instant.now()).toMillis());
    return new Result(
        month.month(),
        reportDir.target().toString(),
        computed.respondents(),
        reportsInMonth,
        counts);
  }

  /**
   * The error a failed month ends with: a failure to write (an {@link IOException} anywhere in the
   * cause chain, from our writers, Spark's or Hadoop's) is the user's to fix and says so in one
   * line; anything else is a bug and stays as it is.
   */
  private RuntimeException failedWrite(Exception e, ReportingMonth month) {
    if (e instanceof ErgoLensException ee) {
      return ee;
    }
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Errors.outputUnwritable(options.out(), month.toString(), io);
      }
    }
    return e instanceof RuntimeException re ? re : new IllegalStateException(e);
  }

  /**
   * The month's report as computed from its pattern counts and the history: the protected tables,
   * recommendations, trends and follow-ups.
   *
   * @param respondents the month's population before any cell was withheld
   */
  private record Computed(
      MonthlyReport report, Optional<PreviousMonth> previous, long respondents) {}

  private Computed compute(
      ReportingMonth month,
      MonthHistory history,
      List<CovariatePattern> patterns,
      long reportsInMonth,
      Map<String, DatasetCounts> counts,
      CompletableFuture<List<MonthlyReport.InputFile>> checksums) {
    describe("computing tables for " + month);
    MinGroupSize k = MinGroupSize.of(options.config().minGroupSize());
    PublishedMonth published = history.publish(patterns, true);
    watch.lap("analysis");
    List<Recommendation> recommendations = recommend(published);
    watch.lap("recommend");
    List<MonthSnapshot> months =
        new ArrayList<>(
            history.between(
                month.month().minusMonths(options.config().trendMonths()),
                month.month().minusMonths(1)));
    months.add(new MonthSnapshot(month.month(), reportsInMonth, published));
    List<TrendRow> trends =
        options.config().trendMonths() == 0 ? List.of() : DepartmentTrends.of(months);
    List<InterventionResult> followUps =
        InterventionFollowUp.of(options.config().interventions(), months);
    watch.lap("trends");
    MonthlyReport report =
        new MonthlyReport(
            month.toString(),
            options.config(),
            Futures.join(checksums),
            counts,
            history.factors().stream().map(Factor::id).toList(),
            published,
            recommendations,
            ReportNotes.of(published, k),
            trends,
            followUps);
    return new Computed(
        report,
        previousMonth(months, month.month().minusMonths(1)),
        patterns.stream().mapToLong(CovariatePattern::respondents).sum());
  }

  /**
   * The organisation's published totals of the month before, from the same history as the trends,
   * for the dashboard's "change since last month"; none when that month had no reports.
   */
  private static Optional<PreviousMonth> previousMonth(List<MonthSnapshot> months, YearMonth m) {
    return months.stream()
        .filter(s -> s.month().equals(m) && s.hasData())
        .findFirst()
        .map(
            s -> {
              Map<String, Double> prevalence = new LinkedHashMap<>();
              for (org.ergolens.model.Outcome o : org.ergolens.model.Outcome.values()) {
                prevalence.put(o.id(), s.organisation().prevalence(o));
              }
              return new PreviousMonth(
                  m.toString(),
                  s.organisation().respondents(),
                  prevalence,
                  s.organisation().redFlagShare());
            });
  }

  /**
   * Ranked actions from the published tables only, so no recommendation quotes a withheld value.
   */
  private List<Recommendation> recommend(PublishedMonth published) {
    List<Recommendation> recommendations =
        new Recommender(Catalog.standard(), RankingSettings.of(options.config()))
            .recommend(published);
    LOG.info(
        "Recommendations: {} actions for {} reporting units and the organisation",
        recommendations.size(),
        published.units().size());
    return recommendations;
  }

  private void checkOutputOutsideInput() {
    Path in = new Path(options.input());
    Path out = new Path(options.out());
    try {
      String inUri = in.getFileSystem(hadoopConf).makeQualified(in).toString();
      String outUri = out.getFileSystem(hadoopConf).makeQualified(out).toString();
      if (outUri.equals(inUri) || outUri.startsWith(inUri.endsWith("/") ? inUri : inUri + "/")) {
        throw Errors.outputInsideInput(options.out(), options.input());
      }
    } catch (IOException e) {
      throw Errors.unreadable(options.input(), e.getMessage());
    }
  }

  private YearMonth latestReportMonth(RowCounts rowCounts) {
    return YearMonth.from(
        rowCounts.latestReport().orElseThrow(() -> Errors.noReports(options.input())));
  }

  private static Set<Factor> presentFactors(Ingestion ingestion) {
    Set<Factor> factors =
        EnumSet.of(
            Factor.SITTING_BAND,
            Factor.MONITOR_POSITION,
            Factor.LUMBAR_SUPPORT,
            Factor.BREAK_FREQUENCY);
    if (ingestion.hasColumn(DatasetSpec.WORKSTATION_SURVEY, Columns.EXERCISE_DAYS)) {
      factors.add(Factor.EXERCISE_BAND);
    }
    if (ingestion.hasColumn(DatasetSpec.WORKSTATION_SURVEY, Columns.DESK_TYPE)) {
      factors.add(Factor.DESK_TYPE);
    }
    return factors;
  }

  /** Row counts per dataset, with the month's reports whose respondent is not in the population. */
  private static Map<String, DatasetCounts> reconcile(RowCounts rowCounts, long unmatchedReports) {
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    rowCounts
        .datasets()
        .forEach(
            (spec, c) ->
                counts.put(
                    spec.id(),
                    spec == DatasetSpec.DISCOMFORT_REPORTS
                        ? c.plus(ReasonCode.UNMATCHED_RESPONDENT.id(), unmatchedReports)
                        : c));
    return counts;
  }

  private ErgoLensException rejectGate(Map<String, DatasetCounts> counts, String rejectsDir) {
    for (var e : counts.entrySet()) {
      DatasetCounts c = e.getValue();
      if (c.rowsRead() > 0
          && (double) c.rejectedForRatio() / c.rowsRead() > options.config().maxRejectRatio()) {
        return Errors.rejectRatio(
            e.getKey(),
            c.rejectedForRatio(),
            c.rowsRead(),
            options.config().maxRejectRatio(),
            rejectsDir);
      }
    }
    return null;
  }

  private void writeRejects(
      Ingestion ingestion,
      Map<DatasetSpec, IngestedDataset> data,
      Dataset<Row> unmatchedPositions,
      Map<String, DatasetCounts> counts,
      MonthDirectory dir) {
    List<Dataset<Row>> shaped = new ArrayList<>();
    for (var e : data.entrySet()) {
      IngestedDataset d = e.getValue();
      DatasetCounts c = counts.get(e.getKey().id());
      long unmatchedRows =
          c.rejectedByReason().getOrDefault(ReasonCode.UNMATCHED_RESPONDENT.id(), 0L);
      if (c.rowsRejected() == 0) {
        continue;
      }
      Map<String, Long> lines = d.hasTextFiles() ? ingestion.linesPerSplit(e.getKey()) : Map.of();
      if (c.rowsRejected() > unmatchedRows) {
        shaped.add(RejectsWriter.shape(spark, e.getKey(), d.files(), d.rejected(), lines));
      }
      if (unmatchedRows > 0) {
        Dataset<Row> records =
            d.recordsAt(unmatchedPositions, unmatchedRows)
                .withColumn(
                    Columns.REASON,
                    org.apache.spark.sql.functions.lit(ReasonCode.UNMATCHED_RESPONDENT.id()))
                .withColumn(
                    Columns.REASON_COLUMN,
                    org.apache.spark.sql.functions.lit(Columns.RESPONDENT_ID));
        shaped.add(RejectsWriter.shape(spark, e.getKey(), d.files(), records, lines));
      }
    }
    try {
      RejectsWriter.write(
          shaped, dir.stagingPath("rejects"), dir.stagingPath(".rejects-parts"), hadoopConf);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write rejects: " + e.getMessage(), e);
    }
  }

  private void writeManifest(
      MonthDirectory dir,
      ReportingMonth month,
      Map<String, DatasetCounts> counts,
      List<MonthlyReport.InputFile> inputs,
      String status,
      ErgoLensException failure) {
    Manifest manifest =
        new Manifest(
            runId,
            month.toString(),
            status,
            failure == null ? 0 : failure.exitCode(),
            failure == null ? null : failure.getMessage(),
            options.input(),
            options.out(),
            options.configSource(),
            options.config(),
            inputs,
            counts,
            Versions.platform(spark.version()),
            watch.stages(),
            startedAt.toString());
    try (OutputStream out = dir.create("manifest.json")) {
      manifest.write(out);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write manifest: " + e.getMessage(), e);
    }
  }

  private MonthDirectory open(String parent, String name) {
    try {
      return new MonthDirectory(parent, name, runId, hadoopConf).open();
    } catch (IOException e) {
      throw Errors.unreadable(
          parent, "cannot create the output directory (" + e.getMessage() + ")");
    }
  }

  private static void publish(MonthDirectory dir) {
    try {
      dir.publish();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot publish " + dir.target() + ": " + e.getMessage(), e);
    }
  }

  private List<MonthlyReport.InputFile> checksums(Map<DatasetSpec, List<SourceFile>> files) {
    List<MonthlyReport.InputFile> out = new ArrayList<>();
    for (var e : files.entrySet()) {
      for (SourceFile f : e.getValue()) {
        try {
          out.add(
              new MonthlyReport.InputFile(
                  e.getKey().id(),
                  f.path(),
                  f.format().name().toLowerCase(java.util.Locale.ROOT),
                  f.size(),
                  InputChecksums.sha256(f.path(), hadoopConf)));
        } catch (IOException ex) {
          throw Errors.unreadable(f.path(), ex.getMessage());
        }
      }
    }
    return out;
  }

  private void describe(String what) {
    spark.sparkContext().setJobDescription(what);
  }

  private static String summary(Map<String, DatasetCounts> counts) {
    StringBuilder sb = new StringBuilder();
    counts.forEach(
        (k, v) ->
            sb.append(k)
                .append('=')
                .append(v.rowsRead())
                .append(" (")
                .append(v.rowsRejected())
                .append(" rejected) "));
    return sb.toString().trim();
  }
}
