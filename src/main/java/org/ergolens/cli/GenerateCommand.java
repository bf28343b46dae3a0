package org.ergolens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.generate.ExportPlatform;
import org.ergolens.generate.GenerationResult;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.generate.Intervention;
import org.ergolens.generate.SurveyExportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ergolens generate}: writes a synthetic organisation (departments, survey, reports and the
 * planted model) for samples, tests and benchmarks.
 *
 * <p>Values are parsed here rather than by picocli's converters, and unknown arguments are
 * collected rather than rejected by the parser, so that every bad argument ends in the same
 * one-line error and exit code 2, whichever top-level command line this is registered under.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic organisation for samples, tests and benchmarks: departments.csv,"
          + " workstation_survey.<ext> and discomfort_reports.<ext> in the input contract's"
          + " columns, plus planted-model.json/.md describing the exact model the data was drawn"
          + " from (and expected-rejects.json with --inject-bad-rows).",
      "The same options always give byte-identical files."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:files written", "1:an I/O error", "2:bad arguments"})
public final class GenerateCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int IO_ERROR = 1;
  static final int BAD_ARGUMENTS = 2;

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Output directory, required (created if missing; the generated files are replaced).")
  private Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "" + GeneratorSpec.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  private String seed;

  @Option(
      names = "--respondents",
      paramLabel = "N",
      defaultValue = "" + GeneratorSpec.DEFAULT_RESPONDENTS,
      description = {
        "Surveyed respondents, "
            + GeneratorSpec.MIN_RESPONDENTS
            + " or more (default:"
            + " ${DEFAULT-VALUE}). About 2.1 survey rows and 5 report rows are written per"
            + " respondent over 12 months."
      })
  private String respondents;

  @Option(
      names = "--end-month",
      paramLabel = "YYYY-MM",
      defaultValue = "2026-10",
      description =
          "Last month of the history, e.g. the month to run the job for (default:"
              + " ${DEFAULT-VALUE}).")
  private String endMonth;

  @Option(
      names = "--months",
      paramLabel = "N",
      defaultValue = "" + GeneratorSpec.DEFAULT_MONTHS,
      description =
          "Months of history ending with --end-month, each with reports; survey"
              + " answers start 12 months earlier (default: ${DEFAULT-VALUE}).")
  private String months;

  @Option(
      names = "--format",
      paramLabel = "csv|jsonl|parquet",
      defaultValue = "csv",
      description =
          "Format of the survey and report files (default: ${DEFAULT-VALUE}). Parquet writes"
              + " one typed, Snappy-compressed file per dataset.")
  private String format;

  @Option(
      names = "--inject-bad-rows",
      description =
          "Append a few rows of every reject reason to each dataset (well under 5%%)"
              + " and write expected-rejects.json with their counts. CSV and JSON Lines only:"
              + " Parquet's typed columns cannot hold bad values.")
  private boolean injectBadRows;

  @Option(
      names = "--report-intensity",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Report rows per case, as a multiple of the default (1 to "
              + GeneratorSpec.MAX_REPORT_INTENSITY
              + "; default: ${DEFAULT-VALUE}). Each case gets N times as many reports, each with"
              + " its own day and details; the cases and the planted model do not change."
              + " 2 gives about 10 report rows per respondent over 12 months, for benchmarks.")
  private String reportIntensity;

  @Option(
      names = "--plant-intervention",
      paramLabel = "DEPT:FACTOR:LEVEL:YYYY-MM",
      description = {
        "From that month, the department reports the factor level at 20%% of its former share,"
            + " the rest moving to the reference level, e.g."
            + " com-fs:monitor_position:laptop_only:2026-05."
      })
  private String intervention;

  @Option(
      names = "--as",
      paramLabel = "microsoft-forms|google-forms|qualtrics",
      description = {
        "Write the organisation's responses to the combined questionnaire as that survey"
            + " platform exports them (docs/questionnaire.md), with departments.csv beside:"
            + " Microsoft Forms workbooks (one per monthly form), a Google Forms CSV or a Qualtrics"
            + " CSV (with previews and unfinished responses), with anonymous responses and"
            + " free-text comments. Import them with the profile of the same name."
      })
  private String as;

  @Unmatched private List<String> unmatched = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    GeneratorSpec generatorSpec;
    try {
      generatorSpec = parse();
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      err.flush();
      return BAD_ARGUMENTS;
    }
    try {
      long start = System.nanoTime();
      if (as != null) {
        return export(generatorSpec, start);
      }
      GenerationResult result = new Generator(generatorSpec).generate(out);
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT,
          "Wrote %d respondents, %d survey rows and %d report rows to %s in %.1f s%n",
          result.respondents(),
          result.surveyRows(),
          result.reportRows(),
          out,
          seconds);
      stdout.flush();
      return OK;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(
          "generate: Cannot write to "
              + out
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
      err.flush();
      return IO_ERROR;
    }
  }

  private int export(GeneratorSpec generatorSpec, long start) throws IOException {
    ExportPlatform platform = ExportPlatform.parse(as);
    SurveyExportGenerator.Result result =
        new SurveyExportGenerator(generatorSpec, platform).generate(out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "Wrote %d responses as a %s export to %s in %.1f s: %d to import (%d anonymous, %d"
            + " discomfort reports), %d previews, %d unfinished%n",
        result.responses(),
        platform.id(),
        out,
        (System.nanoTime() - start) / 1e9,
        result.imported(),
        result.anonymous(),
        result.reports(),
        result.previews(),
        result.unfinished());
    stdout.flush();
    return OK;
  }

  private GeneratorSpec parse() {
    if (as != null) {
      ExportPlatform.parse(as);
      if (injectBadRows || intervention != null || !format.equals("csv")) {
        throw new IllegalArgumentException(
            "Cannot combine --as with --format, --inject-bad-rows or --plant-intervention: an"
                + " export's file type is its platform's");
      }
    }
    if (!unmatched.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot read argument '" + unmatched.get(0) + "': unknown (see generate --help)");
    }
    if (out == null) {
      throw new IllegalArgumentException("Cannot generate: missing required option --out DIR");
    }
    GeneratorSpec s =
        GeneratorSpec.defaults()
            .withSeed(parseLong("--seed", seed))
            .withRespondents(parseInt("--respondents", respondents))
            .withMonths(parseInt("--months", months))
            .withEndMonth(parseMonth(endMonth))
            .withFormat(OutputFormat.parse(format))
            .withInjectBadRows(injectBadRows)
            .withReportIntensity(parseInt("--report-intensity", reportIntensity));
    return intervention == null ? s : s.withIntervention(Intervention.parse(intervention));
  }

  private static long parseLong(String option, String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Cannot read " + option + ": '" + text + "' is not an integer", e);
    }
  }

  private static int parseInt(String option, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Cannot read " + option + ": '" + text + "' is not an integer", e);
    }
  }

  private static YearMonth parseMonth(String text) {
    try {
      return YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Cannot read --end-month: '" + text + "' is not YYYY-MM, e.g. 2026-10", e);
    }
  }
}
