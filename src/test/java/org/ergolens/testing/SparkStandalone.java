package org.ergolens.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and one worker with one core, started as
 * child JVMs from the Maven-resolved Spark jars, the way {@code sbin/start-master.sh} and {@code
 * sbin/start-worker.sh} start them. They run from a Spark installation assembled under {@code
 * home}: {@code jars/} (links to the jars of {@code target/classpath.txt}) and {@code conf/}. The
 * worker needs that layout: it builds its executors' classpath from {@code $SPARK_HOME/jars}.
 *
 * <p>The installation leaves out every jar whose classes the application jar bundles, relocated or
 * not, so a run proves that the application jar brings all it needs (the one jar a real Spark
 * distribution would still have is commons-math3, which our jar carries relocated).
 */
public final class SparkStandalone implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path home;
  private final int masterPort = freePort();
  private final int masterUiPort = freePort();
  private final Process master;
  private final Process worker;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private SparkStandalone(Path home) throws IOException {
    this.home = home;
    this.master =
        launch(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            HOST,
            "--port",
            String.valueOf(masterPort),
            "--webui-port",
            String.valueOf(masterUiPort));
    // The worker retries until the master listens, so both start at once.
    this.worker =
        launch(
            "worker",
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            HOST,
            "--port",
            String.valueOf(freePort()),
            "--webui-port",
            String.valueOf(freePort()),
            "--cores",
            "1",
            "--memory",
            "1g",
            "--work-dir",
            Files.createDirectories(home.resolve("work")).toString(),
            masterUrl());
  }

  /**
   * Assembles the installation under {@code home} (emptied first) and starts the master and the
   * worker without waiting for them; {@link #awaitReady()} waits.
   */
  public static SparkStandalone start(Path home, Path classpathFile, Path appJar, Path log4jConfig)
      throws IOException {
    assemble(home, classpathFile, appJar, log4jConfig);
    return new SparkStandalone(home);
  }

  /** {@code spark://127.0.0.1:<port>}. */
  public String masterUrl() {
    return "spark://" + HOST + ":" + masterPort;
  }

  /** A classpath of the installation's jars, for {@code java -cp}. */
  public String sparkClasspath() {
    return home.resolve("jars") + "/*";
  }

  /** The environment every Spark process of this cluster gets, spark-submit's included. */
  public void environment(Map<String, String> env) {
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_CONF_DIR", home.resolve("conf").toString());
    env.put("SPARK_LOCAL_IP", HOST);
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.remove("SPARK_DIST_CLASSPATH");
    env.remove("HADOOP_CONF_DIR");
  }

  /** Waits until the worker has registered with the master. */
  public void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!master.isAlive() || !worker.isAlive()) {
        throw new IllegalStateException(
            "the Spark "
                + (master.isAlive() ? "worker" : "master")
                + " exited during start-up\n"
                + logs());
      }
      JsonNode state = stateOrNull();
      if (state != null && state.path("aliveworkers").asInt() >= 1) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no worker registered within " + START_TIMEOUT + "\n" + logs());
  }

  /** The master's state ({@code /json} of its web UI): workers, running and completed apps. */
  public JsonNode state() throws IOException, InterruptedException {
    JsonNode state = stateOrNull();
    if (state == null) {
      throw new IOException("the master's web UI does not answer\n" + logs());
    }
    return state;
  }

  private JsonNode stateOrNull() throws InterruptedException {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterUiPort + "/json/"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? new ObjectMapper().readTree(r.body()) : null;
    } catch (IOException e) {
      return null; // not listening yet
    }
  }

  /** The last lines of the daemons' and executors' logs, for failure messages. */
  public String logs() {
    StringBuilder sb = new StringBuilder();
    List<Path> files =
        new ArrayList<>(List.of(home.resolve("master.log"), home.resolve("worker.log")));
    try (var executors = Files.walk(home.resolve("work"))) {
      executors.filter(p -> p.getFileName().toString().equals("stderr")).forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      // no executor logs
    }
    for (Path f : files) {
      sb.append("--- ").append(home.relativize(f)).append('\n').append(tail(f, 40));
    }
    return sb.toString();
  }

  /** Whether the master, the worker or any executor is still running. */
  public boolean anyAlive() {
    return ChildProcesses.anyAlive(master) || ChildProcesses.anyAlive(worker);
  }

  /** Stops the worker (and its executors), then the master. */
  @Override
  public void close() {
    ChildProcesses.stop(worker);
    ChildProcesses.stop(master);
  }

  public static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    } catch (IOException e) {
      return "(no " + file.getFileName() + ")\n";
    }
  }

  private Process launch(String name, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(javaCommand());
    cmd.add("-Xmx256m");
    cmd.add("-Dlog4j2.configurationFile=" + home.resolve("conf/log4j2.properties"));
    cmd.add("-cp");
    cmd.add(sparkClasspath());
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve(name + ".log").toFile());
    environment(pb.environment());
    return ChildProcesses.start(pb);
  }

  /** {@code java} of this JVM with the module openings this JVM was given (the project's). */
  public static List<String> javaCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens")
          || arg.startsWith("-Djdk.reflect")
          || arg.startsWith("-Dio.netty")) {
        cmd.add(arg);
      }
    }
    return cmd;
  }

  private static void assemble(Path home, Path classpathFile, Path appJar, Path log4jConfig)
      throws IOException {
    deleteRecursively(home);
    Path jars = Files.createDirectories(home.resolve("jars"));
    Set<String> bundled = bundledClasses(appJar);
    Set<String> names = new HashSet<>();
    for (String entry : Files.readString(classpathFile).trim().split(":")) {
      Path jar = Path.of(entry);
      if (!entry.endsWith(".jar") || containsAny(jar, bundled)) {
        continue;
      }
      String name = jar.getFileName().toString();
      if (!names.add(name)) {
        name = names.size() + "-" + name;
      }
      Files.createSymbolicLink(jars.resolve(name), jar);
    }
    Path conf = Files.createDirectories(home.resolve("conf"));
    Files.copy(log4jConfig, conf.resolve("log4j2.properties"));
  }

  /** The classes of the application jar under their original names. */
  private static Set<String> bundledClasses(Path appJar) throws IOException {
    Set<String> out = new HashSet<>();
    try (JarFile jar = new JarFile(appJar.toFile())) {
      for (JarEntry e : jar.stream().toList()) {
        String n = e.getName();
        if (n.endsWith(".class")
            && !n.startsWith("META-INF/")
            && !n.endsWith("module-info.class")) {
          out.add(n.replaceFirst("^org/ergolens/shaded/", ""));
        }
      }
    }
    return out;
  }

  private static boolean containsAny(Path jarPath, Set<String> classes) throws IOException {
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      return jar.stream().anyMatch(e -> classes.contains(e.getName()));
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p); // a link is deleted, never what it points to
      }
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
