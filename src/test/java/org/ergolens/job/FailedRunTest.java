package org.ergolens.job;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ergolens.ErgoLensException;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.FailingFileSystem;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.ergolens.testing.TestInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose output disk fails while the report is written (the rejects being written beside it)
 * stops with exit code 4 and one line, and publishes nothing: neither the report nor the restricted
 * rejects, and no staging directory is left. The same input on a sound disk publishes both.
 */
class FailedRunTest {
  @TempDir Path dir;
  Path in;

  @BeforeEach
  void input() {
    in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER
            + "\n"
            + surveys("a", "fin", 12)
            + "bad id,2026-10-01,fin,3,at_eye_level,yes,hourly,,,,\n");
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER
            + "\n"
            + report("r1", "a1", "2026-10-02", "neck")
            + "\n"
            + report("r2", "nobody", "2026-10-03", "neck")
            + "\n");
  }

  @AfterEach
  void soundDisk() {
    FailingFileSystem.install(SparkTestSession.get(), "");
  }

  private CliRun run(Path out) {
    return CliRun.run(
        "monthly",
        "--input",
        in.toString(),
        "--out",
        FailingFileSystem.uri(out),
        "--month",
        "2026-10",
        "--config",
        TestInputs.lenientConfig(dir).toString());
  }

  @Test
  void aDiskFailureWhileTheReportIsWrittenPublishesNothing() throws IOException {
    FailingFileSystem.install(SparkTestSession.get(), "dashboard.html");
    Path out = dir.resolve("out");
    CliRun failed = run(out);
    assertEquals(ErgoLensException.EXIT_OUTPUT, failed.exitCode(), failed.err());
    assertEquals(1, failed.err().strip().lines().count(), "one line: " + failed.err());
    assertTrue(failed.err().contains("Cannot write the report for 2026-10 under"), failed.err());
    assertTrue(failed.err().contains("No space left on device"), failed.err());
    assertFalse(Files.exists(out.resolve("month=2026-10")), "no report");
    assertFalse(Files.exists(out.resolve("restricted/month=2026-10")), "no rejects published");
    assertEquals(List.of(), hidden(out), "no staging directory left");
    assertEquals(List.of(), hidden(out.resolve("restricted")), "no staging directory left");

    FailingFileSystem.install(SparkTestSession.get(), "");
    CliRun ok = run(out);
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(Files.exists(out.resolve("month=2026-10/_SUCCESS")));
    List<String> rejects =
        Files.readAllLines(out.resolve("restricted/month=2026-10/rejects/rejects.csv"));
    assertEquals(3, rejects.size(), "header, the bad survey row, the unmatched report");
    assertTrue(Files.exists(out.resolve("restricted/month=2026-10/_SUCCESS")));
  }

  private static List<String> hidden(Path d) throws IOException {
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }
}
