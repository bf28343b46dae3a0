package org.ergolens.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;

/**
 * Creates the job's SparkSession. The master and every setting given by {@code spark-submit},
 * {@code --conf} or {@code -Dspark.*} win: the job only fills in defaults that are missing, sized
 * for the small aggregated tables this job shuffles.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      throw new ErgoLensException(ErgoLensException.EXIT_INPUT,
          "Cannot start Spark: no master is set; run jobs/monthly-report (local) or jobs/submit"
              + " (cluster), or pass -Dspark.master=local[*].");
    }
    applyDefaults(conf);
    return SparkSession.builder().appName(appName).config(conf).getOrCreate();
  }

  /** The session already running in this JVM, if any. */
  public static java.util.Optional<SparkSession> active() {
    return scala.jdk.javaapi.OptionConverters.toJava(SparkSession.getActiveSession())
        .or(() -> scala.jdk.javaapi.OptionConverters.toJava(SparkSession.getDefaultSession()));
  }

  /** Our defaults, each only where the user has not set it. */
  public static SparkConf applyDefaults(SparkConf conf) {
    boolean local = conf.get("spark.master", "").startsWith("local");
    conf.setIfMissing("spark.sql.shuffle.partitions", local ? "4" : "200");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // Each month directory gets one _SUCCESS marker, written last; none inside its tables.
    conf.setIfMissing("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    if (local) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    }
    return conf;
  }
}
