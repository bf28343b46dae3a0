package org.ergolens.testing;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ergolens.job.SparkSessions;

/**
 * The one SparkSession of a test JVM: local[2], no UI, few shuffle partitions, created on first use
 * and stopped when the JVM exits. Start-up costs seconds; no test class pays it twice.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      SparkConf conf =
          new SparkConf()
              .setMaster("local[2]")
              .set("spark.ui.enabled", "false")
              .set("spark.sql.shuffle.partitions", "2")
              .set("spark.driver.host", "127.0.0.1")
              .set("spark.driver.bindAddress", "127.0.0.1");
      SparkSessions.applyDefaults(conf);
      session = SparkSession.builder().appName("ergolens-tests").config(conf).getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
