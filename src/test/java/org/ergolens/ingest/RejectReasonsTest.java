package org.ergolens.ingest;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.survey;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.TestInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reject reason of contract section 1.4, with its column and line, end to end. */
class RejectReasonsTest {
  @TempDir static Path dir;
  static CliRun run;
  static List<Map<String, String>> rejects;

  @BeforeAll
  static void runJob() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("departments.csv"),
        TestInputs.DEPARTMENT_HEADER + "\n" + "fin,Finance,\nops,Operations,\n");
    String surveyRows =
        SURVEY_HEADER
            + "\n"
            + surveys("f", "fin", 12) // lines 2-13
            + surveys("o", "ops", 12) // lines 14-25
            + "\"x1,2026-10-01,fin,3,at_eye_level,yes,hourly,3,fixed,office,60\n" // 26 malformed
            + "x2,2026-10-01,fin,3,at_eye_level\n" // 27 malformed
            + survey("", "2026-10-01", "fin", "3", "at_eye_level")
            + "\n" // 28 missing id
            + survey("bad id", "2026-10-01", "fin", "3", "at_eye_level")
            + "\n" // 29 bad_id
            + survey("x5", "2026-02-30", "fin", "3", "at_eye_level")
            + "\n" // 30 bad_date
            + survey("x6", "2026-10-01", "fin", "\"7,5\"", "at_eye_level")
            + "\n" // 31 bad_number
            + survey("x7", "2026-10-01", "fin", "3", "sideways")
            + "\n" // 32 unknown_enum
            + survey("x8", "2026-10-01", "fin", "25", "at_eye_level")
            + "\n" // 33 out_of_range
            + survey("x9", "2026-10-01", "nowhere", "3", "at_eye_level")
            + "\n" // 34 unknown_dept
            + survey("x10", "26-10-01", "fin", "3", "sideways")
            + "\n"; // 35 bad_date first
    Files2.write(in.resolve("workstation_survey.csv"), surveyRows);
    String reportRows =
        REPORT_HEADER
            + "\n"
            + report("r1", "f1", "2026-10-05", "neck")
            + "\n" // 2 ok
            + report("r1", "f2", "2026-10-06", "neck")
            + "\n" // 3 duplicate
            + report("r3", "ghost", "2026-10-06", "neck")
            + "\n" // 4 unmatched
            + report("r4", "ghost", "2026-09-06", "neck")
            + "\n" // 5 other month: ok
            + "r5,f3,2026-10-07,neck,5,1,maybe,no\n" // 6 bad boolean
            + "r6,f3,2026-10-07,neck,11,1,true,no\n" // 7 out_of_range
            + "r7,f3,2026-10-07,NECK,5,,,\n"; // 8 ok (case)
    Files2.write(in.resolve("discomfort_reports.csv"), reportRows);
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
            TestInputs.lenientConfig(dir).toString());
    rejects = Files2.readCsv(dir.resolve("out/restricted/month=2026-10/rejects/rejects.csv"));
  }

  private static Map<String, String> rejectAt(String dataset, String line) {
    return rejects.stream()
        .filter(r -> r.get("dataset").equals(dataset) && r.get("line").equals(line))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no reject at " + dataset + " line " + line + " in " + rejects));
  }

  @Test
  void theRunSucceeds() {
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void eachSurveyReasonNamesItsColumnAndLine() {
    Object[][] expected = {
      {"26", "malformed_row", ""},
      {"27", "malformed_row", ""},
      {"28", "missing_required", "respondent_id"},
      {"29", "bad_id", "respondent_id"},
      {"30", "bad_date", "response_date"},
      {"31", "bad_number", "sitting_hours_per_day"},
      {"32", "unknown_enum", "monitor_position"},
      {"33", "out_of_range", "sitting_hours_per_day"},
      {"34", "unknown_department", "department"},
      {"35", "bad_date", "response_date"},
    };
    for (Object[] e : expected) {
      Map<String, String> r = rejectAt("workstation_survey", (String) e[0]);
      assertEquals(e[1], r.get("reason"), "reason of line " + e[0]);
      assertEquals(e[2], r.get("column"), "column of line " + e[0]);
    }
  }

  @Test
  void eachReportReasonNamesItsColumnAndLine() {
    assertEquals("duplicate_report_id", rejectAt("discomfort_reports", "3").get("reason"));
    assertEquals("unmatched_respondent", rejectAt("discomfort_reports", "4").get("reason"));
    assertEquals("unknown_enum", rejectAt("discomfort_reports", "6").get("reason"));
    assertEquals("numbness_tingling", rejectAt("discomfort_reports", "6").get("column"));
    assertEquals("out_of_range", rejectAt("discomfort_reports", "7").get("reason"));
    assertTrue(
        rejects.stream()
            .noneMatch(
                r -> r.get("line").equals("5") && r.get("dataset").equals("discomfort_reports")),
        "a report outside the month is never unmatched");
  }

  @Test
  void malformedRowsSayWhy() {
    assertTrue(rejectAt("workstation_survey", "26").get("detail").contains("unclosed quote"));
    assertTrue(rejectAt("workstation_survey", "27").get("detail").contains("5 fields"));
  }

  @Test
  void theManifestReconcilesEveryDataset() throws Exception {
    var manifest =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("out/month=2026-10/manifest.json").toFile());
    var surveys = manifest.at("/datasets/workstation_survey");
    assertEquals(34, surveys.get("rows_read").asLong());
    assertEquals(24, surveys.get("rows_accepted").asLong());
    assertEquals(10, surveys.get("rows_rejected").asLong());
    var reports = manifest.at("/datasets/discomfort_reports");
    assertEquals(7, reports.get("rows_read").asLong());
    assertEquals(4, reports.get("rows_rejected").asLong());
    Map<String, Long> byReason =
        rejects.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get("dataset") + "/" + r.get("reason"), Collectors.counting()));
    assertEquals(2L, byReason.get("workstation_survey/malformed_row"));
    assertEquals(2L, byReason.get("workstation_survey/bad_date"));
    assertEquals(1L, reports.at("/rejected_by_reason/unmatched_respondent").asLong());
    assertEquals(14, rejects.size(), "every rejected row is in the rejects file");
  }
}
