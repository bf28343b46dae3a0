package org.ergolens.job;

import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.ingest.Ingestion;
import scala.Tuple2;
import scala.jdk.javaapi.OptionConverters;

/**
 * Creates the job's SparkSession. The master and every setting given by {@code spark-submit},
 * {@code --conf} or {@code -Dspark.*} win: the job only fills in defaults that are missing, sized
 * for the small aggregated tables this job shuffles. The code never sets the master: the local
 * launcher passes {@code local[*]}, {@code spark-submit} passes the cluster's.
 */
public final class SparkSessions {
  /**
   * Shuffle partitions on a cluster unless the user sets them. The job's shuffles carry one row per
   * respondent or report (well under a GB for an organisation of a million), so 64 partitions leave
   * headroom while adaptive execution coalesces them further; {@code jobs/submit} passes the same
   * value.
   */
  public static final int CLUSTER_SHUFFLE_PARTITIONS = 64;

  /** Shuffle partitions on one machine unless the user sets them. */
  public static final int LOCAL_SHUFFLE_PARTITIONS = 4;

  private SparkSessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_INPUT,
          "Cannot start Spark: no master is set; run jobs/monthly-report (local) or jobs/submit"
              + " (cluster), or pass -Dspark.master=local[*].");
    }
    applyDefaults(conf);
    return SparkSession.builder().appName(appName).config(conf).getOrCreate();
  }

  /** The session already running in this JVM, if any. */
  public static Optional<SparkSession> active() {
    return OptionConverters.toJava(SparkSession.getActiveSession())
        .or(() -> OptionConverters.toJava(SparkSession.getDefaultSession()));
  }

  /**
   * The Hadoop configuration for files read before the session starts (the job config): the running
   * session's, or else the one a session would get, {@code core-site.xml} and friends from the
   * classpath plus every {@code spark.hadoop.*} setting (credentials for {@code s3a:} etc.).
   */
  public static Configuration hadoopConfiguration() {
    return active()
        .map(s -> s.sparkContext().hadoopConfiguration())
        .orElseGet(
            () -> {
              Configuration hadoop = new Configuration();
              for (Tuple2<String, String> kv : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
                hadoop.set(kv._1(), kv._2());
              }
              return hadoop;
            });
  }

  /**
   * Our defaults, each only where the user has not set it: a value given to {@code spark-submit}
   * (or in {@code spark-defaults.conf}, or as {@code -Dspark.*}) is never replaced. Never sets the
   * master.
   */
  public static SparkConf applyDefaults(SparkConf conf) {
    boolean local = conf.get("spark.master", "").startsWith("local");
    conf.setIfMissing(
        "spark.sql.shuffle.partitions",
        String.valueOf(local ? LOCAL_SHUFFLE_PARTITIONS : CLUSTER_SHUFFLE_PARTITIONS));
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // Spark generates one method to check every column of a row; at Spark's default split size it
    // is longer than the 8,000 bytes of bytecode the JVM compiles, so it ran interpreted for the
    // whole run (10 million reports: validation 32 s instead of 22 s). Smaller pieces get compiled.
    conf.setIfMissing("spark.sql.codegen.methodSplitThreshold", "256");
    // Each month directory gets one _SUCCESS marker, written last; none inside its tables.
    conf.setIfMissing("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    // Where the validated rows are kept for the run. On one machine the executor shares the
    // driver's heap: 10 million cached reports filled two thirds of a 2 GB heap, and the collector
    // moved them again and again (6.4 s of pauses, eight full collections during the series
    // fold). On local disk they stay in the operating system's page cache, outside the heap
    // (pauses 3.0 s, run 47.6 s to 41.0 s, peak RSS 2.5 to 1.8 GB). A cluster's executors have
    // memory of their own: Spark's usual memory first, disk when full.
    conf.setIfMissing(Ingestion.CACHE_STORAGE_LEVEL, local ? "DISK_ONLY" : "MEMORY_AND_DISK");
    if (local) {
      // On one machine CPU is what is short, and choosing a compression per column of every
      // cached batch cost a third of the executor's time at 10 million reports.
      conf.setIfMissing("spark.sql.inMemoryColumnarStorage.compressed", "false");
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    }
    return conf;
  }
}
