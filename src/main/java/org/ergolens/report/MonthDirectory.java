package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A month's output directory, written in a staging directory beside it and published whole: the
 * files are written to {@code <out>/.staging-<name>-<run>}, a {@code _SUCCESS} marker goes in
 * last, then the staging directory is renamed into place (a previous output of the month is moved
 * aside first and deleted after). A run that dies before publishing leaves the previous output
 * untouched and only a staging directory, which never looks like a report.
 */
public final class MonthDirectory {
  public static final String SUCCESS_MARKER = "_SUCCESS";

  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final Path aside;

  /**
   * @param parent the directory holding month directories ({@code <out>} or its restricted tree)
   * @param name the month directory's name, {@code month=YYYY-MM}
   * @param runId unique per run
   */
  public MonthDirectory(String parent, String name, String runId, Configuration conf)
      throws IOException {
    Path p = new Path(parent);
    this.fs = p.getFileSystem(conf);
    // Local reports are shared as plain directories: no .crc side files (the cached local
    // file system is also the one Spark's writers use in an embedded run).
    fs.setWriteChecksum(false);
    this.target = new Path(p, name);
    this.staging = new Path(p, ".staging-" + name + "-" + runId);
    this.aside = new Path(p, ".replaced-" + name + "-" + runId);
  }

  /**
   * Creates the staging directory, after tidying what a killed earlier run of the same month may
   * have left: its staging directories are removed, and a previous output it had moved aside but
   * not yet replaced is put back.
   */
  public MonthDirectory open() throws IOException {
    Path parent = target.getParent();
    if (fs.exists(parent)) {
      String name = target.getName();
      for (FileStatus st : fs.listStatus(parent)) {
        String n = st.getPath().getName();
        if (n.startsWith(".staging-" + name + "-")) {
          fs.delete(st.getPath(), true);
        } else if (n.startsWith(".replaced-" + name + "-")) {
          if (!fs.exists(target) && fs.exists(new Path(st.getPath(), SUCCESS_MARKER))) {
            fs.rename(st.getPath(), target);
          } else {
            fs.delete(st.getPath(), true);
          }
        }
      }
    }
    if (!fs.mkdirs(staging)) {
      throw new IOException("cannot create " + staging);
    }
    return this;
  }

  /** A path inside the staging directory, as a string for Spark writers. */
  public String stagingPath(String relative) {
    return new Path(staging, relative).toString();
  }

  public OutputStream create(String relative) throws IOException {
    return fs.create(new Path(staging, relative), false);
  }

  public Path target() {
    return target;
  }

  /** Marks the staging directory complete and moves it into place. */
  public void publish() throws IOException {
    fs.create(new Path(staging, SUCCESS_MARKER), false).close();
    boolean hadPrevious = fs.exists(target);
    if (hadPrevious && !fs.rename(target, aside)) {
      throw new IOException("cannot move the previous " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      if (hadPrevious) {
        fs.rename(aside, target);
      }
      throw new IOException("cannot move " + staging + " to " + target);
    }
    if (hadPrevious) {
      fs.delete(aside, true);
    }
  }

  /** Removes the staging directory of a run that failed. */
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Best effort: a leftover staging directory is never mistaken for a report.
    }
  }
}
