package org.ergolens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A run embedded in a longer-lived session (an application's, or this suite's) leaves nothing in
 * its storage, whether it publishes a report or stops with too many rejects. The organisation is
 * generated with a few bad rows of every reason, a department tree and repeated report ids, so that
 * every dataset the run caches is there.
 */
class EmbeddedRunTest {
  @TempDir static Path dir;
  static Path in;

  @BeforeAll
  static void organisation() throws java.io.IOException {
    in = dir.resolve("in");
    new Generator(
            GeneratorSpec.defaults().withSeed(22).withRespondents(400).withInjectBadRows(true))
        .generate(in);
  }

  private static Set<Object> cachedRdds(SparkSession spark) {
    return Set.copyOf(
        CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs()).keySet());
  }

  /** The latest month with the given maximum share of rejected rows. */
  private static CliRun monthly(String out, double maxRejectRatio) {
    Path config =
        Files2.write(dir.resolve(out + ".json"), "{\"max_reject_ratio\": " + maxRejectRatio + "}");
    String output = dir.resolve(out).toString();
    return CliRun.run("monthly", "--input", in + "", "--out", output, "--config", config + "");
  }

  @Test
  void aPublishedMonthLeavesTheSessionsStorageAsItFoundIt() {
    SparkSession spark = SparkTestSession.get();
    Set<Object> before = cachedRdds(spark);
    CliRun run = monthly("published", 1.0);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(before, cachedRdds(spark), "the run released every dataset it cached");
  }

  @Test
  void aMonthWithTooManyRejectsReleasesItsCacheToo() {
    SparkSession spark = SparkTestSession.get();
    Set<Object> before = cachedRdds(spark);
    CliRun run = monthly("rejected", 0.0001);
    assertEquals(ErgoLensException.EXIT_REJECT_RATIO, run.exitCode(), run.err());
    assertEquals(before, cachedRdds(spark), "the run released every dataset it cached");
  }
}
