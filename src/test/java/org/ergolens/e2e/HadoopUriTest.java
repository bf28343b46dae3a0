package org.ergolens.e2e;

import static org.ergolens.testing.TestInputs.DEPARTMENT_HEADER;
import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input, output and job config given as {@code file:} URIs, as on a cluster (where they would be
 * {@code hdfs:}, {@code s3a:} or {@code abfss:}): everything goes through Hadoop's FileSystem, and
 * the report is the same as with plain paths.
 */
class HadoopUriTest {
  @TempDir static Path dir;
  static Path in;
  static CliRun byUri;
  static CliRun byPath;

  @BeforeAll
  static void runBothWays() {
    in = dir.resolve("in");
    Files2.write(
        in.resolve("departments.csv"), DEPARTMENT_HEADER + "\nfin,Finance,\nops,Operations,\n");
    Files2.write(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER + "\n" + surveys("a", "fin", 12) + surveys("b", "ops", 12));
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER
            + "\n"
            + report("r1", "a1", "2026-10-02", "neck")
            + "\n"
            + report("r2", "a2", "2026-10-03", "neck")
            + "\n"
            + report("r3", "b4", "2026-10-04", "lower_back")
            + "\n");
    Path config = Files2.write(dir.resolve("conf dir/job.json"), "{\"min_group_size\": 5}");
    byUri =
        CliRun.run(
            "monthly",
            "--input",
            uri(in),
            "--out",
            uri(dir.resolve("out-uri")),
            "--config",
            uri(config),
            "--month",
            "2026-10");
    byPath =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            dir.resolve("out-path").toString(),
            "--config",
            config.toString(),
            "--month",
            "2026-10");
  }

  /**
   * A {@code file:} URI in Hadoop's path syntax, as a user passes one: characters such as the space
   * stay as they are (Hadoop does not decode {@code %20}).
   */
  static String uri(Path p) {
    return "file://" + p.toAbsolutePath();
  }

  @Test
  void theRunWithUrisPublishesTheMonth() {
    assertEquals(0, byUri.exitCode(), byUri.err());
    Path month = dir.resolve("out-uri/month=2026-10");
    assertTrue(Files.isRegularFile(month.resolve("_SUCCESS")), "the commit marker is written");
    assertTrue(Files.isRegularFile(dir.resolve("out-uri/restricted/month=2026-10/manifest.json")));
    assertEquals(
        List.of("month=2026-10", "restricted"),
        list(dir.resolve("out-uri")),
        "no staging or replaced directory is left beside the month");
  }

  @Test
  void theTablesAreTheSameAsWithPlainPaths() throws IOException {
    assertEquals(0, byPath.exitCode(), byPath.err());
    for (String f : List.of("department_summary.csv", "factor_effects.csv", "report.json")) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("out-path/month=2026-10").resolve(f)),
          Files.readAllBytes(dir.resolve("out-uri/month=2026-10").resolve(f)),
          f);
    }
  }

  @Test
  void theManifestNamesTheInputsAndConfigAsGiven() throws IOException {
    JsonNode manifest =
        new ObjectMapper().readTree(dir.resolve("out-uri/month=2026-10/manifest.json").toFile());
    String text = manifest.toString();
    assertTrue(text.contains(uri(dir.resolve("conf dir/job.json"))), text);
    assertTrue(text.contains("file:" + in.resolve("workstation_survey.csv")), text);
  }

  private static List<String> list(Path d) {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
