package org.ergolens.testing;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under the scheme {@code failing:}, refusing to create a file of one name: a
 * disk that fails part way through a run, for the tests of what a failed run leaves behind. {@link
 * #install} registers it with the test session's Hadoop configuration.
 */
public final class FailingFileSystem extends RawLocalFileSystem {
  public static final String SCHEME = "failing";
  private static volatile String refusedName = "";

  /** Registers the scheme; files named {@code name} cannot be created until the next install. */
  public static void install(org.apache.spark.sql.SparkSession spark, String name) {
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
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public void initialize(URI uri, Configuration conf) throws IOException {
    super.initialize(uri, conf);
    setConf(conf);
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      FsPermission permission,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    refuse(f);
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(
      Path f, boolean overwrite, int bufferSize, short replication, long blockSize, Progressable p)
      throws IOException {
    refuse(f);
    return super.create(f, overwrite, bufferSize, replication, blockSize, p);
  }

  private static void refuse(Path f) throws IOException {
    if (f.getName().equals(refusedName)) {
      throw new IOException("No space left on device (refusing " + f.getName() + ")");
    }
  }
}
