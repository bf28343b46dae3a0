package org.ergolens.job;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.Futures;
import org.ergolens.cohort.MonthlySeries;
import org.ergolens.cohort.ReportingMonth;
import org.ergolens.ingest.CheckedInputs;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.DepartmentTreeReader;
import org.ergolens.ingest.HeadcountReader;
import org.ergolens.ingest.ImportSummary;
import org.ergolens.ingest.IngestedDataset;
import org.ergolens.ingest.Ingestion;
import org.ergolens.ingest.InputChecksums;
import org.ergolens.ingest.InputFile;
import org.ergolens.ingest.ReadOptions;
import org.ergolens.ingest.RowCounts;
import org.ergolens.ingest.SourceFile;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.MinCellCount;
import org.ergolens.privacy.MinGroupSize;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.recommend.Catalog;
import org.ergolens.recommend.RankingSettings;
import org.ergolens.recommend.Recommendation;
import org.ergolens.recommend.Recommender;
import org.ergolens.recommend.UnderWay;
import org.ergolens.report.MonthDirectory;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.PreviousMonth;
import org.ergolens.report.ReportWriter;
import org.ergolens.report.brief.BriefWriter;
import org.ergolens.survey.ImportResult;
import org.ergolens.trend.DepartmentTrends;
import org.ergolens.trend.InterventionFollowUp;
import org.ergolens.trend.InterventionResult;
import org.ergolens.trend.MonthSnapshot;
import org.ergolens.trend.TrendRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly run: validate the input, build the population and outcomes of every month it needs,
 * reduced to covariate-pattern counts, then for each reporting month compute and protect the tables
 * and write the report. {@link #execute()} reads like its table of contents; a run's state lives in
 * one {@link RunContext}.
 */
public final class MonthlyJob {
  private static final Logger LOG = LoggerFactory.getLogger(MonthlyJob.class);

  private final SparkSession spark;
  private final JobOptions options;

  public MonthlyJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
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
    try (RunContext run = new RunContext(spark, options)) {
      checkOutputOutsideInput(run);
      Input input = readInput(run);
      List<ReportingMonth> months = reportingMonths(input);
      MonthHistory history = history(run, input, months);
      List<Result> results = new ArrayList<>();
      for (ReportingMonth month : months) {
        results.add(reportMonth(run, input, history, month));
      }
      return results;
    }
  }

  /**
   * The validated input of a run.
   *
   * @param ingestion the input's files and how to read them
   * @param data every dataset's rows, validated and cached for the run
   * @param organisation the department tree, if given
   * @param rowCounts rows read, accepted and rejected per dataset
   * @param checksums the input files with their checksums, computed beside the validation
   */
  private record Input(
      CheckedInputs ingestion,
      Map<DatasetSpec, IngestedDataset> data,
      Organisation organisation,
      RowCounts rowCounts,
      CompletableFuture<List<InputFile>> checksums) {

    Dataset<Row> accepted(DatasetSpec spec) {
      return data.get(spec).accepted();
    }
  }

  private void checkOutputOutsideInput(RunContext run) {
    String inUri = qualified(options.input(), run, e -> Errors.unreadable(options.input(), e));
    String outUri = qualified(options.out(), run, e -> Errors.outputUnavailable(options.out(), e));
    if (outUri.equals(inUri) || outUri.startsWith(inUri.endsWith("/") ? inUri : inUri + "/")) {
      throw Errors.outputInsideInput(options.out(), options.input());
    }
  }

  private static String qualified(
      String location,
      RunContext run,
      java.util.function.Function<String, ErgoLensException> failure) {
    Path p = new Path(location);
    try {
      return p.getFileSystem(run.hadoopConf()).makeQualified(p).toString();
    } catch (IOException e) {
      throw failure.apply(e.getMessage());
    }
  }

  /**
   * Checks every file's header, then validates every row (the input checksums are computed beside
   * it); the rows stay cached until the run ends.
   */
  private Input readInput(RunContext run) {
    CheckedInputs ingestion =
        new Ingestion(spark, options.input(), ReadOptions.of(options.config())).checkInputs();
    run.releaseAtEnd(ingestion::unpersist);
    run.watch().lap("check_inputs");
    CompletableFuture<List<InputFile>> checksums =
        run.background()
            .submit(
                "computing input checksums",
                () ->
                    options
                        .imported()
                        .map(ImportResult::inputs)
                        .orElseGet(() -> checksums(run, ingestion)));
    run.describe("validating input rows");
    Map<DatasetSpec, IngestedDataset> data =
        ingestion.read(run.background().executor("validating input rows: departments"));
    Organisation organisation = DepartmentTreeReader.read(data.get(DatasetSpec.DEPARTMENTS));
    RowCounts rowCounts = RowCounts.of(data);
    run.watch().lap("validate");
    return new Input(ingestion, data, organisation, rowCounts, checksums);
  }

  /** The months asked for, or the latest month with reports. */
  private List<ReportingMonth> reportingMonths(Input input) {
    List<YearMonth> months =
        options.months().isEmpty()
            ? List.of(
                YearMonth.from(
                    input
                        .rowCounts()
                        .latestReport()
                        .orElseThrow(() -> Errors.noReports(options.input()))))
            : options.months();
    return months.stream()
        .map(m -> new ReportingMonth(m, options.config().surveyLookbackMonths()))
        .toList();
  }

  /**
   * The population and outcomes of every requested month and of the trend months before them,
   * reduced in one Spark aggregation to covariate-pattern counts per month. Trends are computed
   * from the input, not read from earlier outputs, so that a month's report depends on its input
   * alone.
   */
  private MonthHistory history(RunContext run, Input input, List<ReportingMonth> months) {
    YearMonth first = months.get(0).month().minusMonths(options.config().trendMonths());
    YearMonth last = months.get(months.size() - 1).month();
    run.describe("building the population and outcomes of " + first + " to " + last);
    Set<Factor> factors = presentFactors(input.ingestion());
    MonthlySeries series =
        new MonthlySeries(first, last, options.config())
            .partitions(seriesPartitions(input.rowCounts()))
            .unmatchedFrom(months.get(0).month());
    run.releaseAtEnd(series::unpersist);
    MonthlySeries.Result counted =
        series.collect(
            input.accepted(DatasetSpec.WORKSTATION_SURVEY),
            input.accepted(DatasetSpec.DISCOMFORT_REPORTS),
            factors);
    run.watch().lap("cohort");
    return new MonthHistory(
        counted,
        factors,
        input.organisation(),
        MinGroupSize.of(options.config().minGroupSize()),
        MinCellCount.of(options.config().minCellCount()),
        HeadcountReader.read(input.data().get(DatasetSpec.HEADCOUNT)),
        options.config().minResponseRate());
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
            .filter(
                e -> e.getKey() != DatasetSpec.DEPARTMENTS && e.getKey() != DatasetSpec.HEADCOUNT)
            .mapToLong(e -> e.getValue().rowsAccepted())
            .sum();
    int shuffle = spark.sessionState().conf().numShufflePartitions();
    return (int)
        Math.max(
            shuffle,
            Math.min(10_000, (rows + ROWS_PER_SERIES_PARTITION - 1) / ROWS_PER_SERIES_PARTITION));
  }

  /**
   * One month's report, with its rejects and manifest in the restricted tree: both directories are
   * staged and published only when complete. Over {@code max_reject_ratio} only the restricted
   * directory is published and the month fails with {@link ErgoLensException#EXIT_REJECT_RATIO}; a
   * failure to write either directory abandons both ({@link RunContext#failure}).
   */
  private Result reportMonth(
      RunContext run, Input input, MonthHistory history, ReportingMonth month) {
    MonthCounts counts = monthCounts(input, history, month);
    Path restrictedRoot = new Path(options.out(), "restricted");
    ErgoLensException tooManyRejects =
        MonthRejects.gate(
            counts.datasets(),
            options.config().maxRejectRatio(),
            new Path(restrictedRoot, month.partition()).toString());
    StagedMonth staged = new StagedMonth();
    try {
      staged.restricted = run.open(restrictedRoot.toString(), month);
      if (options.auditCounts()) {
        AuditCounts.write(counts.patterns(), staged.restricted);
      }
      // The rejects need the counts only: the executors read their records while the driver
      // computes the tables and the report, and the run waits for them before it publishes either.
      MonthDirectory rejectsDir = staged.restricted;
      staged.rejects =
          run.background()
              .timed(
                  "writing rejects for " + month,
                  () ->
                      MonthRejects.write(
                          spark,
                          input.ingestion(),
                          options.imported(),
                          input.data(),
                          history.unmatchedReportPositions(month.month()),
                          counts.datasets(),
                          rejectsDir,
                          run.hadoopConf()));
      if (tooManyRejects != null) {
        publishRejectsOnly(run, input, month, counts, staged, tooManyRejects);
      } else {
        publishReport(run, input, history, month, counts, staged);
      }
    } catch (IOException | RuntimeException e) {
      staged.abandon(run);
      throw run.failure(e, month);
    }
    if (tooManyRejects != null) {
      throw tooManyRejects;
    }
    LOG.info(
        "Report for {} written to {} ({} ms since the run started)",
        month,
        staged.report.target(),
        Duration.between(run.startedAt(), Instant.now()).toMillis());
    return new Result(
        month.month(),
        staged.report.target().toString(),
        counts.respondents(),
        counts.reports(),
        counts.datasets());
  }

  /** A month's directories while they are written, and the rejects being written beside. */
  private static final class StagedMonth {
    MonthDirectory restricted;
    MonthDirectory report;
    CompletableFuture<Long> rejects = CompletableFuture.completedFuture(0L);

    /** Stops what still writes into the directories, then removes their staging. */
    void abandon(RunContext run) {
      run.background().cancelSparkJobs();
      Futures.awaitQuietly(rejects);
      for (MonthDirectory dir : java.util.Arrays.asList(report, restricted)) {
        if (dir != null) {
          dir.abandon();
        }
      }
    }
  }

  /** A month with too many rejected rows: its rejects and manifest, and no report. */
  private void publishRejectsOnly(
      RunContext run,
      Input input,
      ReportingMonth month,
      MonthCounts counts,
      StagedMonth staged,
      ErgoLensException tooManyRejects)
      throws IOException {
    run.watch().record("rejects", Futures.join(staged.rejects));
    run.writeManifest(
        staged.restricted,
        true,
        month,
        counts.datasets(),
        Futures.join(input.checksums()),
        tooManyRejects);
    staged.restricted.publish();
  }

  /** The month's report, then both directories, the restricted one first. */
  private void publishReport(
      RunContext run,
      Input input,
      MonthHistory history,
      ReportingMonth month,
      MonthCounts counts,
      StagedMonth staged)
      throws IOException {
    Computed computed = compute(run, input, history, month, counts);
    run.describe("writing the report for " + month);
    staged.report = run.open(options.out(), month);
    ReportWriter.write(spark, computed.report(), computed.previous(), staged.report);
    run.watch().lap("report");
    BriefWriter.write(computed.report(), input.organisation(), staged.report);
    run.watch().lap("briefs");
    run.watch().record("rejects", Futures.join(staged.rejects));
    List<InputFile> inputs = computed.report().inputs();
    run.writeManifest(staged.report, false, month, counts.datasets(), inputs, null);
    run.writeManifest(staged.restricted, true, month, counts.datasets(), inputs, null);
    staged.restricted.publish();
    staged.report.publish();
  }

  /**
   * What the input holds for a month.
   *
   * @param patterns its covariate-pattern counts
   * @param reports accepted reports dated in the month
   * @param datasets rows read, accepted and rejected per dataset, with the month's unmatched
   *     reports
   */
  private record MonthCounts(
      List<CovariatePattern> patterns, long reports, Map<String, DatasetCounts> datasets) {
    long respondents() {
      return patterns.stream().mapToLong(CovariatePattern::respondents).sum();
    }
  }

  private MonthCounts monthCounts(Input input, MonthHistory history, ReportingMonth month) {
    List<CovariatePattern> patterns = history.patterns(month.month());
    long reports = history.reports(month.month());
    if (reports == 0) {
      LOG.info("Month {}: no discomfort reports in the input; the report shows zero cases", month);
    }
    MonthCounts counts =
        new MonthCounts(
            patterns,
            reports,
            withImport(
                MonthRejects.reconcile(
                    input.rowCounts(), history.unmatchedReports(month.month()))));
    LOG.info(
        "Month {}: {} respondents in {} covariate patterns; rows read {}",
        month,
        counts.respondents(),
        patterns.size(),
        summary(counts.datasets()));
    return counts;
  }

  /**
   * The month's report, and the organisation's published totals of the month before for the
   * dashboard's "change since last month".
   */
  private record Computed(MonthlyReport report, Optional<PreviousMonth> previous) {}

  /**
   * The month's report as computed from its pattern counts and the history: the protected tables,
   * recommendations, trends and follow-ups.
   */
  private Computed compute(
      RunContext run, Input input, MonthHistory history, ReportingMonth month, MonthCounts counts) {
    run.describe("computing tables for " + month);
    PublishedMonth published = history.publish(month.month(), counts.patterns(), true);
    run.watch().lap("analysis");
    List<MonthSnapshot> months =
        new ArrayList<>(
            history.between(
                month.month().minusMonths(options.config().trendMonths()),
                month.month().minusMonths(1)));
    months.add(new MonthSnapshot(month.month(), counts.reports(), published));
    List<TrendRow> trends =
        options.config().trendMonths() == 0 ? List.of() : DepartmentTrends.of(months);
    List<InterventionResult> followUps =
        InterventionFollowUp.of(options.config().interventions(), months);
    run.watch().lap("trends");
    List<Recommendation> recommendations = recommend(published, followUps);
    run.watch().lap("recommend");
    MonthlyReport report =
        new MonthlyReport(
            month.toString(),
            options.config(),
            Futures.join(input.checksums()),
            counts.datasets(),
            history.factors().stream().map(Factor::id).toList(),
            published,
            recommendations,
            ReportNotes.of(
                published,
                MinGroupSize.of(options.config().minGroupSize()),
                MinCellCount.of(options.config().minCellCount()),
                input.organisation()),
            trends,
            followUps,
            input.organisation().names());
    return new Computed(report, previousMonth(months, month.month().minusMonths(1)));
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
              for (Outcome o : Outcome.values()) {
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
   * The configured workplace changes as under way in their reporting units (a change in a
   * department folded into a unit is under way in that unit), with what their follow-up shows.
   */
  private static List<UnderWay> underWay(List<InterventionResult> followUps) {
    List<UnderWay> out = new ArrayList<>();
    for (InterventionResult r : followUps) {
      if (r.unit() == null) {
        continue;
      }
      for (String unit : r.unit().split(";")) {
        out.add(
            new UnderWay(
                unit,
                r.change().targetFactor().id(),
                r.change().level(),
                r.change().start(),
                r.change().description(),
                r.finding()));
      }
    }
    return out;
  }

  /**
   * Ranked actions from the published tables only, so no recommendation quotes a withheld value.
   */
  private List<Recommendation> recommend(
      PublishedMonth published, List<InterventionResult> followUps) {
    List<Recommendation> recommendations =
        new Recommender(
                Catalog.standard(), RankingSettings.of(options.config()), underWay(followUps))
            .recommend(published);
    LOG.info(
        "Recommendations: {} actions for {} reporting units and the organisation",
        recommendations.size(),
        published.units().size());
    return recommendations;
  }

  /**
   * The counts with a survey import's responses first, when the input was imported: they are
   * reconciled, shown and gated by {@code max_reject_ratio} like a dataset's rows.
   */
  private Map<String, DatasetCounts> withImport(Map<String, DatasetCounts> counts) {
    if (options.imported().isEmpty()) {
      return counts;
    }
    Map<String, DatasetCounts> all = new LinkedHashMap<>();
    all.put(ImportSummary.DATASET, options.imported().get().responses());
    all.putAll(counts);
    return all;
  }

  private static Set<Factor> presentFactors(CheckedInputs ingestion) {
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

  /** Every input file with its size and SHA-256, in the contract's dataset order. */
  private static List<InputFile> checksums(RunContext run, CheckedInputs ingestion) {
    List<InputFile> out = new ArrayList<>();
    for (var e : ingestion.files().entrySet()) {
      for (SourceFile f : e.getValue()) {
        try {
          out.add(
              new InputFile(
                  e.getKey().id(),
                  f.path(),
                  f.format().name().toLowerCase(Locale.ROOT),
                  f.size(),
                  InputChecksums.sha256(f.path(), run.hadoopConf())));
        } catch (IOException ex) {
          throw Errors.unreadable(f.path(), ex.getMessage());
        }
      }
    }
    return out;
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
