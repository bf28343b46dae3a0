package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.job.AuditCounts;
import org.ergolens.model.Outcome;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same generated organisation as CSV and as Parquet (the benchmark's format) gives the same
 * report: the job reads the generator's Parquet types without a reject, and every count and table
 * agrees with the CSV run. Both runs write {@code --audit-counts}, whose pattern counts add up to
 * the report's totals.
 */
class ParquetInputTest {
  static final String MONTH = "2026-10";

  @TempDir static Path dir;
  static CliRun csvRun;
  static CliRun parquetRun;

  @BeforeAll
  static void generateAndRun() throws IOException {
    GeneratorSpec spec = GeneratorSpec.defaults().withSeed(23).withRespondents(1200);
    new Generator(spec).generate(dir.resolve("csv"));
    new Generator(spec.withFormat(OutputFormat.PARQUET)).generate(dir.resolve("parquet"));
    assertTrue(Files.exists(dir.resolve("parquet/discomfort_reports.parquet")));
    csvRun = monthly("csv");
    parquetRun = monthly("parquet");
  }

  static CliRun monthly(String format) {
    return CliRun.run(
        "monthly",
        "--input",
        dir.resolve(format).toString(),
        "--out",
        dir.resolve("out-" + format).toString(),
        "--month",
        MONTH,
        "--audit-counts");
  }

  static Path report(String format) {
    return dir.resolve("out-" + format).resolve("month=" + MONTH);
  }

  static Path audit(String format) {
    return dir.resolve("out-" + format)
        .resolve("restricted")
        .resolve("month=" + MONTH)
        .resolve(AuditCounts.FILE);
  }

  static JsonNode manifest(String format) throws IOException {
    return new ObjectMapper().readTree(report(format).resolve("manifest.json").toFile());
  }

  @Test
  void bothRunsSucceed() {
    assertEquals(0, csvRun.exitCode(), csvRun.err());
    assertEquals(0, parquetRun.exitCode(), parquetRun.err());
  }

  @Test
  void parquetRowsAreAllAcceptedAsInCsv() throws IOException {
    JsonNode datasets = manifest("parquet").get("datasets");
    assertEquals(0, datasets.at("/workstation_survey/rows_rejected").asLong());
    JsonNode reportRejects = datasets.at("/discomfort_reports/rejected_by_reason");
    reportRejects
        .fieldNames()
        .forEachRemaining(
            reason ->
                assertEquals(
                    "unmatched_respondent",
                    reason,
                    "only the generator's never-surveyed respondents are rejected"));
    assertEquals(
        manifest("csv").get("datasets"), datasets, "the same rows read, accepted and rejected");
  }

  @Test
  void tablesAndAuditCountsAreIdenticalToTheCsvRun() throws IOException {
    for (String file : List.of("factor_effects.csv", "department_summary.csv")) {
      assertArrayEquals(
          Files.readAllBytes(report("csv").resolve(file)),
          Files.readAllBytes(report("parquet").resolve(file)),
          file);
    }
    assertArrayEquals(
        Files.readAllBytes(audit("csv")), Files.readAllBytes(audit("parquet")), "pattern counts");
  }

  @Test
  void auditCountsAddUpToTheReportsTotals() throws IOException {
    List<Map<String, String>> patterns = Files2.readCsv(audit("parquet"));
    JsonNode org =
        new ObjectMapper()
            .readTree(report("parquet").resolve("report.json").toFile())
            .get("organization");
    assertEquals(org.get("respondents").asLong(), sum(patterns, "respondents"));
    for (Outcome o : Outcome.values()) {
      assertEquals(
          org.at("/outcomes/" + o.id() + "/cases").asLong(),
          sum(patterns, "cases_" + o.id()),
          o.id());
    }
    assertEquals(org.get("red_flags").asLong(), sum(patterns, "red_flags"));
    assertTrue(
        patterns.stream().anyMatch(p -> p.get("exercise_band").isEmpty()),
        "a missing optional factor is an empty level");
  }

  private static long sum(List<Map<String, String>> rows, String column) {
    return rows.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
  }
}
