package org.ergolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ergolens.job.SparkSessions;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/submit} builds the spark-submit command line: ours first, then the user's, then the
 * jar and the ergolens command; a setting the user gave anywhere is never passed by us. A stand-in
 * spark-submit ({@code SPARK_SUBMIT}) prints the arguments it gets, one per line.
 */
class SubmitScriptTest {
  static final Path SUBMIT = Path.of("jobs/submit").toAbsolutePath();
  static final String APP_JAR = "/opt/ergolens/ergolens-app.jar";

  @TempDir Path dir;
  Path confDir;
  Path config;

  @BeforeEach
  void standIns() throws IOException {
    Path fake =
        Files2.write(
            dir.resolve("spark-submit"),
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    assertTrue(fake.toFile().setExecutable(true));
    confDir = Files.createDirectories(dir.resolve("spark-conf"));
    config = Files2.write(dir.resolve("conf/job.json"), "{\"min_group_size\": 5}");
  }

  @Test
  void oursComeFirstThenTheUsersThenTheJarAndTheCommand() {
    List<String> args =
        submit(
            "--master",
            "spark://head:7077",
            "monthly",
            "--input",
            "hdfs:///in",
            "--out",
            "hdfs:///out");
    assertEquals(List.of("--class", "org.ergolens.cli.ErgoLensCli"), args.subList(0, 2));
    int ourShuffle =
        args.indexOf("spark.sql.shuffle.partitions=" + SparkSessions.CLUSTER_SHUFFLE_PARTITIONS);
    assertTrue(ourShuffle > 0, "the same default as the code's: " + args);
    assertTrue(args.indexOf("--master") > ourShuffle, "the user's options come after ours");
    assertEquals(
        List.of(APP_JAR, "monthly", "--input", "hdfs:///in", "--out", "hdfs:///out"),
        args.subList(args.size() - 6, args.size()));
    assertTrue(args.contains("spark.sql.adaptive.enabled=true"), args.toString());
    assertTrue(
        args.stream()
            .anyMatch(
                a ->
                    a.startsWith("spark.executor.extraJavaOptions=")
                        && a.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")),
        args.toString());
  }

  @Test
  void noMasterIsPassedUnlessTheUserGivesOne() {
    List<String> args = submit("monthly", "--input", "in", "--out", "out");
    assertFalse(args.contains("--master"), args.toString());
    assertTrue(args.stream().noneMatch(a -> a.startsWith("spark.master")), args.toString());
  }

  @Test
  void aSettingTheUserGaveIsLeftOutOfOurs() {
    List<String> args =
        submit(
            "--conf",
            "spark.sql.shuffle.partitions=3",
            "--driver-java-options",
            "-Xss4m",
            "--name=Mine",
            "--class",
            "my.Main",
            "monthly",
            "--input",
            "in",
            "--out",
            "out");
    assertEquals(
        1,
        args.stream().filter(a -> a.startsWith("spark.sql.shuffle.partitions=")).count(),
        args.toString());
    assertTrue(args.contains("spark.sql.shuffle.partitions=3"));
    assertTrue(
        args.stream().noneMatch(a -> a.startsWith("spark.driver.extraJavaOptions=")),
        "--driver-java-options sets spark.driver.extraJavaOptions: " + args);
    assertTrue(args.stream().noneMatch(a -> a.startsWith("spark.app.name=")), args.toString());
    assertFalse(args.contains("org.ergolens.cli.ErgoLensCli"), args.toString());
    assertTrue(
        args.stream().anyMatch(a -> a.startsWith("spark.executor.extraJavaOptions=")),
        "what the user did not set is still passed: " + args);
  }

  @Test
  void settingsOfTheClustersSparkDefaultsAndAPropertiesFileAreTheUsers() {
    Files2.write(
        confDir.resolve("spark-defaults.conf"),
        "# cluster-wide\nspark.sql.adaptive.enabled   false\n");
    Path props = Files2.write(dir.resolve("my.properties"), "spark.sql.shuffle.partitions=500\n");
    List<String> args = submit("--properties-file", props.toString(), "monthly", "--input", "in");
    assertTrue(
        args.stream().noneMatch(a -> a.startsWith("spark.sql.adaptive.enabled=")),
        "spark-defaults.conf sets it: " + args);
    assertTrue(
        args.stream().noneMatch(a -> a.startsWith("spark.sql.shuffle.partitions=")),
        "the properties file sets it: " + args);
  }

  @Test
  void aLocalJobConfigIsShippedAndTheClusterDriverReadsTheShippedCopy() {
    List<String> client = submit("monthly", "--config", config.toString(), "--input", "in");
    assertEquals(config.toString(), client.get(client.indexOf("--files") + 1));
    assertEquals(
        config.toString(),
        client.get(client.lastIndexOf("--config") + 1),
        "in client mode the driver is here and reads the file itself");

    List<String> cluster =
        submit(
            "--deploy-mode",
            "cluster",
            "--files",
            "lookup.csv",
            "monthly",
            "--config=file:" + config,
            "--input",
            "in");
    assertEquals(
        "lookup.csv," + config,
        cluster.get(cluster.indexOf("--files") + 1),
        "added to the user's own --files, since spark-submit keeps one");
    assertEquals(1, cluster.stream().filter("--files"::equals).count());
    assertTrue(cluster.contains("--config=job.json"), cluster.toString());
  }

  @Test
  void aConfigUriIsPassedAsItIs() {
    List<String> args =
        submit(
            "--deploy-mode",
            "cluster",
            "monthly",
            "--config",
            "s3a://lake/ergolens/job.json",
            "--input",
            "in");
    assertFalse(args.contains("--files"), args.toString());
    assertTrue(args.contains("s3a://lake/ergolens/job.json"), args.toString());
  }

  @Test
  void withASparkClasspathThisJvmIsTheDriverAndGetsTheDriversOptions() throws IOException {
    // A stand-in 'java' first on the PATH prints what it would run.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.copy(dir.resolve("spark-submit"), bin.resolve("java"));
    assertTrue(bin.resolve("java").toFile().setExecutable(true));
    Result r =
        run(
            List.of(
                "--driver-memory",
                "768m",
                "--driver-java-options",
                "-Xss4m",
                "monthly",
                "--input",
                "in"),
            Map.of(
                "SPARK_SUBMIT",
                "",
                "ERGOLENS_SPARK_CLASSPATH",
                "/opt/spark/jars/*",
                "PATH",
                bin + ":" + System.getenv("PATH")));
    assertEquals(0, r.exitCode(), r.err());
    List<String> args = r.out().lines().toList();
    int main = args.indexOf("org.apache.spark.deploy.SparkSubmit");
    assertEquals("/opt/spark/jars/*", args.get(main - 1));
    List<String> jvm = args.subList(0, main - 2);
    assertTrue(jvm.contains("-Xmx768m") && jvm.contains("-Xss4m"), jvm.toString());
    assertTrue(jvm.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), jvm.toString());
    assertEquals(
        List.of("--class", "org.ergolens.cli.ErgoLensCli"), args.subList(main + 1, main + 3));
  }

  @Test
  void withoutACommandItSaysWhatIsMissing() {
    Result r = run(List.of("--master", "yarn"));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("jobs/submit: give an ergolens command"), r.err());
  }

  private List<String> submit(String... args) {
    Result r = run(List.of(args));
    assertEquals(0, r.exitCode(), r.err());
    return r.out().lines().toList();
  }

  private record Result(int exitCode, String out, String err) {}

  private Result run(List<String> args) {
    return run(args, Map.of());
  }

  private Result run(List<String> args, Map<String, String> extraEnv) {
    List<String> command = new ArrayList<>(List.of("bash", SUBMIT.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.remove("SPARK_HOME");
    env.remove("ERGOLENS_SPARK_CLASSPATH");
    env.put("SPARK_SUBMIT", dir.resolve("spark-submit").toString());
    env.put("SPARK_CONF_DIR", confDir.toString());
    env.put("ERGOLENS_APP_JAR", APP_JAR);
    extraEnv.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            env.remove(k);
          } else {
            env.put(k, v);
          }
        });
    try {
      Path out = dir.resolve("stdout");
      Path err = dir.resolve("stderr");
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "jobs/submit finishes");
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
