package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ergolens.generate.ExportPlatform;
import org.ergolens.generate.SurveyExportGenerator;
import org.ergolens.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line refuses, each with one line and exit code 2, before any response is read
 * and with nothing written.
 */
class ImportCommandLineTest {
  @TempDir Path dir;
  Path export;
  Path out;
  Path key;

  @BeforeEach
  void generate() throws Exception {
    export = dir.resolve("export");
    new SurveyExportGenerator(ExportFixtures.spec(), ExportPlatform.QUALTRICS).generate(export);
    out = dir.resolve("out");
    key = ExportFixtures.keyFile(dir);
  }

  @Test
  void aProfileWithoutAKeyIsRefused() {
    assertRefused(
        "ergolens: Cannot import "
            + export
            + ": the pseudonymization key is missing; pass --key-file FILE or --key-env VAR"
            + " (make a key once with: head -c 32 /dev/urandom > ergolens.key, keep it secret and"
            + " use it every month).",
        "monthly",
        "--input",
        export.toString(),
        "--profile",
        "qualtrics",
        "--out",
        out.toString());
  }

  @Test
  void aKeyWithoutAProfileIsRefused() {
    assertRefused(
        "ergolens: Cannot use --key-file, --key-env or --departments without --profile: they are"
            + " for reading a survey export.",
        "monthly",
        "--input",
        export.toString(),
        "--key-file",
        key.toString(),
        "--out",
        out.toString());
  }

  @Test
  void aWrongProfileIsRefusedNamingItsKey() throws Exception {
    Path profile = dir.resolve("qualtrics-custom.json");
    Files.writeString(
        profile,
        ProfileRefusalTest.shippedJson("qualtrics")
            .toString()
            .replace("\"header_rows\":3", "\"header_rows\":3,\"sheet\":\"Form1\""));
    assertRefused(
        "ergolens: Cannot use profile "
            + profile
            + ": sheet is not a known key; known keys here are decimal_mark, description, drop,"
            + " header_rows, identity, items, never_read, population, profile, response_date,"
            + " response_id.",
        "import",
        "--input",
        export.toString(),
        "--profile",
        profile.toString(),
        "--key-file",
        key.toString(),
        "--out",
        out.toString());
  }

  @Test
  void aProfileForAnotherPlatformIsRefusedNamingTheExportsHeader() {
    Path csv = export.resolve("ergonomics-survey.csv");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            export.toString(),
            "--profile",
            "google-forms",
            "--key-file",
            key.toString(),
            "--out",
            out.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "ergolens: Cannot use profile google-forms: response_date.column \"Timestamp\" matches no"
            + " column of the header of file:"
            + csv
            + " (\"StartDate\", \"EndDate\", \"Status\", \"IPAddress\", \"Progress\", \"Duration (in"
            + " seconds)\", \"Finished\", \"RecordedDate\", \"ResponseId\", \"RecipientLastName\","
            + " \"RecipientFirstName\", \"RecipientEmail\", \"ExternalReference\","
            + " \"LocationLatitude\", \"LocationLongitude\", \"DistributionChannel\","
            + " \"UserLanguage\", \"Q1\", \"Q2\", \"Q3\", \"Q4\", \"Q5\", \"Q6\", \"Q7\", \"Q8\","
            + " \"Q9_1\", \"Q9_2\", \"Q9_3\", \"Q9_4\", \"Q9_5\", \"Q9_6\", \"Q9_7\", \"Q9_8\","
            + " \"Q9_9\", \"Q10\", \"Q11\", \"Q12\", \"Q13\"; 38 columns).\n",
        run.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void anExportWithoutDepartmentsIsRefused() throws Exception {
    Files.delete(export.resolve("departments.csv"));
    assertRefused(
        "ergolens: Cannot import "
            + export
            + ": no departments.csv beside the export; put the departments' file (department,"
            + " name, parent) there or pass --departments FILE.",
        "import",
        "--input",
        export.toString(),
        "--profile",
        "qualtrics",
        "--key-file",
        key.toString(),
        "--out",
        out.toString());
  }

  @Test
  void whenNoResponseIsImportedTheMonthMustBeGivenAndTheRejectsAreKept() throws Exception {
    Path departments = export.resolve("departments.csv");
    List<String> lines = Files.readAllLines(departments);
    List<String> renamed = new java.util.ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", 2);
      renamed.add(f[0] + ",\"Team " + f[0] + "\"," + f[1].substring(f[1].lastIndexOf(',') + 1));
    }
    Files.write(departments, renamed);
    String[] args = {
      "monthly",
      "--input",
      export.toString(),
      "--profile",
      "qualtrics",
      "--key-file",
      key.toString(),
      "--out",
      out.toString()
    };
    CliRun run = CliRun.run(args);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .matches(
                "ergolens: Cannot choose a month: no response of "
                    + java.util.regex.Pattern.quote(export.toString())
                    + " was imported \\(\\d+ read, \\d+ left out by the profile, \\d+ rejected\\);"
                    + " pass --month YYYY-MM to write the rejects and the manifest, or run"
                    + " ergolens import to see them\\.\n"),
        run.err());
    assertFalse(Files.exists(out), "nothing written");

    String[] withMonth = java.util.Arrays.copyOf(args, args.length + 2);
    withMonth[args.length] = "--month";
    withMonth[args.length + 1] = ExportFixtures.MONTH.toString();
    run = CliRun.run(withMonth);
    assertEquals(3, run.exitCode(), run.err());
    List<java.util.Map<String, String>> rejects =
        org.ergolens.generate.InputFiles.records(
            out.resolve("restricted/month=" + ExportFixtures.MONTH + "/rejects/rejects.csv"));
    assertTrue(rejects.size() > 100, "every kept response is rejected: " + rejects.size());
    assertTrue(
        rejects.stream()
            .allMatch(
                r ->
                    r.get("reason").equals("unknown_department")
                        && r.get("column").equals("Which department do you work in?")),
        rejects.get(0).toString());
  }

  @Test
  void anUnknownPlatformIsRefusedByTheGenerator() {
    CliRun run = CliRun.run("generate", "--as", "surveymonkey", "--out", out.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "generate: Cannot write exports as 'surveymonkey': expected microsoft-forms, google-forms"
            + " or qualtrics\n",
        run.err());
  }

  private void assertRefused(String message, String... args) {
    CliRun run = CliRun.run(args);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(message + "\n", run.err());
    assertFalse(Files.exists(out), "nothing written");
  }
}
