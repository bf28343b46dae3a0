package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.generate.Intervention;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.trend.TrendTableChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated organisation with a planted change over time: from April 2026, Field Sales (com-fs)
 * answers laptop-only at a fifth of its former rate. The trend table and the follow-up must see it
 * in com-fs and not in Customer Service (com-cs), which changed nothing.
 */
class TrendsAndFollowUpTest {
  @TempDir static Path dir;
  static Path month;
  static List<Map<String, String>> trends;
  static List<Map<String, String>> followUp;
  static List<Map<String, String>> recommendations;

  @BeforeAll
  static void runOctober() throws Exception {
    Path in = dir.resolve("org");
    new Generator(
            GeneratorSpec.defaults()
                .withSeed(8)
                .withRespondents(3000)
                .withIntervention(
                    Intervention.parse("com-fs:monitor_position:laptop_only:2026-04")))
        .generate(in);
    Path config =
        Files2.write(
            dir.resolve("job.json"),
            """
            {"interventions": [
              {"department": "com-fs", "factor": "monitor_position", "level": "laptop_only",
               "start": "2026-04-01", "description": "Docking stations", "outcome": "neck"},
              {"department": "com-cs", "factor": "monitor_position", "level": "laptop_only",
               "start": "2026-04-01", "description": "Nothing was done here"}]}
            """);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--config",
            config.toString(),
            "--month",
            "2026-10");
    assertEquals(0, run.exitCode(), run.err());
    month = out.resolve("month=2026-10");
    trends = Files2.readCsv(month.resolve("department_trends.csv"));
    followUp = Files2.readCsv(month.resolve("intervention_followup.csv"));
    recommendations = Files2.readCsv(month.resolve("recommendations.csv"));
  }

  @Test
  void aUnitWithAConfiguredChangeGetsItAsUnderWayNotRecommendedAgain() {
    List<Map<String, String>> fs =
        recommendations.stream().filter(r -> r.get("department").equals("com-fs")).toList();
    List<Map<String, String>> laptop =
        fs.stream().filter(r -> r.get("recommendation_id").equals("laptop-stand")).toList();
    assertEquals(1, laptop.size(), "no duplicate: " + fs);
    assertEquals("under_way", laptop.get(0).get("status"));
    assertTrue(
        laptop.get(0).get("rationale").startsWith("Under way since 2026-04-01: Docking stations."),
        laptop.get(0).get("rationale"));
    assertEquals("", laptop.get(0).get("attributable_cases"), "no figure for a change under way");
    assertTrue(
        fs.stream()
            .filter(r -> r.get("status").equals("recommended"))
            .noneMatch(r -> r.get("recommendation_id").equals("laptop-stand")),
        fs.toString());
    assertEquals(
        List.of("recommended", "under_way"),
        fs.stream().map(r -> r.get("status")).distinct().toList(),
        "under-way rows come after the ranked ones");
  }

  @Test
  void theDashboardTitlesTheActionUnderWayAsSuch() throws Exception {
    String html = Files.readString(month.resolve("dashboard.html"));
    String title =
        recommendations.stream()
            .filter(r -> r.get("status").equals("under_way"))
            .findFirst()
            .orElseThrow()
            .get("title");
    assertTrue(html.contains("<strong>Under way: " + title + "</strong>"), title);
  }

  @Test
  void thePlantedDropInExposureIsFoundBeyondChance() {
    Map<String, String> fs = followUp.get(0);
    assertEquals("com-fs", fs.get("department"));
    assertEquals("5", fs.get("months_before"), "November to March; October 2025 has no reports");
    assertEquals("7", fs.get("months_after"), "April to October");
    assertTrue(Double.parseDouble(fs.get("exposure_did")) < -0.1, fs.toString());
    assertTrue(Double.parseDouble(fs.get("exposure_did_ci_high")) < 0, fs.toString());
    assertTrue(
        fs.get("finding").startsWith("The share with a laptop screen only fell"),
        fs.get("finding"));
  }

  @Test
  void aDepartmentThatChangedNothingShowsNoChangeBeyondChance() {
    Map<String, String> cs = followUp.get(1);
    assertEquals("com-cs", cs.get("department"));
    assertTrue(Double.parseDouble(cs.get("exposure_did_ci_low")) < 0, cs.toString());
    assertTrue(Double.parseDouble(cs.get("exposure_did_ci_high")) > 0, cs.toString());
  }

  @Test
  void theTrendTableCoversThirteenMonthsAndAgreesWithTheSummary() throws Exception {
    long months =
        trends.stream()
            .filter(r -> r.get("scope").equals("organization"))
            .map(r -> r.get("month"))
            .distinct()
            .count();
    assertEquals(13, months, "2025-10 to 2026-10");
    for (Map<String, String> unit : unitRows(month)) {
      Map<String, String> row =
          trends.stream()
              .filter(r -> unit.get("department").equals(r.get("department")))
              .filter(r -> r.get("month").equals("2026-10") && r.get("outcome").equals("neck"))
              .findFirst()
              .orElseThrow();
      assertEquals(unit.get("cases_neck"), row.get("cases"), unit.get("department"));
      assertEquals(unit.get("prevalence_neck"), row.get("prevalence"), unit.get("department"));
    }
    assertTrue(Files.isDirectory(month.resolve("department_trends")), "the Parquet copy");
  }

  @Test
  void derivedNumbersUsePublishedMonthsOnly() {
    TrendTableChecks.baselinesUsePublishedValuesOfTheSameMakeUpOnly(trends);
    TrendTableChecks.changesComparePublishedMonthsOfTheSameMakeUpOnly(trends);
  }

  @Test
  void theDashboardShowsTrendsSparklinesAndTheFollowUp() throws Exception {
    String html = Files.readString(month.resolve("dashboard.html"));
    assertEquals(10, html.split("class=\"trend-panel\"", -1).length - 1, "one chart per outcome");
    long units = unitRows(month).size();
    assertEquals(
        units, html.split("<td class=\"spark\">", -1).length - 1, "one sparkline per unit");
    assertTrue(html.contains("Follow-up of workplace changes"));
    assertTrue(html.contains("Docking stations"));
    assertFalse(html.contains("NaN"));
  }

  /** The unit rows of {@code department_summary}, without the divisions' rows. */
  private static List<Map<String, String>> unitRows(Path month) {
    return Files2.readCsv(month.resolve("department_summary.csv")).stream()
        .filter(r -> r.get("row_kind").equals("unit"))
        .toList();
  }
}
