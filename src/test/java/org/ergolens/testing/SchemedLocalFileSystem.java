package org.ergolens.testing;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local file system under a scheme of its own, with a hook before every file is created, for
 * tests that watch or break what the job does to its output through Hadoop (register a subclass as
 * {@code fs.<scheme>.impl}).
 */
public abstract class SchemedLocalFileSystem extends RawLocalFileSystem {
  private final String scheme;

  protected SchemedLocalFileSystem(String scheme) {
    this.scheme = scheme;
  }

  /** Called before {@code file} is created; an exception stops the creation. */
  protected abstract void beforeCreate(Path file) throws IOException;

  @Override
  public URI getUri() {
    return URI.create(scheme + ":///");
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
    beforeCreate(f);
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(
      Path f, boolean overwrite, int bufferSize, short replication, long blockSize, Progressable p)
      throws IOException {
    beforeCreate(f);
    return super.create(f, overwrite, bufferSize, replication, blockSize, p);
  }
}
