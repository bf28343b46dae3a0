package org.ergolens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid exports (byte flips, truncation, duplicated and swapped columns, shuffled lines)
 * with fixed seeds and checks the job's answer: a report whose counts reconcile, or exit 2 or 3
 * with one line and no report. Never a crash, never a half-written report.
 */
class MutationFuzzTest {
  private static final int RUNS = 10;
  @TempDir Path dir;

  @Test
  void everyMutatedExportEndsInAClearAnswer() throws Exception {
    Path clean = dir.resolve("clean");
    new Generator(GeneratorSpec.defaults().withSeed(5).withRespondents(300)).generate(clean);
    int[] outcomes = new int[4];
    for (int run = 0; run < RUNS; run++) {
      Random rnd = new Random(run);
      Path in = dir.resolve("in" + run);
      for (String f :
          List.of("workstation_survey.csv", "discomfort_reports.csv", "departments.csv")) {
        Files2.writeBytes(in.resolve(f), Files.readAllBytes(clean.resolve(f)));
      }
      String victim = rnd.nextBoolean() ? "workstation_survey.csv" : "discomfort_reports.csv";
      String how = mutate(in.resolve(victim), rnd, run % 5);
      Path out = dir.resolve("out" + run);
      CliRun r =
          CliRun.run(
              "monthly", "--input", in.toString(), "--out", out.toString(), "--month", "2026-10");
      String what = "run " + run + " (" + how + " " + victim + "): " + r.err();
      assertTrue(r.exitCode() == 0 || r.exitCode() == 2 || r.exitCode() == 3, what);
      Path month = out.resolve("month=2026-10");
      if (r.exitCode() == 0) {
        assertTrue(Files.exists(month.resolve("_SUCCESS")), what);
        JsonNode datasets =
            new ObjectMapper().readTree(month.resolve("manifest.json").toFile()).get("datasets");
        for (JsonNode d : datasets) {
          assertEquals(
              d.get("rows_read").asLong(),
              d.get("rows_accepted").asLong() + d.get("rows_rejected").asLong(),
              what);
        }
      } else {
        assertEquals(1, r.err().strip().lines().count(), what);
        assertFalse(Files.exists(month), "no report after a failure: " + what);
      }
      outcomes[r.exitCode()]++;
    }
    assertTrue(outcomes[0] > 0, "some mutations still give a report: " + Arrays.toString(outcomes));
  }

  /** Applies one kind of damage; returns its name. */
  private static String mutate(Path file, Random rnd, int kind) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    switch (kind) {
      case 0 -> {
        for (int i = 0; i < 1 + rnd.nextInt(20); i++) {
          bytes[rnd.nextInt(bytes.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        Files.write(file, bytes);
        return "byte flips in";
      }
      case 1 -> {
        Files.write(file, Arrays.copyOf(bytes, rnd.nextInt(bytes.length)));
        return "truncated";
      }
      default -> {
        List<String> lines =
            new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
        if (kind == 2) {
          Collections.shuffle(lines.subList(1, lines.size()), rnd);
        } else {
          int a = rnd.nextInt(4);
          int b = 4 + rnd.nextInt(3);
          for (int i = 0; i < lines.size(); i++) {
            List<String> f = new ArrayList<>(List.of(lines.get(i).split(",", -1)));
            if (kind == 3) {
              Collections.swap(f, a, b);
            } else {
              f.add(f.get(a));
            }
            lines.set(i, String.join(",", f));
          }
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
        return kind == 2
            ? "shuffled lines of"
            : kind == 3 ? "swapped columns of" : "duplicated a column of";
      }
    }
  }
}
