package org.ergolens.testing;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The local file system under the scheme {@code failing:}, refusing to create a file of one name: a
 * disk that fails part way through a run, for the tests of what a failed run leaves behind. {@link
 * #install} registers it with the test session's Hadoop configuration.
 */
public final class FailingFileSystem extends SchemedLocalFileSystem {
  public static final String SCHEME = "failing";
  private static volatile String refusedName = "";

  public FailingFileSystem() {
    super(SCHEME);
  }

  /** Registers the scheme; files named {@code name} cannot be created until the next install. */
  public static void install(SparkSession spark, String name) {
    refusedName = name;
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    conf.set("fs." + SCHEME + ".impl", FailingFileSystem.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
  }

  /** A local path as a {@code failing:} URI. */
  public static String uri(java.nio.file.Path path) {
    return SCHEME + "://" + path.toAbsolutePath();
  }

  @Override
  protected void beforeCreate(Path file) throws IOException {
    if (file.getName().equals(refusedName)) {
      throw new IOException("No space left on device (refusing " + file.getName() + ")");
    }
  }
}
