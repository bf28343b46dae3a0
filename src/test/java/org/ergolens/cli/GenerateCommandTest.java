package org.ergolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new GenerateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void writesTheFilesAndReturnsZero() throws Exception {
    int code =
        run(
            "--out",
            dir.toString(),
            "--respondents",
            "300",
            "--months",
            "3",
            "--format",
            "jsonl",
            "--seed",
            "7",
            "--end-month",
            "2026-06",
            "--inject-bad-rows",
            "--plant-intervention",
            "com-fs:monitor_position:laptop_only:2026-05");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().startsWith("Wrote 300 respondents"), out.toString());
    for (String f :
        new String[] {
          "departments.csv",
          "workstation_survey.jsonl",
          "discomfort_reports.jsonl",
          "planted-model.json",
          "planted-model.md",
          "expected-rejects.json"
        }) {
      assertTrue(Files.exists(dir.resolve(f)), f);
    }
    assertTrue(
        Files.readString(dir.resolve("planted-model.json"))
            .contains("\"department\" : \"com-fs\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--format xml",
        "--end-month 2026-13",
        "--respondents ten",
        "--respondents 10",
        "--months 0",
        "--format parquet --inject-bad-rows",
        "--report-intensity 0",
        "--plant-intervention com-fs:monitor_position:laptop_only",
        "--plant-intervention nowhere:monitor_position:laptop_only:2026-05",
        "--frobnicate"
      })
  void badArgumentsGiveOneLineAndExitCodeTwo(String bad) {
    String[] args = (("--out " + dir + " ") + bad).split(" ");
    assertEquals(2, run(args));
    String message = err.toString();
    assertTrue(message.startsWith("generate: "), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test
  void missingOutIsOneLineError() {
    assertEquals(2, run("--respondents", "300"));
    assertEquals(
        "generate: Cannot generate: missing required option --out DIR", err.toString().trim());
  }

  @Test
  void unwritableOutputIsOneLineErrorWithExitCodeOne() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    assertEquals(1, run("--out", file.toString(), "--respondents", "300"));
    assertTrue(err.toString().startsWith("generate: Cannot write to " + file), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }

  @Test
  void helpDescribesEveryOption() {
    assertEquals(0, run("--help"));
    for (String option :
        new String[] {
          "--out",
          "--seed",
          "--respondents",
          "--end-month",
          "--months",
          "--format",
          "--inject-bad-rows",
          "--plant-intervention",
          "--report-intensity"
        }) {
      assertTrue(out.toString().contains(option), option);
    }
  }
}
