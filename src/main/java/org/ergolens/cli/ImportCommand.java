package org.ergolens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.ergolens.Errors;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.job.SparkSessions;
import org.ergolens.pseudonym.Pseudonymizer;
import org.ergolens.pseudonym.ResponseIds;
import org.ergolens.survey.ExportLocation;
import org.ergolens.survey.ImportOutput;
import org.ergolens.survey.ImportResult;
import org.ergolens.survey.ProfileReader;
import org.ergolens.survey.SurveyImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ergolens import}: a survey platform's export into the contract's datasets, through an
 * import profile, for inspection or for a run on a cluster. {@code monthly --profile} runs the same
 * import into a scratch directory and reports on it directly.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a survey platform's export (Microsoft Forms, Google Forms, Qualtrics, or your own",
      "profile) and writes the contract's datasets to OUT: workstation_survey and",
      "discomfort_reports (pseudonymised), departments, rejects.csv (rejected responses, for the",
      "data owner) and import.json (every response accounted for, every unmapped label). Names,",
      "email addresses and free-text answers are never written."
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "EXPORT",
      description =
          "An export file (.xlsx, .csv, .csv.gz) or a directory of them, read in name order.")
  String input;

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "NAME|FILE",
      description =
          "The import profile: microsoft-forms, google-forms, qualtrics, or a profile file.")
  String profile;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  KeySource key;

  @Option(
      names = "--departments",
      paramLabel = "FILE",
      description = "The departments' file (default: departments.csv beside the export).")
  String departments;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory or URI (created; the files of an earlier import replaced).")
  String out;

  @Option(
      names = "--format",
      defaultValue = "parquet",
      paramLabel = "parquet|csv",
      description = "Format of the two datasets (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    OutputFormat f = OutputFormat.parse(format);
    if (f == OutputFormat.JSONL) {
      throw new IllegalArgumentException("Cannot use output format 'jsonl': use parquet or csv");
    }
    Configuration conf = SparkSessions.hadoopConfiguration();
    ResponseIds ids =
        new ResponseIds(Pseudonymizer.create(KeySource.required(key, "import " + input)));
    SurveyImport survey =
        SurveyImport.prepare(
            ProfileReader.load(profile, conf),
            ExportLocation.resolve(input, departments, conf),
            ids,
            conf);
    ImportResult result;
    try {
      result = ImportOutput.write(survey, out, f, conf);
    } catch (IOException e) {
      throw Errors.unreadable(out, "cannot write the import (" + e.getMessage() + ")");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "Import to "
            + out
            + ": "
            + result.summary().responses().describe()
            + "; see "
            + ImportOutput.SUMMARY_FILE
            + " and "
            + SurveyImport.REJECTS_FILE
            + ".");
    stdout.println(
        "The survey is combined: run the report with survey_lookback_months 1 in its --config,"
            + " or use monthly --profile, which does.");
    stdout.flush();
    return 0;
  }
}
