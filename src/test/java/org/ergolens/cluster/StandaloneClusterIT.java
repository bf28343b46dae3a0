package org.ergolens.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.ChildProcesses;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.SparkStandalone;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The monthly job as a real Spark application: a standalone master and a one-core worker on
 * 127.0.0.1 (child JVMs from the Maven-resolved Spark jars), the application jar submitted with
 * {@code jobs/submit} in the {@code java ... SparkSubmit} form, input and output as {@code file:}
 * URIs. Its report must be the embedded run's, byte for byte, on the same generated organisation;
 * Spark must have run it with the user's settings over ours. Every process is stopped at the end,
 * whatever happened (and by a shutdown hook if this JVM dies first).
 *
 * <p>Work files and logs stay in {@code target/cluster-it/} for a look after a failure.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StandaloneClusterIT {
  static final Path ROOT = Path.of(System.getProperty("ergolens.root", "")).toAbsolutePath();
  static final Path WORK = ROOT.resolve("target/cluster-it");
  static final List<String> SAME_BYTES =
      List.of("department_summary.csv", "factor_effects.csv", "report.json", "dashboard.html");

  static SparkStandalone cluster;
  static Path input;
  static Path embedded;
  static Path submitted;
  static Path events;
  static int submitExit;
  static String submitLog;
  static final Map<String, Long> SECONDS = new HashMap<>();

  @BeforeAll
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  static void runEmbeddedAndOnTheCluster() throws Exception {
    long t0 = System.nanoTime();
    Files.createDirectories(WORK);
    input = WORK.resolve("in");
    new Generator(GeneratorSpec.defaults().withSeed(11).withRespondents(1500)).generate(input);
    cluster =
        SparkStandalone.start(
            WORK.resolve("spark-home"),
            path("ergolens.classpathFile"),
            path("ergolens.appJar"),
            ROOT.resolve("jobs/log4j2.properties"));
    try {
      // The embedded run uses the test JVM's cores while the daemons start.
      embedded = WORK.resolve("out-embedded");
      clean(embedded);
      CliRun run =
          CliRun.run(
              "monthly",
              "--input",
              input.toString(),
              "--out",
              embedded.toString(),
              "--month",
              "2026-10",
              "--config",
              config());
      assertEquals(0, run.exitCode(), run.err());
      SECONDS.put("embedded run", lap(t0));
      cluster.awaitReady();
      SECONDS.put("cluster ready", lap(t0));
      submit();
      SECONDS.put("submitted run", lap(t0));
    } catch (Throwable t) {
      stopCluster();
      throw t;
    }
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
      assertFalse(cluster.anyAlive(), "no master, worker or executor is left running");
      cluster = null;
    }
    System.out.println("StandaloneClusterIT seconds since start: " + SECONDS);
  }

  static void submit() throws IOException, InterruptedException {
    submitted = WORK.resolve("out-cluster");
    events = WORK.resolve("events");
    clean(submitted);
    clean(events);
    Files.createDirectories(events);
    Path log = WORK.resolve("submit.log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "bash",
                ROOT.resolve("jobs/submit").toString(),
                "--master",
                cluster.masterUrl(),
                // The user's settings: one replaces our default, the others are only the user's.
                "--conf",
                "spark.sql.shuffle.partitions=3",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.eventLog.enabled=true",
                "--conf",
                "spark.eventLog.dir=file:" + events,
                "--conf",
                "spark.eventLog.compress=false",
                "--driver-memory",
                "768m",
                "monthly",
                "--input",
                "file:" + input,
                "--out",
                "file:" + submitted,
                "--month",
                "2026-10",
                "--config",
                config()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    cluster.environment(pb.environment());
    pb.environment().remove("SPARK_SUBMIT");
    pb.environment().put("ERGOLENS_SPARK_CLASSPATH", cluster.sparkClasspath());
    pb.environment().put("ERGOLENS_APP_JAR", path("ergolens.appJar").toString());
    Process p = ChildProcesses.start(pb);
    try {
      boolean done = p.waitFor(4, TimeUnit.MINUTES);
      submitLog = SparkStandalone.tail(log, 60);
      submitExit = done ? p.exitValue() : -1;
    } finally {
      ChildProcesses.stop(p);
    }
  }

  @Test
  void theSubmittedRunSucceeds() {
    assertEquals(0, submitExit, "jobs/submit exit code\n" + submitLog + cluster.logs());
    assertTrue(Files.exists(submitted.resolve("month=2026-10/_SUCCESS")));
  }

  @Test
  void itRanAsAnApplicationOfTheStandaloneMaster() throws Exception {
    // The master moves the application to "completed" when the driver has gone: give it time.
    JsonNode apps = cluster.state().path("completedapps");
    for (int i = 0; i < 40 && apps.isEmpty(); i++) {
      Thread.sleep(250);
      apps = cluster.state().path("completedapps");
    }
    assertEquals(1, apps.size(), apps.toString());
    assertEquals("ErgoLens", apps.get(0).path("name").asText(), "our default app name");
    assertEquals("FINISHED", apps.get(0).path("state").asText());
  }

  @Test
  void theReportIsTheEmbeddedRunsByteForByte() throws IOException {
    assertEquals(0, submitExit, submitLog);
    for (String f : SAME_BYTES) {
      assertArrayEquals(
          Files.readAllBytes(embedded.resolve("month=2026-10").resolve(f)),
          Files.readAllBytes(submitted.resolve("month=2026-10").resolve(f)),
          f);
    }
  }

  @Test
  void theParquetTablesHoldTheSameRows() {
    assertEquals(0, submitExit, submitLog);
    SparkSession spark = SparkTestSession.get();
    for (String table : List.of("department_summary", "factor_effects")) {
      List<Row> a =
          spark
              .read()
              .parquet(embedded.resolve("month=2026-10/" + table).toString())
              .collectAsList();
      List<Row> b =
          spark
              .read()
              .parquet(submitted.resolve("month=2026-10/" + table).toString())
              .collectAsList();
      assertTrue(a.size() > 10, table + " has rows");
      assertEquals(a, b, table);
    }
  }

  @Test
  void theManifestsReconcileTheSameRows() throws IOException {
    assertEquals(0, submitExit, submitLog);
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(embedded.resolve("month=2026-10/manifest.json").toFile());
    JsonNode b = json.readTree(submitted.resolve("month=2026-10/manifest.json").toFile());
    // Run id, start time, timings and the output location are the run's own.
    for (String field : List.of("datasets", "inputs", "config", "status", "exit_code")) {
      assertEquals(a.get(field), b.get(field), field);
    }
  }

  @Test
  void sparkRanWithTheUsersSettingsOverOurs() throws IOException {
    assertEquals(0, submitExit, submitLog);
    Map<String, String> props = sparkProperties();
    assertEquals(cluster.masterUrl(), props.get("spark.master"), "the user's master");
    assertEquals(
        "3",
        props.get("spark.sql.shuffle.partitions"),
        "the user's --conf, not jobs/submit's 64 nor the code's default");
    assertEquals("true", props.get("spark.sql.adaptive.enabled"), "ours, not set by the user");
    assertEquals("ErgoLens", props.get("spark.app.name"));
    assertTrue(
        props
            .getOrDefault("spark.executor.extraJavaOptions", "")
            .contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"),
        props.toString());
    assertTrue(
        props.getOrDefault("spark.files", "").endsWith("/jobs/ergolens.json"),
        "the job config is shipped: " + props.get("spark.files"));
  }

  /**
   * The Spark properties the application ran with, from its event log (Spark 4 writes rolling logs:
   * a directory per application holding {@code events_<n>_<app>} files).
   */
  static Map<String, String> sparkProperties() throws IOException {
    Path log;
    try (Stream<Path> files = Files.walk(events)) {
      log =
          files
              .filter(f -> f.getFileName().toString().startsWith("events_1_"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no event log under " + events));
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(log)) {
      JsonNode event = json.readTree(line);
      if (event.path("Event").asText().equals("SparkListenerEnvironmentUpdate")) {
        Map<String, String> props = new HashMap<>();
        JsonNode p = event.get("Spark Properties");
        if (p.isArray()) {
          p.forEach(kv -> props.put(kv.get(0).asText(), kv.get(1).asText()));
        } else {
          p.fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
        }
        return props;
      }
    }
    throw new AssertionError("no environment in the event log " + log);
  }

  private static String config() {
    return ROOT.resolve("jobs/ergolens.json").toString();
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    assertTrue(value != null, property + " is set by the failsafe configuration in pom.xml");
    return Path.of(value);
  }

  private static long lap(long t0) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
  }

  private static void clean(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
