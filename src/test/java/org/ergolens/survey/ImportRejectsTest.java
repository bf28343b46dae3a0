package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ergolens.generate.ExportPlatform;
import org.ergolens.generate.InputFiles;
import org.ergolens.generate.SurveyExportGenerator;
import org.ergolens.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers no label table maps: each rejected response is a reject naming its export file, line,
 * question and answer (never its row), every unmapped label is listed with its count, and the
 * report's rejects and reject ratio include them.
 */
class ImportRejectsTest {
  static final String B2 = "Where is the top of your screen when you sit upright?";
  static final String A2 = "Which department do you work in?";

  @TempDir Path dir;
  Path export;
  Path csv;
  SurveyExportGenerator.Result generated;

  @BeforeEach
  void generate() throws Exception {
    export = dir.resolve("export");
    generated =
        new SurveyExportGenerator(ExportFixtures.spec(), ExportPlatform.GOOGLE_FORMS)
            .withTwin(dir.resolve("twin"), ExportFixtures.pseudonymizer())
            .generate(export);
    csv = generated.files().get(0);
  }

  @Test
  void unmappedLabelsAreRejectedNamedAndCounted() throws Exception {
    String text = Files.readString(csv);
    text = replaceFirst(text, ",At my eye level,", ",At eye height,", 3);
    text = replaceFirst(text, ",Finance,", ",Finance & Tax,", 1);
    text += "2026/10/31 11:00:00 PM GMT+1,a.stray@example.org,half a row\n";
    Files.writeString(csv, text);
    List<Long> eyeHeightLines = linesHolding(text, ",At eye height,");
    long strayLine = text.lines().count();

    Path imported = dir.resolve("imported");
    CliRun run = importTo(imported);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "Import to "
            + imported
            + ": "
            + (generated.responses() - 4)
            + " of "
            + (generated.responses() + 1)
            + " responses imported; 0 left out by the profile; 5 rejected (1 malformed_row, 3"
            + " unknown_enum, 1 unknown_department); see import.json and rejects.csv.\n"
            + "The survey is combined: run the report with survey_lookback_months 1 in its"
            + " --config, or use monthly --profile, which does.\n",
        run.out());
    List<Map<String, String>> rejects = InputFiles.records(imported.resolve("rejects.csv"));
    List<String> shown = new ArrayList<>();
    for (Map<String, String> r : rejects) {
      assertEquals("survey_export", r.get("dataset"));
      assertEquals(csv.toUri().toString().replace("file:///", "file:/"), r.get("source_file"));
      assertEquals(null, r.get("record"), "the row itself is never written");
      shown.add(
          r.get("line") + " " + r.get("reason") + " " + r.get("column") + " " + r.get("detail"));
    }
    List<String> expected = new ArrayList<>();
    for (long line : eyeHeightLines) {
      expected.add(line + " unknown_enum " + B2 + " At eye height");
    }
    expected.add(
        linesHolding(text, ",Finance & Tax,").get(0)
            + " unknown_department "
            + A2
            + " Finance & Tax");
    expected.add(
        strayLine + " malformed_row null " + rejects.get(rejects.size() - 1).get("detail"));
    expected.sort(null);
    shown.sort(null);
    assertEquals(expected, shown);
    assertTrue(
        rejects.get(rejects.size() - 1).get("detail").contains("fields"), rejects.toString());

    JsonNode summary = ExportFixtures.json(imported.resolve("import.json"));
    assertEquals(
        "[{\"question\":\""
            + B2
            + "\",\"label\":\"At eye height\",\"responses\":3},"
            + "{\"question\":\""
            + A2
            + "\",\"label\":\"Finance & Tax\",\"responses\":1}]",
        summary.get("unmapped_labels").toString());
    JsonNode responses = summary.get("responses");
    assertEquals(generated.responses() + 1, responses.get("responses_read").asLong());
    assertEquals(generated.responses() - 4, responses.get("imported").asLong());
    assertEquals(
        "{\"malformed_row\":1,\"unknown_enum\":3,\"unknown_department\":1}",
        responses.get("rejected_by_reason").toString());
    assertEquals(
        List.of(),
        ExportFixtures.findings(generated.identifying(), imported),
        "no email or comment of a rejected response in the rejects");

