package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A range of months is backfilled in one run, one complete output per month. */
class BackfillTest {
  @TempDir Path dir;

  @Test
  void aRangeWritesEveryMonthAndSaysWhichHadNoReports() throws Exception {
    Path in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(4).withRespondents(600)).generate(in);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--month",
            "2025-10..2025-12");
    assertEquals(0, run.exitCode(), run.err());
    for (String m : new String[] {"2025-10", "2025-11", "2025-12"}) {
      assertTrue(Files.exists(out.resolve("month=" + m + "/_SUCCESS")), m);
      assertTrue(Files.exists(out.resolve("restricted/month=" + m + "/rejects/rejects.csv")), m);
    }
    assertTrue(
        run.out().contains("Report for 2025-10 written to")
            && run.out().contains("(no discomfort reports in this month: zero cases)"),
        run.out());
    assertEquals(3, run.out().lines().count(), run.out());
    String zeroCases =
        Files2.readCsv(out.resolve("month=2025-10/department_summary.csv")).stream()
            .map(r -> r.get("cases_any_region"))
            .filter(v -> !v.isEmpty())
            .distinct()
            .reduce("", String::concat);
    assertEquals("0", zeroCases, "the month without reports shows zero cases");
  }

  @Test
  void aBackwardRangeIsAUsageError() {
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--month",
            "2026-10..2026-01");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("must not be after the last"), run.err());
  }
}
