package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans every byte the report writes for the input's respondent ids, report ids and an extra
 * free-text column: none may appear outside {@code restricted/}.
 */
class NoIdentifiersInOutputTest {
  @TempDir Path dir;

  @Test
  void noIdentifierOrUnknownColumnLeavesTheRestrictedTree() throws Exception {
    Path in = dir.resolve("in");
    List<String> secrets = new ArrayList<>();
    StringBuilder surveys =
        new StringBuilder(
            "respondent_id,response_date,department,"
                + "sitting_hours_per_day,monitor_position,lumbar_support,break_frequency,free_text\n");
    StringBuilder reports =
        new StringBuilder(
            "report_id,respondent_id,report_date,body_region,severity,numbness_tingling,comment\n");
    String[] monitors = {"at_eye_level", "laptop_only", "below_eye_level"};
    for (int i = 0; i < 40; i++) {
      String id = "resp-7f3a9c-" + (1000 + i);
      String dept = i < 20 ? "finance" : "operations";
      String note = "NOTE-SECRET-" + i;
      secrets.add(id);
      secrets.add(note);
      surveys
          .append(
              String.join(
                  ",",
                  id,
                  "2026-10-01",
                  dept,
                  String.valueOf(3 + i % 7),
                  monitors[i % 3],
                  i % 2 == 0 ? "yes" : "no",
                  "hourly",
                  note))
          .append('\n');
      if (i % 3 == 0) {
        String rep = "rpt-91c2-" + (5000 + i);
        secrets.add(rep);
        reports
            .append(
                String.join(
                    ",",
                    rep,
                    id,
                    "2026-10-0" + (1 + i % 9),
                    "neck",
                    String.valueOf(1 + i % 10),
                    "false",
                    "COMMENT-SECRET-" + i))
            .append('\n');
        secrets.add("COMMENT-SECRET-" + i);
      }
    }
    reports.append("rpt-91c2-9999,resp-7f3a9c-1000,2026-10-02,nose,5,false,COMMENT-SECRET-X\n");
    Files2.write(in.resolve("workstation_survey.csv"), surveys.toString());
    Files2.write(in.resolve("discomfort_reports.csv"), reports.toString());
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

    Path report = out.resolve("month=2026-10");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(report)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.size() >= 6, files.toString());
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String s : secrets) {
        assertFalse(text.contains(s), s + " found in " + f);
      }
      assertFalse(
          text.contains("COMMENT-SECRET-X") || text.contains("rpt-91c2-9999"), f.toString());
    }
    for (String table : List.of("factor_effects", "department_summary")) {
      Dataset<Row> df = SparkTestSession.get().read().parquet(report.resolve(table).toString());
      for (Row r : df.collectAsList()) {
        String row = r.toString();
        for (String s : secrets) {
          assertFalse(row.contains(s), s + " in " + table);
        }
      }
    }
    String rejects = Files.readString(out.resolve("restricted/month=2026-10/rejects/rejects.csv"));
    assertTrue(rejects.contains("COMMENT-SECRET-X"), "the data owner still sees the raw row");
  }
}
