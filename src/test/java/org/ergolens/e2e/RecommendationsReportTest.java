package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.Sheets;
import org.ergolens.text.Labels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recommendations on a generated organisation of 3,000, in which Field Sales ({@code com-fs}) works
 * mostly on laptop screens only and, edited in before the run, nobody in Software Engineering
 * ({@code tech-eng}) lacks lumbar support. The referral is made at any share, so that only the
 * minimum group size decides whether a red-flag count may be stated. Every number the
 * recommendations and the workbook show is checked against the CSV tables.
 */
class RecommendationsReportTest {
  static final int K = 5;
  static final String NO_EXPOSURE_UNIT = "tech-eng";

  @TempDir static Path dir;
  static CliRun run;
  static Path report;
  static List<Map<String, String>> recommendations;
  static Map<String, Map<String, String>> units = new LinkedHashMap<>();

  /** The units that head a division (a subtree row). */
  static final java.util.Set<String> divisions = new java.util.HashSet<>();

  static List<Map<String, String>> effects;

  @BeforeAll
  static void generateAndRun() throws IOException {
    Path in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(7).withRespondents(3000)).generate(in);
    everyoneHasLumbarSupportIn(in.resolve("workstation_survey.csv"), NO_EXPOSURE_UNIT);
    Path config = Files2.write(dir.resolve("config.json"), "{\"red_flag_min_share\": 0}");
    run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--month",
            "2026-10",
            "--config",
            config.toString());
    report = dir.resolve("out/month=2026-10");
    recommendations = Files2.readCsv(report.resolve("recommendations.csv"));
    for (Map<String, String> row : Files2.readCsv(report.resolve("department_summary.csv"))) {
      if (row.get("row_kind").equals("unit")) {
        units.put(row.get("department"), row);
      } else {
        divisions.add(row.get("department"));
      }
    }
    effects = Files2.readCsv(report.resolve("factor_effects.csv"));
  }

  static void everyoneHasLumbarSupportIn(Path survey, String department) throws IOException {
    List<String> lines = Files.readAllLines(survey, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int dept = header.indexOf("department");
    int lumbar = header.indexOf("lumbar_support");
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      assertFalse(line.contains("\""), "plain CSV rows only: " + line);
      String[] f = line.split(",", -1);
      if (f[dept].equals(department)) {
        f[lumbar] = "yes";
      }
      out.add(String.join(",", f));
    }
    Files.write(survey, out, StandardCharsets.UTF_8);
  }

  static List<Map<String, String>> of(String department) {
    return recommendations.stream().filter(r -> r.get("department").equals(department)).toList();
  }

  @Test
  void theRunSucceeds() {
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void fieldSalesOnLaptopsGetsTheMonitorActionFirst() {
    Map<String, String> first = of("com-fs").get(0);
    assertEquals("1", first.get("rank"));
    assertEquals("laptop-stand", first.get("recommendation_id"), first.toString());
    assertEquals("monitor_position", first.get("factor"));
    assertEquals("laptop_only", first.get("level"));
    assertTrue(
        Double.parseDouble(units.get("com-fs").get("share_monitor_position_laptop_only")) > 0.5,
        "the planted exposure: most of Field Sales works on a laptop screen only");
  }

  @Test
  void aDepartmentWithNoExposureGetsNoActionForIt() {
    assertEquals(
        "",
        units.get(NO_EXPOSURE_UNIT).get("share_lumbar_support_no"),
        "0 respondents without lumbar support: a group below k, withheld");
    assertFalse(of(NO_EXPOSURE_UNIT).isEmpty(), "the unit has other actions");
    assertTrue(
        of(NO_EXPOSURE_UNIT).stream().noneMatch(r -> r.get("factor").equals("lumbar_support")),
        of(NO_EXPOSURE_UNIT).toString());
  }

  @Test
  void everyActionsLevelsHavePeopleAndPublishedFigures() {
    int checked = 0;
    for (Map<String, String> r : recommendations) {
      if (r.get("factor").isEmpty()) {
        continue;
      }
      boolean organisation = r.get("department").isEmpty();
      double share = 0;
      double attributable = 0;
      for (String level : r.get("level").split(";")) {
        String s =
            organisation
                ? null
                : units.get(r.get("department")).get("share_" + r.get("factor") + "_" + level);
        if (!organisation) {
          assertFalse(s.isEmpty(), "a quoted share is published: " + r);
          assertTrue(Double.parseDouble(s) > 0, "people at the level: " + r);
          share += Double.parseDouble(s);
        }
        String a =
            effect(r.get("department"), r.get("factor"), level, r.get("outcome"))
                .get("attributable_cases");
        assertFalse(a.isEmpty(), "attributable cases are published: " + r);
        attributable += Double.parseDouble(a);
      }
      if (!organisation) {
        assertEquals(share, Double.parseDouble(r.get("affected_share")), 1e-12, r.toString());
      }
      assertEquals(
          attributable, Double.parseDouble(r.get("attributable_cases")), 1e-9, r.toString());
      checked++;
    }
    assertTrue(checked > 20, "enough actions to check: " + checked);
  }

  @Test
  void redFlagCountsBelowTheMinimumGroupSizeAreNotStated() {
    Pattern count = Pattern.compile("(\\d+) respondents");
    int small = 0;
    for (Map<String, String> unit : units.values()) {
      String flags = unit.get("red_flags");
      List<Map<String, String>> referrals =
          of(unit.get("department")).stream()
              .filter(r -> r.get("recommendation_id").equals("red-flag-referral"))
              .toList();
      if (flags.isEmpty() || Long.parseLong(flags) < K) {
        small++;
        assertTrue(referrals.isEmpty(), "no referral states " + flags + " red flags: " + unit);
      } else {
        assertEquals(1, referrals.size(), "red_flag_min_share is 0: " + unit.get("department"));
        Matcher m = count.matcher(referrals.get(0).get("rationale"));
        assertTrue(m.find());
        assertEquals(flags, m.group(1));
      }
    }
    assertTrue(small > 0, "the generated month has a unit with fewer than k red flags");
  }

  @Test
  void foldedDepartmentsAreNamedWithTheirUnitsActions() {
    int folded = 0;
    for (Map<String, String> r : recommendations) {
      if (!r.get("department").isEmpty()) {
        assertEquals(units.get(r.get("department")).get("rolled_up"), r.get("rolled_up"));
        folded += r.get("rolled_up").isEmpty() ? 0 : 1;
      }
    }
    assertTrue(folded > 0, "some actions cover folded departments");
  }

  @Test
  void theOrganisationSummaryQuotesAssociatedCasesWithTheirInterval() {
    List<Map<String, String>> org = of("");
    assertFalse(org.isEmpty());
    assertTrue(
        org.get(0).get("rationale").contains("associated with about"), org.get(0).toString());
    assertTrue(org.get(0).get("rationale").contains("(95% CI "), org.get(0).toString());
    assertTrue(Double.parseDouble(org.get(0).get("attributable_cases")) >= 1);
  }

  @Test
  void reportJsonCarriesTheSameRecommendations() throws IOException {
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertEquals(recommendations.size(), json.get("recommendations").size());
    assertEquals(
        recommendations.get(0).get("rationale"),
        json.get("recommendations").get(0).get("rationale").asText());
  }

  @Test
  void theWorkbookShowsTheCsvNumbersAndTheSameSuppression() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(report.resolve("report.xlsx")))) {
      assertEquals("Summary", wb.getSheetName(0));
      assertEquals(6 + units.size(), wb.getNumberOfSheets());
      assertActionsEqual(wb.getSheetAt(0), of(""));
      int sheet = 5;
      int withheld = 0;
      int compared = 0;
      for (Map<String, String> unit : units.values()) {
        Sheet s = wb.getSheetAt(sheet++);
        String name = unit.get("name");
        assertEquals(
            divisions.contains(unit.get("department")) ? name + " (staff outside its teams)" : name,
            s.getRow(0).getCell(0).getStringCellValue());
        assertActionsEqual(s, of(unit.get("department")));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("At a glance/People who answered/1", "respondents");
        expected.put("At a glance/People with a red flag/1", "red_flags");
        expected.put("At a glance/Share with a red flag/1", "red_flag_share");
        for (Outcome o : Outcome.values()) {
          expected.put("Body region/" + Labels.regionTitle(o) + "/1", "cases_" + o.id());
          expected.put("Body region/" + Labels.regionTitle(o) + "/2", "prevalence_" + o.id());
        }
        for (Factor f : Factor.values()) {
          for (String level : f.levels()) {
            expected.put(
                "Workstation or habit/" + Labels.exposure(f, level) + "/1",
                "share_" + f.id() + "_" + level);
          }
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
          String[] where = e.getKey().split("/");
          Row row = Sheets.block(s, where[0]).get(where[1]);
          if (row == null && notAnalysed(e.getValue())) {
            continue;
          }
          Cell cell = row.getCell(Integer.parseInt(where[2]));
          String csv = unit.get(e.getValue());
          if (csv.isEmpty()) {
            assertEquals("withheld", cell.getStringCellValue(), e.getKey());
            withheld++;
          } else {
            assertEquals(CellType.NUMERIC, cell.getCellType(), e.getKey());
            assertEquals(Double.parseDouble(csv), cell.getNumericCellValue(), 0, e.getKey());
          }
          compared++;
        }
      }
      assertTrue(withheld > 0, "some withheld numbers were compared");
      assertTrue(compared > 30 * units.size(), "the units' figures were compared: " + compared);
    }
  }

  /** Whether a column belongs to an optional factor the run did not analyse. */
  static boolean notAnalysed(String column) {
    return column.startsWith("share_exercise_band") || column.startsWith("share_desk_type");
  }

  /** The sheet's action rows equal the CSV's rows of the same unit, in order. */
  static void assertActionsEqual(Sheet s, List<Map<String, String>> expected) {
    List<Row> rows = new ArrayList<>(Sheets.block(s, "Action").values());
    assertEquals(expected.size(), rows.size(), s.getSheetName());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Map<String, String> csv = expected.get(i);
      assertEquals(csv.get("title"), row.getCell(0).getStringCellValue());
      assertEquals(csv.get("rationale"), row.getCell(6).getStringCellValue());
      assertEquals(
          Double.parseDouble(csv.get("affected_share")),
          row.getCell(1).getNumericCellValue(),
          0,
          s.getSheetName());
      Cell attributable = row.getCell(2);
      if (csv.get("attributable_cases").isEmpty()) {
        assertTrue(attributable == null || attributable.getCellType() == CellType.BLANK);
      } else {
        assertEquals(
            Double.parseDouble(csv.get("attributable_cases")),
            attributable.getNumericCellValue(),
            0,
            s.getSheetName());
      }
    }
  }

  @Test
  void noActionRestsOnALevelThatIsNotCrediblyRaised() {
    for (Map<String, String> r : recommendations) {
      if (r.get("factor").isEmpty()) {
        continue;
      }
      for (String level : r.get("level").split(";")) {
        Map<String, String> org = effect("", r.get("factor"), level, r.get("outcome"));
        String low =
            org.get("attribution_basis").equals("adjusted")
                ? org.get("adj_pr_ci_low")
                : org.get("pr_ci_low");
        assertTrue(Double.parseDouble(low) > 1, "R's lower 95% limit above 1: " + r);
      }
    }
  }

  @Test
  void thePlantedLumbarEffectIsTheFirstLowerBackAction() {
    Map<String, String> firstLowerBack =
        of("").stream()
            .filter(r -> r.get("outcome").equals("lower_back"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no lower-back action: " + of("")));
    assertEquals(
        "lumbar-support", firstLowerBack.get("recommendation_id"), firstLowerBack.toString());
  }

  /**
   * Contract 2.1 on the published table: within one factor the levels' attributable cases, and
   * their upper limits, never add up to more than the scope's cases.
   */
  @Test
  void withinOneFactorTheLevelsNeverExceedTheScopesCases() throws IOException {
    JsonNode org =
        new ObjectMapper().readTree(report.resolve("report.json").toFile()).get("organization");
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Map<String, String> e : effects) {
      if (e.get("attributable_cases").isEmpty()) {
        continue;
      }
      String key = e.get("department") + "|" + e.get("factor") + "|" + e.get("outcome");
      double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
      sum[0] += Double.parseDouble(e.get("attributable_cases"));
      sum[1] += Double.parseDouble(e.get("attributable_cases_ci_high"));
      assertTrue(
          Double.parseDouble(e.get("attributable_cases_ci_low"))
                  <= Double.parseDouble(e.get("attributable_cases"))
              && Double.parseDouble(e.get("attributable_cases"))
                  <= Double.parseDouble(e.get("attributable_cases_ci_high")),
          "the interval holds the estimate: " + e);
    }
    int checked = 0;
    for (Map.Entry<String, double[]> s : sums.entrySet()) {
      String[] k = s.getKey().split("\\|", -1);
      String cases =
          k[0].isEmpty()
              ? org.at("/outcomes/" + k[2] + "/cases").asText()
              : units.get(k[0]).get("cases_" + k[2]);
      if (cases.isEmpty() || cases.equals("null")) {
        continue;
      }
      double total = Double.parseDouble(cases);
      assertTrue(
          s.getValue()[0] <= total + 1e-9, s.getKey() + ": " + s.getValue()[0] + " > " + total);
      assertTrue(s.getValue()[1] <= total + 1e-9, s.getKey() + " upper limits above " + total);
      checked++;
    }
    assertTrue(checked > 100, "scopes × factors × outcomes checked: " + checked);
  }

  static Map<String, String> effect(
      String department, String factor, String level, String outcome) {
    String scope = department.isEmpty() ? "organization" : "department";
    return effects.stream()
        .filter(
            e ->
                e.get("scope").equals(scope)
                    && e.get("department").equals(department)
                    && e.get("factor").equals(factor)
                    && e.get("level").equals(level)
                    && e.get("outcome").equals(outcome))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + factor + " " + level));
  }
}
