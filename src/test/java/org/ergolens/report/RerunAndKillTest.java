package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month's output is replaced whole: a re-run with the same input gives the same bytes, and a run
 * killed while it writes leaves the previous output intact; the next run succeeds.
 */
class RerunAndKillTest {
  @TempDir static Path dir;
  static Path in;
  static Path out;

  @BeforeAll
  static void firstRun() throws Exception {
    in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(9).withRespondents(800)).generate(in);
    out = dir.resolve("out");
    assertEquals(0, monthly().exitCode());
  }

  static CliRun monthly() {
    return CliRun.run(
        "monthly", "--input", in.toString(), "--out", out.toString(), "--month", "2026-10");
  }

  static Path month() {
    return out.resolve("month=2026-10");
  }

  @Test
  void aRerunGivesTheSameBytes() throws Exception {
    List<String> files =
        List.of("factor_effects.csv", "department_summary.csv", "report.json", "dashboard.html");
    List<byte[]> before = new ArrayList<>();
    for (String f : files) {
      before.add(Files.readAllBytes(month().resolve(f)));
    }
    assertEquals(0, monthly().exitCode());
    for (int i = 0; i < files.size(); i++) {
      assertArrayEquals(
          before.get(i),
          Files.readAllBytes(month().resolve(files.get(i))),
          files.get(i) + " is byte-identical after a re-run");
    }
  }

  @Test
  void aRunKilledWhileWritingLeavesThePreviousOutputIntact() throws Exception {
    byte[] report = Files.readAllBytes(month().resolve("report.json"));
    for (int delayMs : new int[] {0, 400, 1200}) {
      Process p = childRun();
      try {
        waitForStaging(p);
        Thread.sleep(delayMs);
      } finally {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      assertTrue(
          Files.exists(month().resolve(MonthDirectory.SUCCESS_MARKER)),
          "the previous output is still complete after a kill at +" + delayMs + " ms");
      assertArrayEquals(report, Files.readAllBytes(month().resolve("report.json")));
      try (Stream<Path> s = Files.list(out)) {
        assertTrue(
            s.filter(x -> x.getFileName().toString().startsWith("month="))
                .allMatch(x -> Files.exists(x.resolve(MonthDirectory.SUCCESS_MARKER))),
            "every month directory is complete");
      }
    }
    assertEquals(0, monthly().exitCode(), "the next run succeeds");
    try (Stream<Path> s = Files.list(out)) {
      assertTrue(
          s.noneMatch(x -> x.getFileName().toString().startsWith(".staging-")),
          "the next run tidies what the killed ones left");
    }
  }

  /** The same monthly run in a child JVM, so that it can be killed. */
  private static Process childRun() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    cmd.addAll(List.of(System.getProperty("ergolens.test.jvmOpens", "").split(" ")));
    cmd.removeIf(String::isBlank);
    cmd.addAll(
        List.of(
            "-Dspark.master=local[2]",
            "-Dspark.driver.host=127.0.0.1",
            "-cp",
            System.getProperty("java.class.path"),
            "org.ergolens.cli.ErgoLensCli",
            "monthly",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--month",
            "2026-10"));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private static void waitForStaging(Process p) throws Exception {
    // A guard against a hung child, not a timing check: a loaded machine may take minutes.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline && p.isAlive()) {
      try (Stream<Path> s = Files.list(out)) {
        if (s.anyMatch(x -> x.getFileName().toString().startsWith(".staging-month="))) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "the child run never started writing: " + Files.readString(dir.resolve("child.log")));
  }
}
