package org.ergolens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.ergolens.ErgoLensException;
import org.ergolens.ingest.Ingestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.Tuple2;

/**
 * Our Spark defaults never replace what the user, {@code spark-submit} or {@code
 * spark-defaults.conf} gave, and never set the master. No session is started here: these are the
 * exact {@link SparkConf} steps {@link SparkSessions#create} takes.
 */
class SparkSessionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"local[2]", "spark://127.0.0.1:7077", "yarn", "k8s://https://k8s:443"})
  void everyDefaultYieldsToAValueTheUserGave(String master) {
    List<String> keys = defaultKeys(master);
    assertTrue(keys.contains("spark.sql.shuffle.partitions"), keys.toString());
    SparkConf given = new SparkConf(false).setMaster(master);
    keys.forEach(k -> given.set(k, "user:" + k));
    SparkSessions.applyDefaults(given);
    for (String k : keys) {
      assertEquals("user:" + k, given.get(k), "the user's " + k + " stays");
    }
    assertEquals(master, given.get("spark.master"));
  }

  @Test
  void shufflePartitionsPassedBySparkSubmitStay() {
    // In client mode spark-submit hands --conf values to the driver as system properties, which
    // new SparkConf() reads: the path SparkSessions.create takes.
    String key = "spark.sql.shuffle.partitions";
    assumeTrue(System.getProperty(key) == null && System.getProperty("spark.master") == null);
    System.setProperty(key, "7");
    System.setProperty("spark.master", "spark://127.0.0.1:7077");
    try {
      SparkConf conf = SparkSessions.applyDefaults(new SparkConf());
      assertEquals(
          "7",
          conf.get(key),
          "the submitted value, not our default of " + SparkSessions.CLUSTER_SHUFFLE_PARTITIONS);
      assertEquals("spark://127.0.0.1:7077", conf.get("spark.master"));
    } finally {
      System.clearProperty(key);
      System.clearProperty("spark.master");
    }
  }

  @Test
  void defaultsDependOnTheMasterButNeverSetIt() {
    SparkConf none = SparkSessions.applyDefaults(new SparkConf(false));
    assertFalse(none.contains("spark.master"), "no master is ever set by the code");
    assertEquals(
        String.valueOf(SparkSessions.LOCAL_SHUFFLE_PARTITIONS),
        SparkSessions.applyDefaults(new SparkConf(false).setMaster("local[*]"))
            .get("spark.sql.shuffle.partitions"));
    assertEquals(
        String.valueOf(SparkSessions.CLUSTER_SHUFFLE_PARTITIONS),
        SparkSessions.applyDefaults(new SparkConf(false).setMaster("yarn"))
            .get("spark.sql.shuffle.partitions"));
    SparkConf cluster = SparkSessions.applyDefaults(new SparkConf(false).setMaster("yarn"));
    SparkConf local = SparkSessions.applyDefaults(new SparkConf(false).setMaster("local[2]"));
    assertEquals("256", cluster.get("spark.sql.codegen.methodSplitThreshold"), "everywhere");
    assertEquals("false", local.get("spark.sql.inMemoryColumnarStorage.compressed"));
    assertFalse(
        cluster.contains("spark.sql.inMemoryColumnarStorage.compressed"),
        "a cluster keeps Spark's compressed cache: memory is shared there");
    assertEquals("DISK_ONLY", local.get(Ingestion.CACHE_STORAGE_LEVEL), "out of the shared heap");
    assertEquals("MEMORY_AND_DISK", cluster.get(Ingestion.CACHE_STORAGE_LEVEL));
  }

  @Test
  void noSessionStartsWithoutAMaster() {
    assumeTrue(System.getProperty("spark.master") == null, "a master is set for this JVM");
    ErgoLensException e =
        assertThrows(ErgoLensException.class, () -> SparkSessions.create("no master"));
    assertEquals(ErgoLensException.EXIT_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("Cannot start Spark: no master is set;"), e.getMessage());
  }

  private static List<String> defaultKeys(String master) {
    SparkConf defaults = SparkSessions.applyDefaults(new SparkConf(false).setMaster(master));
    return Arrays.stream(defaults.getAll())
        .map(Tuple2::_1)
        .filter(k -> !k.equals("spark.master"))
        .toList();
  }
}
