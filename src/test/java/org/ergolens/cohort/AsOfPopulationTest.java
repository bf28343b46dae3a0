package org.ergolens.cohort;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.Ingestion;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The as-of rule of contract section 2: each respondent's latest accepted answer dated in the 12
 * calendar months ending with the month (2025-11-01 … 2026-10-31 for 2026-10); same-date ties go to
 * the row later in the input, files in name order.
 */
class AsOfPopulationTest {
  @TempDir static Path dir;
  static Map<String, String> departmentOf;

  @BeforeAll
  static void buildPopulation() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey/part-0001.csv"),
        SURVEY_HEADER
            + "\n"
            + survey("first-day", "2025-11-01", "in-window", "3", "at_eye_level")
            + "\n"
            + survey("day-before", "2025-10-31", "too-old", "3", "at_eye_level")
            + "\n"
            + survey("last-day", "2026-10-31", "in-window", "3", "at_eye_level")
            + "\n"
            + survey("next-month", "2026-11-01", "too-new", "3", "at_eye_level")
            + "\n"
            + survey("latest", "2026-01-10", "older-answer", "3", "at_eye_level")
            + "\n"
            + survey("latest", "2026-06-10", "newer-answer", "3", "at_eye_level")
            + "\n"
            + survey("latest", "2026-11-10", "future-answer", "3", "at_eye_level")
            + "\n"
            + survey("tie-in-file", "2026-05-05", "first-row", "3", "at_eye_level")
            + "\n"
            + survey("tie-in-file", "2026-05-05", "second-row", "3", "at_eye_level")
            + "\n"
            + survey("tie-across", "2026-05-05", "in-part-0001", "3", "at_eye_level")
            + "\n");
    Files2.write(
        in.resolve("workstation_survey/part-0000.csv"),
        SURVEY_HEADER
            + "\n"
            + survey("tie-across", "2026-05-05", "in-part-0000", "3", "at_eye_level")
            + "\n"
            + survey("bad-later", "2026-05-05", "valid-row", "3", "at_eye_level")
            + "\n"
            + survey("bad-later", "2026-05-06", "rejected-row", "3", "sideways")
            + "\n");
    Files2.write(in.resolve("discomfort_reports.csv"), REPORT_HEADER + "\n");
    var spark = SparkTestSession.get();
    var data = new Ingestion(spark, in.toString()).checkInputs().read();
    var series =
        new MonthlySeries(YearMonth.of(2026, 10), YearMonth.of(2026, 10), JobConfig.defaults());
    departmentOf = new TreeMap<>();
    for (Row r :
        series.population(data.get(DatasetSpec.WORKSTATION_SURVEY).accepted()).collectAsList()) {
      departmentOf.put(
          r.getString(r.fieldIndex("respondent_id")), r.getString(r.fieldIndex("department")));
    }
  }

  @Test
  void theLookbackWindowIncludesItsFirstAndLastDayOnly() {
    assertEquals("in-window", departmentOf.get("first-day"));
    assertEquals("in-window", departmentOf.get("last-day"));
    assertEquals(null, departmentOf.get("day-before"));
    assertEquals(null, departmentOf.get("next-month"));
  }

  @Test
  void theLatestAnswerInTheWindowWins() {
    assertEquals("newer-answer", departmentOf.get("latest"));
  }

  @Test
  void sameDateTiesGoToTheLaterRowAndTheLaterFile() {
    assertEquals("second-row", departmentOf.get("tie-in-file"));
    assertEquals(
        "in-part-0001",
        departmentOf.get("tie-across"),
        "part-0001.csv comes after part-0000.csv in name order");
  }

  @Test
  void rejectedAnswersNeverCount() {
    assertEquals("valid-row", departmentOf.get("bad-later"));
  }

  @Test
  void everyoneElseIsInThePopulationOnce() {
    assertEquals(6, departmentOf.size(), departmentOf.toString());
  }
}
