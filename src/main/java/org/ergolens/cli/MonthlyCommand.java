package org.ergolens.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.ergolens.cohort.ReportingMonth;
import org.ergolens.config.ConfigLoader;
import org.ergolens.config.JobConfig;
import org.ergolens.job.JobOptions;
import org.ergolens.job.MonthlyJob;
import org.ergolens.job.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ergolens monthly}: one month's report from an input directory. */
@Command(
    name = "monthly",
    mixinStandardHelpOptions = true,
    description =
        "Builds the monthly ergonomics report: validates the input, computes the risk-factor"
            + " tables for the month and writes them under OUT/month=YYYY-MM (rejected rows go to"
            + " OUT/restricted/month=YYYY-MM, for the data owner only).")
public final class MonthlyCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description =
          "Input directory or URI holding workstation_survey, discomfort_reports and "
              + "optionally departments (CSV, JSON Lines or Parquet).")
  String input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory or URI; must not lie inside the input.")
  String out;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM[..YYYY-MM]",
      description =
          "Reporting month, or a range to backfill one report per month in one run"
              + " (default: the latest month with accepted reports).")
  String month;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Job configuration (JSON), a path or URI; keys left out keep the defaults of "
              + "jobs/ergolens.json.")
  String config;

  @Option(
      names = "--audit-counts",
      description =
          "Also write the month's covariate-pattern counts (respondents and cases per department"
              + " and combination of factor levels, unsuppressed, no ids) to"
              + " OUT/restricted/month=YYYY-MM/audit/pattern_counts.csv, to check the job's"
              + " counts against another tool (jobs/bench does).")
  boolean auditCounts;

  @Override
  public Integer call() {
    JobConfig jobConfig = ConfigLoader.load(config, SparkSessions.hadoopConfiguration());
    List<YearMonth> reportingMonths = month == null ? List.of() : ReportingMonth.parseRange(month);
    JobOptions options =
        new JobOptions(
            input,
            out,
            reportingMonths,
            jobConfig,
            config == null ? "defaults" : config,
            auditCounts);
    // An application that embeds ErgoLens (or a test) may already have a session: use it and
    // leave it running; a session this command starts, it stops.
    Optional<SparkSession> existing = SparkSessions.active();
    SparkSession spark = existing.orElseGet(() -> SparkSessions.create("ErgoLens monthly report"));
    try {
      for (MonthlyJob.Result result : new MonthlyJob(spark, options).execute()) {
        spec.commandLine()
            .getOut()
            .println(
                "Report for "
                    + result.month()
                    + " written to "
                    + result.reportDirectory()
                    + (result.reportsInMonth() == 0
                        ? " (no discomfort reports in this month: zero cases)"
                        : ""));
      }
      return 0;
    } finally {
      if (existing.isEmpty()) {
        spark.stop();
      }
    }
  }
}
