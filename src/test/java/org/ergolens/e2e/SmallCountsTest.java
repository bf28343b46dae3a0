package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample organisation with {@code min_cell_count} 5: no published count of cases or red flags
 * lies from 1 to 4 in any table, the withheld ones say why, and the run still passes the job's own
 * disclosure check (it would refuse to publish otherwise).
 */
class SmallCountsTest {
  private static final int M = 5;

  @TempDir static Path dir;
  static CliRun run;
  static Path month;

  @BeforeAll
  static void runTheSampleWithSmallCountsWithheld() throws Exception {
    String sample = Files.readString(Path.of("jobs/sample-org.json"));
    Path config =
        Files2.write(
            dir.resolve("small-counts.json"),
            sample.replace("\"min_cell_count\": 0", "\"min_cell_count\": " + M));
    assertTrue(Files.readString(config).contains("\"min_cell_count\": " + M), "config edited");
    Path out = dir.resolve("out");
    run =
        CliRun.run(
            "monthly",
            "--input",
            "sample-data",
            "--out",
            out.toString(),
            "--config",
            config.toString(),
            "--month",
            "2026-10");
    month = out.resolve("month=2026-10");
  }

  @Test
  void theReportIsPublished() {
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(month.resolve("_SUCCESS")));
  }

  @Test
  void noPublishedCountOfCasesOrRedFlagsIsSmall() {
    List<Long> shown = new ArrayList<>();
    int smallWithheld = 0;
    for (String table : List.of("department_summary", "factor_effects")) {
      List<Row> rows =
          SparkTestSession.get().read().parquet(month.resolve(table).toString()).collectAsList();
      assertTrue(!rows.isEmpty(), table);
      for (Row row : rows) {
        for (String column : row.schema().fieldNames()) {
          boolean count =
              column.startsWith("cases_")
                  || column.equals("red_flags")
                  || column.equals("cases_exposed")
                  || column.equals("cases_reference");
          if (count && !row.isNullAt(row.fieldIndex(column))) {
            long v = ((Number) row.getAs(column)).longValue();
            shown.add(v);
            assertTrue(v == 0 || v >= M, table + "." + column + " = " + v + " in " + row);
          }
        }
        String reasons = row.getAs("suppression_reason");
        if (reasons != null && reasons.contains("small_count")) {
          smallWithheld++;
        }
      }
    }
    assertTrue(shown.size() > 100, "many counts are still shown: " + shown.size());
    assertTrue(smallWithheld > 0, "some rows are withheld for small counts");
  }
}
