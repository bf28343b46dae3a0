package org.ergolens.job;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.ergolens.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A run embedded in a longer-lived session (an application's, or this suite's) leaves nothing in
 * its storage, whether it publishes a report or stops with too many rejects.
 */
class EmbeddedRunTest {
  @TempDir Path dir;

  private Path input(String extraSurveyRows) {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER + "\n" + surveys("a", "fin", 12) + surveys("b", "ops", 12) + extraSurveyRows);
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER
            + "\n"
            + report("r1", "a1", "2026-10-02", "neck")
            + "\n"
            + report("r1", "a2", "2026-10-02", "neck")
            + "\n"
            + report("r3", "nobody", "2026-10-03", "neck")
            + "\n");
    return in;
  }

  private static Set<Object> cachedRdds(SparkSession spark) {
    return Set.copyOf(
        CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs()).keySet());
  }

  private static CliRun monthly(Path in, Path out, String config) {
    return CliRun.run(
        "monthly",
        "--input",
        in.toString(),
        "--out",
        out.toString(),
        "--month",
        "2026-10",
        "--config",
        config,
        "--audit-counts");
  }

  @Test
  void aPublishedMonthLeavesTheSessionsStorageAsItFoundIt() {
    SparkSession spark = SparkTestSession.get();
    Set<Object> before = cachedRdds(spark);
    CliRun run = monthly(input(""), dir.resolve("out"), TestInputs.lenientConfig(dir).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(before, cachedRdds(spark), "the run released every dataset it cached");
    assertEquals(0, spark.sparkContext().getRDDStorageInfo().length - countOf(before, spark));
  }

  @Test
  void aMonthWithTooManyRejectsReleasesItsCacheToo() {
    SparkSession spark = SparkTestSession.get();
    Set<Object> before = cachedRdds(spark);
    String bad = "bad id,2026-10-01,fin,3,at_eye_level,yes,hourly,,,,\n".repeat(3);
    CliRun run =
        monthly(
            input(bad), dir.resolve("out"), Files2.write(dir.resolve("c.json"), "{}").toString());
    assertEquals(ErgoLensException.EXIT_REJECT_RATIO, run.exitCode(), run.err());
    assertEquals(before, cachedRdds(spark), "the run released every dataset it cached");
  }

  private static int countOf(Set<Object> ids, SparkSession spark) {
    int n = 0;
    for (var info : spark.sparkContext().getRDDStorageInfo()) {
      if (ids.contains(info.id())) {
        n++;
      }
    }
    return n;
  }
}
