package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.Sheets;
import org.ergolens.text.Numbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Participation end to end: a generated organisation with its {@code headcount.csv}, one department
 * given a row of its own for the month and another a row for some other month, run through the
 * monthly job. {@code department_summary}'s headcount is the sum of the headcounts that hold for
 * the month over each unit's departments; its rate is respondents over that; the brief's PDF and
 * the workbook's unit sheet show the same numbers.
 */
class ParticipationEndToEndTest {
  static final String MONTH = "2026-10";

  @TempDir static Path dir;
  static Path report;
  static Map<String, Long> headcounts = new TreeMap<>();
  static List<Map<String, String>> units = new ArrayList<>();
  static List<Map<String, String>> divisions = new ArrayList<>();
  static String dated;

  @BeforeAll
  static void generateAndRun() throws IOException {
    Path in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(7).withRespondents(2000)).generate(in);
    Path file = in.resolve("headcount.csv");
    List<Map<String, String>> rows = Files2.readCsv(file);
    rows.forEach(r -> headcounts.put(r.get("department"), Long.parseLong(r.get("headcount"))));
    // The month's own row wins over the undated one; a row for another month is not used.
    dated = rows.get(rows.size() - 1).get("department");
    long october = headcounts.get(dated) + 25;
    headcounts.put(dated, october);
    StringBuilder csv = new StringBuilder("department,headcount,month\n");
    rows.forEach(
        r -> csv.append(r.get("department")).append(',').append(r.get("headcount")).append(",\n"));
    csv.append(dated).append(',').append(october).append(',').append(MONTH).append('\n');
    csv.append(rows.get(0).get("department")).append(",1,2026-09\n");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run("monthly", "--input", in.toString(), "--out", out.toString(), "--month", MONTH);
    assertEquals(0, run.exitCode(), run.err());
    report = out.resolve("month=" + MONTH);
    for (Map<String, String> row : Files2.readCsv(report.resolve("department_summary.csv"))) {
      (row.get("row_kind").equals("unit") ? units : divisions).add(row);
    }
  }

  static long expectedHeadcount(Map<String, String> unit) {
    List<String> departments = new ArrayList<>(List.of(unit.get("department")));
    if (!unit.get("rolled_up").isEmpty()) {
      departments.addAll(List.of(unit.get("rolled_up").split(";")));
    }
    return departments.stream().mapToLong(headcounts::get).sum();
  }

  /** A division's headcount is that of every department it covers: its own row's rule. */
  @Test
  void eachDivisionsHeadcountCoversEveryDepartmentBelowIt() {
    assertTrue(!divisions.isEmpty(), "the generated organisation has divisions");
    for (Map<String, String> d : divisions) {
      long headcount = expectedHeadcount(d);
      assertEquals(String.valueOf(headcount), d.get("headcount"), d.get("department"));
      assertEquals(
          Double.parseDouble(d.get("respondents")) / headcount,
          Double.parseDouble(d.get("response_rate")),
          1e-12,
          d.get("department"));
    }
  }

  @Test
  void theSummaryHoldsEachUnitsHeadcountRateAndFlag() {
    int low = 0;
    for (Map<String, String> u : units) {
      long headcount = expectedHeadcount(u);
      long respondents = Long.parseLong(u.get("respondents"));
      assertEquals(String.valueOf(headcount), u.get("headcount"), u.get("department"));
      double rate = Double.parseDouble(u.get("response_rate"));
      assertEquals((double) respondents / headcount, rate, 1e-12, u.get("department"));
      assertEquals(rate < 0.60 ? "low" : "ok", u.get("participation"), u.get("department"));
      low += rate < 0.60 ? 1 : 0;
    }
    assertTrue(low >= 1, "the generated organisation has a unit below 60%");
  }

  @Test
  void theOrganisationsHeadcountCountsEveryDepartment() throws IOException {
    var org =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(report.resolve("report.json").toFile())
            .path("organization");
    long total = headcounts.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(total, org.path("headcount").asLong());
    assertEquals(
        org.path("respondents").asDouble() / total, org.path("response_rate").asDouble(), 1e-12);
  }

  @Test
  void eachBriefSaysHowManyAnsweredOfTheHeadcount() throws IOException {
    for (Map<String, String> u : units) {
      String unit = u.get("department");
      String text =
          BriefTexts.pdfFlatText(Files.readAllBytes(report.resolve(BriefFiles.pdf(unit))));
      String figure =
          Numbers.count(Long.parseLong(u.get("respondents")))
              + " of "
              + Numbers.count(Long.parseLong(u.get("headcount")))
              + " people answered ("
              + Numbers.percent(Double.parseDouble(u.get("response_rate")))
              + ")";
      assertTrue(text.contains(figure), unit + ": " + figure + " in " + text);
      assertEquals(
          u.get("participation").equals("low"),
          text.contains(figure + ", below the 60.0% aimed for"),
          unit + " flagged exactly when low");
    }
  }

  @Test
  void eachUnitSheetShowsTheSameParticipation() throws IOException {
    try (InputStream in = Files.newInputStream(report.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int i = 0; i < units.size(); i++) {
        Map<String, String> u = units.get(i);
        Sheet sheet = wb.getSheetAt(5 + i);
        Map<String, Row> glance = Sheets.block(sheet, "At a glance");
        assertEquals(
            Double.parseDouble(u.get("headcount")),
            glance.get("Headcount").getCell(1).getNumericCellValue(),
            sheet.getSheetName());
        assertEquals(
            Double.parseDouble(u.get("response_rate")),
            glance.get("Response rate").getCell(1).getNumericCellValue(),
            1e-12,
            sheet.getSheetName());
        assertEquals(
            u.get("participation").equals("low") ? "low" : "as aimed for",
            Sheets.text(glance.get("Participation").getCell(1)),
            sheet.getSheetName());
      }
    }
  }
}
