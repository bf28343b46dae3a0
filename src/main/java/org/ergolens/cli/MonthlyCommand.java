package org.ergolens.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.ergolens.cohort.ReportingMonth;
import org.ergolens.config.ConfigLoader;
import org.ergolens.config.JobConfig;
import org.ergolens.job.JobOptions;
import org.ergolens.job.MonthlyJob;
import org.ergolens.job.SparkSessions;
import org.ergolens.pseudonym.Pseudonymizer;
import org.ergolens.pseudonym.ResponseIds;
import org.ergolens.survey.ExportLocation;
import org.ergolens.survey.ImportResult;
import org.ergolens.survey.Profile;
import org.ergolens.survey.ProfileReader;
import org.ergolens.survey.ScratchImport;
import org.ergolens.survey.SurveyImport;
import picocli.CommandLine.ArgGroup;
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
      paramLabel = "DIR|EXPORT",
      description =
          "Input directory or URI holding workstation_survey, discomfort_reports and "
              + "optionally departments (CSV, JSON Lines or Parquet); with --profile, a survey"
              + " export file or a directory of them.")
  String input;

  @Option(
      names = "--profile",
      paramLabel = "NAME|FILE",
      description =
          "Read --input as a survey platform's export through this import profile:"
              + " microsoft-forms, google-forms, qualtrics, or a profile file. Needs --key-file"
              + " or --key-env.")
  String profile;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  KeySource key;

  @Option(
      names = "--departments",
      paramLabel = "FILE",
      description =
          "With --profile: the departments' file (default: departments.csv beside the export).")
  String departments;

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
    Configuration hadoopConf = SparkSessions.hadoopConfiguration();
    JobConfig jobConfig = ConfigLoader.load(config, hadoopConf);
    List<YearMonth> reportingMonths = month == null ? List.of() : ReportingMonth.parseRange(month);
    String configSource = config == null ? "defaults" : config;
    if (profile == null) {
      if (key != null || departments != null) {
        throw new IllegalArgumentException(
            "Cannot use --key-file, --key-env or --departments without --profile: they are for"
                + " reading a survey export.");
      }
      return run(new JobOptions(input, out, reportingMonths, jobConfig, configSource, auditCounts));
    }
    SurveyImport survey =
        SurveyImport.prepare(
            ProfileReader.load(profile, hadoopConf),
            ExportLocation.resolve(input, departments, hadoopConf),
            new ResponseIds(Pseudonymizer.create(KeySource.required(key, "import " + input))),
            hadoopConf);
    try (ScratchImport scratch = ScratchImport.into(out, hadoopConf)) {
      ImportResult imported = scratch.run(survey);
      spec.commandLine()
          .getOut()
          .println("Import of " + input + ": " + imported.summary().responses().describe() + ".");
      return run(
          new JobOptions(
              imported.directory(),
              out,
              imported.reportingMonths(reportingMonths),
              jobConfig
                  .withSurveyLookbackMonths(Profile.SURVEY_LOOKBACK_MONTHS)
                  .withCsvDialect(",", "."),
              configSource,
              auditCounts,
              Optional.of(imported)));
    }
  }

  private int run(JobOptions options) {
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
