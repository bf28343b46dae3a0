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
import org.ergolens.report.MonthDirectory;
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
 * A run whose output cannot be written stops with exit code 4 and one line that names the output,
 * and publishes nothing: neither the report nor the restricted rejects, and no staging directory is
 * left. That holds while the report is written (the rejects being written beside it), when the
 * output directory cannot be created, when the output's file system is unavailable, and on the way
 * out of a month with too many rejects. The same input on a sound disk publishes both.
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
    return run(FailingFileSystem.uri(out), TestInputs.lenientConfig(dir).toString());
  }

  private CliRun run(String out, String config) {
    return CliRun.run(
        "monthly",
        "--input",
        in.toString(),
        "--out",
        out,
        "--month",
        "2026-10",
        "--config",
        config);
  }

  /** The default configuration: the input's one bad survey row in 13 is over 5%. */
  private String strictConfig() {
    return Files2.write(dir.resolve("strict.json"), "{}").toString();
  }

  @Test
  void anOutputDirectoryThatCannotBeCreatedIsExitFour() throws IOException {
    Path blocker = Files2.write(dir.resolve("blocker"), "a file where a directory should be");
    Path out = blocker.resolve("out");
    CliRun failed = run(out.toString(), TestInputs.lenientConfig(dir).toString());
    assertEquals(ErgoLensException.EXIT_OUTPUT, failed.exitCode(), failed.err());
    assertEquals(1, failed.err().strip().lines().count(), "one line: " + failed.err());
    assertTrue(
        failed.err().startsWith("ergolens: Cannot write the report for 2026-10 under " + out),
        failed.err());
  }

  @Test
  void anUnavailableOutputFileSystemIsNamedAsTheOutput() {
    CliRun failed = run("nosuchfs://host/reports", TestInputs.lenientConfig(dir).toString());
    assertEquals(ErgoLensException.EXIT_OUTPUT, failed.exitCode(), failed.err());
    assertTrue(
        failed
            .err()
            .startsWith("ergolens: Cannot write to nosuchfs://host/reports: No FileSystem for"),
        failed.err());
    assertTrue(failed.err().strip().endsWith("; nothing was written."), failed.err());
    assertFalse(failed.err().contains("Cannot read"), "the input is fine: " + failed.err());
  }

  @Test
  void tooManyRejectsStillWritesThemAndTheManifest() throws IOException {
    Path out = dir.resolve("out");
    CliRun rejected = run(out.toString(), strictConfig());
    assertEquals(ErgoLensException.EXIT_REJECT_RATIO, rejected.exitCode(), rejected.err());
    assertFalse(Files.exists(out.resolve("month=2026-10")), "no report");
    assertTrue(Files.exists(out.resolve("restricted/month=2026-10/_SUCCESS")));
    assertTrue(Files.exists(out.resolve("restricted/month=2026-10/manifest.json")));
    assertTrue(Files.exists(out.resolve("restricted/month=2026-10/rejects/rejects.csv")));
  }

  @Test
  void aDiskFailureOnTheWayOutOfTooManyRejectsIsExitFourAndLeavesNothing() throws IOException {
    // The manifest is written into the staging directory; the marker publishes the directory.
    for (String refused : List.of("manifest.json", MonthDirectory.SUCCESS_MARKER)) {
      FailingFileSystem.install(SparkTestSession.get(), refused);
      Path out = dir.resolve("out-" + refused);
      CliRun failed = run(FailingFileSystem.uri(out), strictConfig());
      assertEquals(ErgoLensException.EXIT_OUTPUT, failed.exitCode(), refused + ": " + failed.err());
      assertEquals(1, failed.err().strip().lines().count(), "one line: " + failed.err());
      assertTrue(failed.err().contains("No space left on device"), failed.err());
      assertFalse(
          Files.exists(out.resolve("restricted/month=2026-10/_SUCCESS")), "nothing published");
      assertEquals(List.of(), hidden(out.resolve("restricted")), "no staging directory left");
    }
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
