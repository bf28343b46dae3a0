package org.ergolens.cohort;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.Ingestion;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
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

  /**
   * Respondents per department in 2026-10's population: each answer has a department of its own.
   */
  static Map<String, Long> respondentsIn;

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
    YearMonth october = YearMonth.of(2026, 10);
    var series =
        new MonthlySeries(october, october, JobConfig.defaults())
            .collect(
                data.get(DatasetSpec.WORKSTATION_SURVEY).accepted(),
                data.get(DatasetSpec.DISCOMFORT_REPORTS).accepted(),
                EnumSet.allOf(Factor.class));
    respondentsIn = new TreeMap<>();
    for (CovariatePattern p : series.months().get(october).patterns()) {
      respondentsIn.merge(p.department(), p.respondents(), Long::sum);
    }
  }

  @Test
  void theLookbackWindowIncludesItsFirstAndLastDayOnly() {
    assertEquals(2L, respondentsIn.get("in-window"), "first-day and last-day");
    assertEquals(null, respondentsIn.get("too-old"), "day-before");
    assertEquals(null, respondentsIn.get("too-new"), "next-month");
  }

  @Test
  void theLatestAnswerInTheWindowWins() {
    assertEquals(1L, respondentsIn.get("newer-answer"));
    assertEquals(null, respondentsIn.get("older-answer"));
    assertEquals(null, respondentsIn.get("future-answer"));
  }

  @Test
  void sameDateTiesGoToTheLaterRowAndTheLaterFile() {
    assertEquals(1L, respondentsIn.get("second-row"));
    assertEquals(null, respondentsIn.get("first-row"));
    assertEquals(
        1L, respondentsIn.get("in-part-0001"), "part-0001.csv comes after part-0000.csv by name");
    assertEquals(null, respondentsIn.get("in-part-0000"));
  }

  @Test
  void rejectedAnswersNeverCount() {
    assertEquals(1L, respondentsIn.get("valid-row"));
    assertEquals(null, respondentsIn.get("rejected-row"));
  }

  @Test
  void everyoneElseIsInThePopulationOnce() {
    assertEquals(
        6L,
        respondentsIn.values().stream().mapToLong(Long::longValue).sum(),
        respondentsIn.toString());
  }
}
