package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ergolens.generate.ExportPlatform;
import org.ergolens.generate.SurveyExportGenerator;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code headcount.csv} beside a survey platform's export is the headcount, not a part of the
 * export: the import copies it as it is, and the monthly run reads and checks it like any input.
 */
class ExportHeadcountTest {
  @TempDir Path dir;

  private Path export() throws Exception {
    Path export = dir.resolve("export");
    new SurveyExportGenerator(ExportFixtures.spec(), ExportPlatform.MICROSOFT_FORMS)
        .generate(export);
    StringBuilder csv = new StringBuilder("department,headcount\n");
    for (Map<String, String> d : Files2.readCsv(export.resolve("departments.csv"))) {
      csv.append(d.get("department")).append(",1000\n");
    }
    Files2.write(export.resolve("headcount.csv"), csv.toString());
    return export;
  }

  @Test
  void theHeadcountBesideTheExportReachesTheReport() throws Exception {
    Path export = export();
    Path key = ExportFixtures.keyFile(dir);
    Path imported = dir.resolve("imported");
    CliRun run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            "microsoft-forms",
            "--key-file",
            key.toString(),
            "--out",
            imported.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertArrayEquals(
        Files.readAllBytes(export.resolve("headcount.csv")),
        Files.readAllBytes(imported.resolve("headcount.csv")),
        "copied as it is");

    Path out = dir.resolve("out");
    CliRun monthly =
        CliRun.run(
            "monthly",
            "--input",
            export.toString(),
            "--profile",
            "microsoft-forms",
            "--key-file",
            key.toString(),
            "--out",
            out.toString());
    assertEquals(0, monthly.exitCode(), monthly.err());
    Path report = out.resolve("month=" + ExportFixtures.MONTH);
    int departments = Files2.readCsv(export.resolve("departments.csv")).size();
    JsonNode org = ExportFixtures.json(report.resolve("report.json")).path("organization");
    assertEquals(1000L * departments, org.path("headcount").asLong(), org.toString());
    assertEquals(
        org.path("respondents").asDouble() / (1000.0 * departments),
        org.path("response_rate").asDouble(),
        1e-12);
    JsonNode manifest = ExportFixtures.json(report.resolve("manifest.json"));
    assertTrue(manifest.at("/datasets/headcount/rows_accepted").asLong() > 0, manifest.toString());
    assertEquals(0, manifest.at("/datasets/headcount/rows_rejected").asLong());
    boolean listed = false;
    for (JsonNode input : manifest.get("inputs")) {
      listed |= input.path("dataset").asText().equals("headcount");
    }
    assertTrue(listed, "the headcount is among the run's inputs");
    ExportFixtures.assertNoScratchLeft(out);
  }

  @Test
  void twoHeadcountFilesAreRefusedAndNeitherIsAPartOfTheExport() throws Exception {
    Path export = export();
    assertFalse(
        ExportLocation.resolve(export.toString(), null, new org.apache.hadoop.conf.Configuration())
            .files()
            .stream()
            .anyMatch(f -> f.name().toLowerCase(java.util.Locale.ROOT).startsWith("headcount")));
    Files.copy(export.resolve("headcount.csv"), export.resolve("Headcount.xlsx"));
    CliRun run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            "microsoft-forms",
            "--key-file",
            ExportFixtures.keyFile(dir).toString(),
            "--out",
            dir.resolve("imported").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "Cannot import "
                    + export
                    + ": more than one headcount file beside the export (Headcount.xlsx,"
                    + " headcount.csv); keep one."),
        run.err());
  }
}
