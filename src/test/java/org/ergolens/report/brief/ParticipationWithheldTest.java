package org.ergolens.report.brief;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit whose respondent count is withheld shows no headcount and no response rate anywhere. A
 * root department of 2 people has nowhere to fold into and stays below 5, so no department-level
 * number is published: the units {@code fin} (12 of 17 people, 70.6%) and {@code ops} (12 of 19,
 * 63.2%) are withheld whole, as is {@code tiny}. Their rates, and the headcounts that would give
 * the counts back, must appear in no table, brief, dashboard or workbook; the organisation's rate
 * is shown.
 */
class ParticipationWithheldTest {
  @TempDir static Path dir;
  static Path report;

  @BeforeAll
  static void run() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER
            + "\n"
            + surveys("f", "fin", 12)
            + surveys("o", "ops", 12)
            + surveys("t", "tiny", 2));
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("r1", "f1", "2026-10-02", "neck") + "\n");
    Files2.write(
        in.resolve("departments.csv"),
        "department,name,parent\nfin,Finance,\nops,Operations,\ntiny,Tiny,\n");
    Files2.write(in.resolve("headcount.csv"), "department,headcount\nfin,17\nops,19\ntiny,4\n");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly", "--input", in.toString(), "--out", out.toString(), "--month", "2026-10");
    assertEquals(0, run.exitCode(), run.err());
    report = out.resolve("month=2026-10");
  }

  private static final List<String> UNIT_FIGURES =
      List.of("70.6%", "63.2%", "0.70588", "0.63157", "12 of 17", "12 of 19");

  @Test
  void theTablesHoldNoUnitRate() {
    List<Map<String, String>> units = Files2.readCsv(report.resolve("department_summary.csv"));
    assertEquals(
        List.of("fin", "ops", "tiny"), units.stream().map(u -> u.get("department")).toList());
    for (Map<String, String> u : units) {
      assertEquals("", u.get("respondents"));
      assertEquals("", u.get("headcount"));
      assertEquals("", u.get("response_rate"));
      assertEquals("", u.get("participation"));
    }
  }

  @Test
  void noOutputShowsAUnitRateOrHeadcount() throws IOException {
    StringBuilder all = new StringBuilder();
    all.append(Files.readString(report.resolve("report.json"), StandardCharsets.UTF_8));
    all.append(Files.readString(report.resolve("dashboard.html"), StandardCharsets.UTF_8));
    for (String unit : List.of("fin", "ops", "tiny")) {
      all.append(BriefTexts.pdfFlatText(Files.readAllBytes(report.resolve(BriefFiles.pdf(unit)))));
      all.append(BriefTexts.visibleText(Files.readString(report.resolve(BriefFiles.html(unit)))));
    }
    String organisation = BriefFiles.ORGANISATION;
    all.append(BriefTexts.pdfFlatText(Files.readAllBytes(report.resolve(organisation + ".pdf"))));
    all.append(BriefTexts.visibleText(Files.readString(report.resolve(organisation + ".html"))));
    try (InputStream in = Files.newInputStream(report.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheets.texts(wb).forEach(t -> all.append(t.text()).append('\n'));
      for (int i = 5; i < 8; i++) {
        Map<String, Row> glance = Sheets.block(wb.getSheetAt(i), "At a glance");
        for (String row : List.of("Headcount", "Response rate", "Participation")) {
          assertEquals(
              "withheld", Sheets.text(glance.get(row).getCell(1)), wb.getSheetName(i) + " " + row);
        }
      }
    }
    String text = all.toString();
    for (String figure : UNIT_FIGURES) {
      assertFalse(text.contains(figure), figure + " is shown somewhere");
    }
    var org =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(report.resolve("report.json").toFile())
            .path("organization");
    assertEquals(40, org.path("headcount").asLong(), "the organisation's rate is published");
    assertTrue(text.contains("26 of 40 people answered (65.0%)"), "and shown in its brief");
    assertTrue(text.contains("respondents, 65.0% of 40 employed"), "and on the dashboard");
  }
}
