package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ergolens.generate.ExportPlatform;
import org.ergolens.generate.InputFiles;
import org.ergolens.generate.SurveyExportGenerator;
import org.ergolens.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each platform's export, end to end through the real readers: the import's datasets are exactly
 * the generator's contract-shaped twin of the same responses (ids, values, dates, the export row of
 * each); every response is accounted for; the monthly report built from the export counts what the
 * twin says, computed here without the job; and no email address, name, free-text comment, IP
 * address or location reaches any output, {@code restricted/} included.
 */
class SurveyImportEndToEndTest {
  @TempDir Path dir;

  /** Parquet's decimal(9,2) reads back as 7.00 where the CSV writes 7. */
  private static List<Map<String, String>> plainDecimals(List<Map<String, String>> rows) {
    for (Map<String, String> r : rows) {
      r.computeIfPresent(
          "sitting_hours_per_day",
          (k, v) -> new java.math.BigDecimal(v).stripTrailingZeros().toPlainString());
    }
    return rows;
  }

  @ParameterizedTest
  @EnumSource(ExportPlatform.class)
  void theExportBecomesTheTwinAndTheReportCountsWhatItSays(ExportPlatform platform)
      throws Exception {
    Path export = dir.resolve("export");
    Path twin = dir.resolve("twin");
    SurveyExportGenerator.Result generated =
        new SurveyExportGenerator(ExportFixtures.spec(), platform)
            .withTwin(twin, ExportFixtures.pseudonymizer())
            .generate(export);
    Path key = ExportFixtures.keyFile(dir);

    Path imported = dir.resolve("imported");
    CliRun run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            platform.id(),
            "--key-file",
            key.toString(),
            "--out",
            imported.toString(),
            "--format",
            "csv");
    assertEquals(0, run.exitCode(), run.err());
    for (String dataset : List.of("workstation_survey.csv", "discomfort_reports.csv")) {
      assertEquals(
          Files.readString(twin.resolve(dataset)),
          Files.readString(imported.resolve(dataset)),
          dataset + " equals the twin, byte for byte");
    }
    JsonNode responses = ExportFixtures.json(imported.resolve("import.json")).get("responses");
    assertEquals(generated.responses(), responses.get("responses_read").asLong());
    assertEquals(generated.imported(), responses.get("imported").asLong());
    assertEquals(generated.previews(), responses.at("/dropped_by_reason/preview").asLong());
    assertEquals(generated.unfinished(), responses.at("/dropped_by_reason/unfinished").asLong());
    assertEquals(0, responses.get("rejected").asLong());
    assertEquals(
        platform == ExportPlatform.QUALTRICS,
        generated.previews() > 0 && generated.unfinished() > 0,
        "Qualtrics records previews and unfinished responses");
    assertEquals(
        platform != ExportPlatform.GOOGLE_FORMS, generated.anonymous() > 0, "anonymous responses");

    Path out = dir.resolve("out");
    CliRun monthly =
        CliRun.run(
            "monthly",
            "--input",
            export.toString(),
            "--profile",
            platform.id(),
            "--key-file",
            key.toString(),
            "--out",
            out.toString());
    assertEquals(0, monthly.exitCode(), monthly.err());
    Path report = out.resolve("month=" + ExportFixtures.MONTH);
    Map<String, Long> expected = ExportFixtures.expectedTotals(twin, ExportFixtures.MONTH);
    assertTrue(
        expected.get("respondents") > 100 && expected.get("any_region") > 20, expected.toString());
    assertEquals(expected, ExportFixtures.reportedTotals(report.resolve("report.json")));
    assertTrue(
        Files.readString(report.resolve("dashboard.html"))
            .contains("survey answer is dated in the month itself"),
        "the methods say who counts in a month");
    JsonNode manifest = ExportFixtures.json(report.resolve("manifest.json"));
    assertEquals(1, manifest.at("/config/survey_lookback_months").asInt());
    assertEquals(platform.id(), manifest.at("/import/profile").asText());
    assertEquals(generated.imported(), manifest.at("/import/responses/imported").asLong());
    assertEquals(export.toString(), manifest.get("input").asText());
    assertEquals("survey_export", manifest.at("/inputs/0/dataset").asText());
    ExportFixtures.assertNoScratchLeft(out);

    assertFalse(generated.identifying().isEmpty());
    StringBuilder exportText = new StringBuilder();
    for (Path f : generated.files()) {
      exportText.append(String.join("\n", ExportFixtures.texts(f)));
    }
    generated.identifying().stream()
        .filter(s -> s.contains("@"))
        .limit(3)
        .forEach(s -> assertTrue(exportText.indexOf(s) >= 0, "the export itself holds " + s));
    assertEquals(List.of(), ExportFixtures.findings(generated.identifying(), out, imported));
  }

  /**
   * Any of the exports opened in a European spreadsheet and saved as CSV (questionnaire.md section
   * 2): semicolons, a byte-order mark, CRLF, comments over several lines in quotes, and the times
   * the spreadsheet recognised rewritten as {@code 05.10.2026 09:41:12}; the shipped profile reads
   * it to the same rows.
   */
  @ParameterizedTest
  @EnumSource(ExportPlatform.class)
  void theShippedProfilesReadTheirExportsSavedByAEuropeanSpreadsheet(ExportPlatform platform)
      throws Exception {
    Path export = dir.resolve("export");
    Path twin = dir.resolve("twin");
    SurveyExportGenerator.Result generated =
        new SurveyExportGenerator(ExportFixtures.spec(), platform)
            .withDialect(org.ergolens.generate.ExportDialect.EUROPEAN_CSV)
            .withTwin(twin, ExportFixtures.pseudonymizer())
            .generate(export);
    String text = Files.readString(generated.files().get(0));
    assertTrue(text.startsWith("\uFEFF") && text.contains(";") && text.contains("\r\n"));
    Path imported = dir.resolve("imported");
    CliRun run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            platform.id(),
            "--key-file",
            ExportFixtures.keyFile(dir).toString(),
            "--out",
            imported.toString(),
            "--format",
            "csv");
    assertEquals(0, run.exitCode(), run.err());
    for (String dataset : List.of("workstation_survey.csv", "discomfort_reports.csv")) {
      assertEquals(
          Files.readString(twin.resolve(dataset)),
          Files.readString(imported.resolve(dataset)),
          dataset);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportPlatform.class,
      names = {"MICROSOFT_FORMS"})
  void parquetIsTheDefaultAndHoldsTheSameRows(ExportPlatform platform) throws Exception {
    Path export = dir.resolve("export");
    Path twin = dir.resolve("twin");
    new SurveyExportGenerator(ExportFixtures.spec(), platform)
        .withTwin(twin, ExportFixtures.pseudonymizer())
        .generate(export);
    Path imported = dir.resolve("imported");
    CliRun run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            platform.id(),
            "--key-env",
            "ERGOLENS_TEST_KEY_THAT_IS_NOT_SET",
            "--out",
            imported.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "ergolens: Cannot load pseudonymization key: environment variable"
            + " ERGOLENS_TEST_KEY_THAT_IS_NOT_SET is not set\n",
        run.err());
    run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            platform.id(),
            "--key-file",
            ExportFixtures.keyFile(dir).toString(),
            "--out",
            imported.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String dataset : List.of("workstation_survey", "discomfort_reports")) {
      assertEquals(
          InputFiles.records(twin.resolve(dataset + ".csv")),
          plainDecimals(InputFiles.records(imported.resolve(dataset + ".parquet"))),
          dataset);
    }
  }
}