    Path out = dir.resolve("out");
    CliRun monthly = monthly(out);
    assertEquals(0, monthly.exitCode(), monthly.err());
    Path restricted = out.resolve("restricted/month=" + ExportFixtures.MONTH);
    List<Map<String, String>> jobRejects =
        InputFiles.records(restricted.resolve("rejects/rejects.csv"));
    assertEquals(
        5, jobRejects.stream().filter(r -> r.get("dataset").equals("survey_export")).count());
    JsonNode quality =
        ExportFixtures.json(out.resolve("month=" + ExportFixtures.MONTH + "/report.json"))
            .at("/data_quality/survey_export");
    assertEquals(generated.responses() + 1, quality.get("rows_read").asLong());
    assertEquals(5, quality.get("rows_rejected").asLong());
    assertEquals(
        "{\"malformed_row\":1,\"unknown_enum\":3,\"unknown_department\":1}",
        quality.get("rejected_by_reason").toString(),
        "the report's data quality shows the rejected responses");
    JsonNode restrictedManifest = ExportFixtures.json(restricted.resolve("manifest.json"));
    assertEquals(summary.get("unmapped_labels"), restrictedManifest.at("/import/unmapped_labels"));
    JsonNode reportManifest =
        ExportFixtures.json(out.resolve("month=" + ExportFixtures.MONTH + "/manifest.json"));
    assertEquals(
        "[{\"question\":\""
            + B2
            + "\",\"responses\":3},{\"question\":\""
            + A2
            + "\",\"responses\":1}]",
        reportManifest.at("/import/unmapped_labels").toString(),
        "the shared copy counts per question, without the answers");
    ExportFixtures.assertNoScratchLeft(out);
  }

  @Test
  void tooManyRejectedResponsesStopTheReportWithExitCode3() throws Exception {
    Files.writeString(csv, Files.readString(csv).replace(",At my eye level,", ",At eye height,"));
    Path out = dir.resolve("out");
    CliRun monthly = monthly(out);
    assertEquals(3, monthly.exitCode(), monthly.err());
    assertTrue(
        monthly
            .err()
            .matches(
                "ergolens: Cannot publish a report: \\d+ of \\d+ survey_export rows \\(\\d+\\.\\d%\\)"
                    + " were rejected, over max_reject_ratio 0\\.050; see the rejects in .*\n"),
        monthly.err());
    assertFalse(Files.exists(out.resolve("month=" + ExportFixtures.MONTH)), "no report");
    Path restricted = out.resolve("restricted/month=" + ExportFixtures.MONTH);
    assertTrue(Files.exists(restricted.resolve("rejects/rejects.csv")));
    assertEquals(
        "failed", ExportFixtures.json(restricted.resolve("manifest.json")).get("status").asText());
    ExportFixtures.assertNoScratchLeft(out);
  }

  private CliRun importTo(Path imported) throws Exception {
    return CliRun.run(
        "import",
        "--input",
        export.toString(),
        "--profile",
        "google-forms",
        "--key-file",
        ExportFixtures.keyFile(dir).toString(),
        "--out",
        imported.toString(),
        "--format",
        "csv");
  }

  private CliRun monthly(Path out) throws Exception {
    return CliRun.run(
        "monthly",
        "--input",
        export.toString(),
        "--profile",
        "google-forms",
        "--key-file",
        ExportFixtures.keyFile(dir).toString(),
        "--out",
        out.toString());
  }

  private static String replaceFirst(String text, String what, String with, int times) {
    String out = text;
    for (int i = 0; i < times; i++) {
      int at = out.indexOf(what);
      out = out.substring(0, at) + with + out.substring(at + what.length());
    }
    return out;
  }

  /** The lines (1 is the first) that hold {@code what}. */
  private static List<Long> linesHolding(String text, String what) {
    List<Long> out = new ArrayList<>();
    long n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      if (line.contains(what)) {
        out.add(n);
      }
    }
    return out;
  }
}
