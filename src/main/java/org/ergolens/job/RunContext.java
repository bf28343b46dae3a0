package org.ergolens.job;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.cohort.ReportingMonth;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.InputFile;
import org.ergolens.report.Manifest;
import org.ergolens.report.MonthDirectory;
import org.ergolens.report.Versions;

/**
 * One run's state, in one place: what was asked, its id and clock, the work it runs beside its main
 * line, and what it cached in Spark. Closing it stops the background work and releases every cached
 * dataset, so that a run embedded in a longer-lived session leaves nothing behind.
 */
final class RunContext implements AutoCloseable {
  private final SparkSession spark;
  private final JobOptions options;
  private final Configuration hadoopConf;
  private final String runId = UUID.randomUUID().toString();
  private final Instant startedAt = Instant.now();
  private final Stopwatch watch = new Stopwatch();
  private final Background background;
  private final List<Runnable> releases = new ArrayList<>();

  RunContext(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
    this.hadoopConf = spark.sparkContext().hadoopConfiguration();
    this.background = new Background(spark.sparkContext());
  }

  Configuration hadoopConf() {
    return hadoopConf;
  }

  Stopwatch watch() {
    return watch;
  }

  Background background() {
    return background;
  }

  Instant startedAt() {
    return startedAt;
  }

  /** Names the Spark jobs started from here on, in the Spark UI and logs. */
  void describe(String what) {
    spark.sparkContext().setJobDescription(what);
  }

  /** Runs {@code release} when the run ends, whatever its outcome: to unpersist what it cached. */
  void releaseAtEnd(Runnable release) {
    releases.add(release);
  }

  /**
   * A month directory under {@code parent}, its staging directory created.
   *
   * @throws IOException when the output cannot be written
   */
  MonthDirectory open(String parent, ReportingMonth month) throws IOException {
    return new MonthDirectory(parent, month.partition(), runId, hadoopConf).open();
  }

  /**
   * Writes the run's manifest for a month into {@code dir}.
   *
   * @param restricted whether {@code dir} is the restricted tree, whose copy lists a survey
   *     import's unmapped answer labels (the report's copy counts them only)
   */
  void writeManifest(
      MonthDirectory dir,
      boolean restricted,
      ReportingMonth month,
      Map<String, DatasetCounts> counts,
      List<InputFile> inputs,
      ErgoLensException failure)
      throws IOException {
    Manifest manifest =
        new Manifest(
            runId,
            month.toString(),
            failure == null ? "ok" : "failed",
            failure == null ? 0 : failure.exitCode(),
            failure == null ? null : failure.getMessage(),
            options.imported().map(i -> i.summary().export()).orElse(options.input()),
            options.out(),
            options.configSource(),
            options.config(),
            inputs,
            counts,
            Versions.platform(spark.version()),
            watch.stages(),
            startedAt.toString(),
            options
                .imported()
                .map(i -> restricted ? i.summary() : i.summary().forReport())
                .orElse(null));
    try (OutputStream out = dir.create("manifest.json")) {
      manifest.write(out);
    }
  }

  /**
   * The error a month ends with when its output could not be written: an {@link IOException}
   * anywhere in the cause chain (from our writers, Spark's or Hadoop's) is the user's to fix and
   * says so in one line, with {@link ErgoLensException#EXIT_OUTPUT}; a user-facing error keeps its
   * own; anything else is a bug and stays as it is.
   */
  RuntimeException failure(Exception e, ReportingMonth month) {
    if (e instanceof ErgoLensException ee) {
      return ee;
    }
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Errors.outputUnwritable(options.out(), month.toString(), io);
      }
    }
    return e instanceof RuntimeException re ? re : new IllegalStateException(e);
  }

  /** Stops what still runs beside the main line and releases what the run cached. */
  @Override
  public void close() {
    background.close();
    RuntimeException failed = null;
    for (Runnable release : releases) {
      try {
        release.run();
      } catch (RuntimeException e) {
        failed = failed == null ? e : failed;
      }
    }
    releases.clear();
    if (failed != null) {
      throw failed;
    }
  }
}
