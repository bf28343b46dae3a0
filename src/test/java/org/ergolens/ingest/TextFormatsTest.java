package org.ergolens.ingest;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BOM, CRLF, quoted commas, reordered columns and JSON Lines are read as the contract says. */
class TextFormatsTest {
  @TempDir Path dir;

  @Test
  void bomCrlfAndQuotedCommasAreRead() {
    Path in = dir.resolve("in");
    String survey =
        "\uFEFF"
            + (SURVEY_HEADER + "\n" + surveys("a", "fin", 6) + surveys("b", "ops", 6))
                .replace("\n", "\r\n");
    Files2.writeBytes(
        in.resolve("workstation_survey.csv"), survey.getBytes(StandardCharsets.UTF_8));
    Files2.write(
        in.resolve("departments.csv"),
        "department,name,parent\r\nfin,\"Finance, Tax & \"\"Audit\"\"\",\r\nops,Operations,\r\n");
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\r\n" + report("r1", "a1", "2026-10-02", "neck") + "\r\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("monthly", "--input", in.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> summary =
        Files2.readCsv(out.resolve("month=2026-10/department_summary.csv"));
    assertEquals("Finance, Tax & \"Audit\"", summary.get(0).get("name"));
    assertEquals("6", summary.get(0).get("respondents"));
    assertEquals("6", summary.get(1).get("respondents"));
  }

  @Test
  void columnsInAnotherOrderAndJsonLinesAreRead() {
    Path in = dir.resolve("in");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      jsonl
          .append("{\"Respondent_ID\": \"j")
          .append(i)
          .append(
              "\", \"response_date\": \"2026-10-01\","
                  + " \"department\": \"fin\", \"sitting_hours_per_day\": 7.5, \"monitor_position\":"
                  + " \"Laptop only\", \"lumbar_support\": \"YES\", \"break_frequency\": \"hourly\","
                  + " \"free_text\": {\"note\": \"ignored\"}}\n");
    }
    jsonl.append("{\"respondent_id\": \"j7\", \"respondent_id \": \"dup\"}\n");
    Files2.write(in.resolve("workstation_survey.jsonl"), jsonl.toString());
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        "severity,body_region,report_date,respondent_id,report_id\n5,neck,2026-10-03,j1,r1\n");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--config",
            Files2.write(dir.resolve("c.json"), "{\"max_reject_ratio\": 0.5}").toString());
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> rejects =
        Files2.readCsv(out.resolve("restricted/month=2026-10/rejects/rejects.csv"));
    assertEquals(1, rejects.size());
    assertEquals("malformed_row", rejects.get(0).get("reason"));
    assertEquals("7", rejects.get(0).get("line"));
    Map<String, String> fin =
        Files2.readCsv(out.resolve("month=2026-10/department_summary.csv")).get(0);
    assertEquals("6", fin.get("respondents"));
    assertEquals("1", fin.get("share_monitor_position_laptop_only"), "'Laptop only' read");
    assertEquals("1", fin.get("share_sitting_band_6_to_8h"), "7.5 hours read as a number");
    assertEquals("1", fin.get("cases_neck"));
  }
}
