package org.ergolens.ingest;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records whose quoted fields span lines, read in splits of a few kilobytes so that split ends fall
 * inside them: each record is read once, from the line it starts on, whatever the splits; an
 * unclosed quote mid-file costs its own line only.
 */
class MultiLineRecordsTest {
  @TempDir Path dir;

  /** A survey file with a free-text column whose cells span lines; returns id by start line. */
  private static Map<Long, String> writeSurvey(Path file, int rows, int badAt) {
    StringBuilder sb = new StringBuilder(SURVEY_HEADER).append(",comment\r\n");
    Map<Long, String> expected = new TreeMap<>();
    long line = 2;
    for (int i = 1; i <= rows; i++) {
      if (i % 97 == 0) {
        sb.append("\n");
        line++;
      }
      String id = "r" + i;
      String comment;
      int lines;
      if (i % 3 == 0) {
        comment = "\"line one\nline two, with a comma\"";
        lines = 2;
      } else if (i % 5 == 0) {
        comment = "\"a \"\"quoted\"\" word\r\nsecond\r\nthird; 😀\"";
        lines = 3;
      } else {
        comment = "plain";
        lines = 1;
      }
      if (i == badAt) {
        sb.append("bad,2026-10-01,\"fin,5,at_eye_level,yes,hourly,3,fixed,office,60,x\n");
        expected.put(line, "bad");
        line++;
      }
      sb.append(id)
          .append(",2026-10-01,fin,")
          .append(2 + i % 9)
          .append(",at_eye_level,yes,hourly,3,fixed,office,60,")
          .append(comment)
          .append(i % 2 == 0 ? "\r\n" : "\n");
      expected.put(line, id);
      line += lines;
    }
    Files2.writeBytes(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    return expected;
  }

  private Path input(int rows, int badAt, Map<Long, String> expected) {
    Path in = dir.resolve("in");
    expected.putAll(writeSurvey(in.resolve("workstation_survey.csv"), rows, badAt));
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("d1", "r1", "2026-10-02", "neck") + "\n");
    return in;
  }

  @Test
  void recordsAcrossSplitEndsAreReadOnceFromTheirFirstLine() {
    Map<Long, String> expected = new TreeMap<>();
    Path in = input(3000, 1234, expected);
    for (long split : new long[] {2048, 4099, 1 << 30}) {
      Map<Long, ReadingHelp.Seen> seen =
          ReadingHelp.withSplitsOf(
              split,
              () ->
                  ReadingHelp.rows(
                      ReadingHelp.read(in.toString(), ReadOptions.defaults())
                          .get(DatasetSpec.WORKSTATION_SURVEY),
                      Columns.RESPONDENT_ID));
      assertEquals(expected.keySet(), seen.keySet(), "start lines with splits of " + split);
      for (var e : expected.entrySet()) {
        ReadingHelp.Seen s = seen.get(e.getKey());
        if (e.getValue().equals("bad")) {
          assertEquals("malformed_row", s.reason());
          assertTrue(s.detail().startsWith("an unclosed quote"), s.detail());
        } else {
          assertEquals(e.getValue(), s.key(), "line " + e.getKey());
          assertNull(s.reason(), "line " + e.getKey() + ": " + s.detail());
        }
      }
    }
  }

  @Test
  void jsonLinesInSmallSplitsKeepTheirLines() {
    Path in = dir.resolve("json");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      sb.append("{\"respondent_id\": \"j")
          .append(i)
          .append(
              "\", \"response_date\": \"2026-10-01\", \"department\": \"fin\","
                  + " \"sitting_hours_per_day\": 5, \"monitor_position\": \"at_eye_level\","
                  + " \"lumbar_support\": \"yes\", \"break_frequency\": \"hourly\","
                  + " \"note\": \"a, b\\nc\"}\n");
      if (i % 50 == 0) {
        sb.append("\r\n");
      }
    }
    Files2.write(in.resolve("workstation_survey.jsonl"), sb.toString());
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("d1", "j1", "2026-10-02", "neck") + "\n");
    Map<Long, ReadingHelp.Seen> seen =
        ReadingHelp.withSplitsOf(
            3000,
            () ->
                ReadingHelp.rows(
                    ReadingHelp.read(in.toString(), ReadOptions.defaults())
                        .get(DatasetSpec.WORKSTATION_SURVEY),
                    Columns.RESPONDENT_ID));
    assertEquals(2000, seen.size());
    assertEquals("j1", seen.get(1L).key());
    assertEquals("j51", seen.get(52L).key(), "a blank line counts as a line");
    assertTrue(seen.values().stream().allMatch(s -> s.reason() == null));
  }
}
