package org.ergolens.trend;

import static org.ergolens.testing.TestInputs.DEPARTMENT_HEADER;
import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department that crosses the minimum group size between months: hq-b has 4 respondents from
 * January to May 2025 and 6 from June. Its small months must not be recoverable from the trend
 * table: not from its own row, not from neighbouring months, and not from its parent's unit, which
 * holds it while it is small.
 */
class PrivacyAcrossMonthsTest {
  @TempDir static Path dir;
  static List<Map<String, String>> trends;
  static List<Map<String, String>> summary;

  @BeforeAll
  static void runDecember() {
    Path in = dir.resolve("in");
    StringBuilder surveys = new StringBuilder(SURVEY_HEADER).append('\n');
    // Everyone answers alike, so that no factor level forms a small group of its own and the only
    // small group is hq-b itself.
    int[] sizes = {30, 30, 4, 40};
    String[] depts = {"hq", "hq-a", "hq-b", "ops"};
    for (int d = 0; d < depts.length; d++) {
      for (int i = 1; i <= sizes[d]; i++) {
        surveys
            .append(survey(depts[d] + "-" + i, "2025-01-05", depts[d], "5", "at_eye_level"))
            .append('\n');
      }
    }
    for (int i = 5; i <= 6; i++) {
      surveys.append(survey("hq-b-" + i, "2025-06-05", "hq-b", "5", "at_eye_level")).append('\n');
    }
    Files2.write(in.resolve("workstation_survey.csv"), surveys.toString());
    StringBuilder reports = new StringBuilder(REPORT_HEADER).append('\n');
    int id = 0;
    for (int month = 1; month <= 12; month++) {
      String date = String.format("2025-%02d-10", month);
      for (int d = 0; d < depts.length; d++) {
        for (int i = 1; i <= sizes[d]; i++) {
          if ((i + month) % 3 == 0) {
            reports.append(report("r" + ++id, depts[d] + "-" + i, date, "neck")).append('\n');
          }
        }
      }
    }
    Files2.write(in.resolve("discomfort_reports.csv"), reports.toString());
    Files2.write(
        in.resolve("departments.csv"),
        DEPARTMENT_HEADER
            + "\nhq,Head office,\nhq-a,Admin,hq\nhq-b,Board office,hq\nops,Operations,\n");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly", "--input", in.toString(), "--out", out.toString(), "--month", "2025-12");
    assertEquals(0, run.exitCode(), run.err());
    trends = Files2.readCsv(out.resolve("month=2025-12/department_trends.csv"));
    summary =
        Files2.readCsv(out.resolve("month=2025-12/department_summary.csv")).stream()
            .filter(r -> r.get("row_kind").equals("unit"))
            .toList();
  }

  static List<Map<String, String>> rows(String department, String outcome) {
    return trends.stream()
        .filter(r -> r.get("department").equals(department) && r.get("outcome").equals(outcome))
        .toList();
  }

  @Test
  void theSmallMonthsNeverAppearAsTheDepartmentsOwnRow() {
    for (Map<String, String> r : rows("hq-b", "neck")) {
      assertTrue(
          !YearMonth.parse(r.get("month")).isBefore(YearMonth.of(2025, 6)),
          "hq-b has its own row only from June: " + r);
    }
    assertEquals(7, rows("hq-b", "neck").size(), "June to December");
    assertEquals("6", rows("hq-b", "neck").get(0).get("respondents"));
  }

  @Test
  void theParentHoldingItIsNeverComparedAcrossTheChange() {
    List<Map<String, String>> hq = rows("hq", "neck");
    for (Map<String, String> r : hq) {
      boolean small = YearMonth.parse(r.get("month")).isBefore(YearMonth.of(2025, 6));
      assertEquals(small ? "hq-b" : "", r.get("rolled_up"), r.toString());
    }
    Map<String, String> june =
        hq.stream().filter(r -> r.get("month").equals("2025-06")).findFirst().orElseThrow();
    assertEquals("", june.get("change_vs_previous"), "May held hq-b, June does not");
    assertTrue(
        june.get("note").contains("composition_changed") || june.get("note").equals("withheld"),
        june.toString());
    for (Map<String, String> r : hq) {
      if (!r.get("baseline_months").isEmpty()) {
        YearMonth m = YearMonth.parse(r.get("month"));
        long heldMonths =
            hq.stream()
                .filter(e -> !e.get("prevalence").isEmpty())
                .filter(e -> e.get("rolled_up").equals(r.get("rolled_up")))
                .map(e -> YearMonth.parse(e.get("month")))
                .filter(e -> e.isBefore(m) && !e.isBefore(m.minusMonths(12)))
                .count();
        assertEquals(heldMonths, Long.parseLong(r.get("baseline_months")), r.toString());
      }
    }
    assertTrue(
        hq.stream()
            .anyMatch(r -> r.get("rolled_up").isEmpty() && !r.get("baseline_months").isEmpty()),
        "some month after the change has a baseline of months without hq-b");
  }

  @Test
  void everyDerivedNumberComesFromPublishedMonthsOfTheSameMakeUp() {
    TrendTableChecks.baselinesUsePublishedValuesOfTheSameMakeUpOnly(trends);
    TrendTableChecks.changesComparePublishedMonthsOfTheSameMakeUpOnly(trends);
  }

  @Test
  void theCurrentMonthIsExactlyWhatTheSummaryPublishes() {
    for (Map<String, String> unit : summary) {
      Map<String, String> row =
          rows(unit.get("department"), "neck").stream()
              .filter(r -> r.get("month").equals("2025-12"))
              .findFirst()
              .orElseThrow();
      assertEquals(unit.get("respondents"), row.get("respondents"));
      assertEquals(unit.get("cases_neck"), row.get("cases"));
    }
  }
}
