package org.ergolens.cli;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the job cannot use stops it with exit code 2, one line, and nothing written. */
class InputErrorsTest {
  @TempDir Path dir;

  private Path validReports(Path in) {
    return Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("r1", "a1", "2026-10-02", "neck") + "\n");
  }

  private static void assertOneLine(CliRun run) {
    assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
  }

  @Test
  void aMissingRequiredColumnStopsWithExitTwoAndWritesNothing() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER.replace(",monitor_position", "") + "\na1,2026-10-01,fin,3,yes,hourly,,,,\n");
    validReports(in);
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("monthly", "--input", in.toString(), "--out", out.toString());
    assertEquals(2, run.exitCode());
    assertOneLine(run);
    assertTrue(run.err().contains("workstation_survey.csv"), run.err());
    assertTrue(run.err().contains("'monitor_position'"), run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void aMissingDatasetStopsWithExitTwo() {
    Path in = dir.resolve("in");
    validReports(in);
    CliRun run =
        CliRun.run("monthly", "--input", in.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode());
    assertOneLine(run);
    assertTrue(run.err().contains("no workstation_survey dataset"), run.err());
  }

  @Test
  void aBadMonthIsAUsageError() {
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--month",
            "2026-13");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("use the form YYYY-MM"), run.err());
  }

  @Test
  void aMinimumGroupSizeBelowThreeIsRefused() {
    Path config = Files2.write(dir.resolve("c.json"), "{\"min_group_size\": 2}");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--config",
            config.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("min_group_size = 2"), run.err());
  }

  @Test
  void tooManyRejectsStopWithExitThreeAndWriteOnlyRejectsAndManifest() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER
            + "\n"
            + surveys("a", "fin", 10)
            + "bad id,2026-10-01,fin,3,at_eye_level,yes,hourly,,,,\n");
    validReports(in);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly", "--input", in.toString(), "--out", out.toString(), "--month", "2026-10");
    assertEquals(3, run.exitCode(), run.err());
    assertOneLine(run);
    assertTrue(run.err().contains("1 of 11 workstation_survey rows"), run.err());
    assertFalse(Files.exists(out.resolve("month=2026-10")), "no report");
    assertTrue(Files.exists(out.resolve("restricted/month=2026-10/rejects/rejects.csv")));
    assertTrue(Files.exists(out.resolve("restricted/month=2026-10/manifest.json")));
  }

  @Test
  void anOutputInsideTheInputIsRefused() {
    Path in = dir.resolve("in");
    validReports(in);
    CliRun run =
        CliRun.run("monthly", "--input", in.toString(), "--out", in.resolve("out").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("inside the input directory"), run.err());
  }
}
