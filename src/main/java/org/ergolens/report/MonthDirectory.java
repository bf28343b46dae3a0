package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A month's output directory, written in a staging directory beside it and published whole, on any
 * Hadoop file system (local, HDFS, or an object store such as S3, ADLS or GCS).
 *
 * <p>The protocol:
 *
 * <ol>
 *   <li>Every file is written under {@code <out>/.staging-<name>-<run>}. The leading dot makes it
 *       hidden to Hadoop and Spark, and it never matches {@code month=*}, so nobody takes it for a
 *       report.
 *   <li>{@link #publish()}: if the month was published before, its {@code _SUCCESS} marker is
 *       deleted first, then the old directory is moved aside to {@code .replaced-<name>-<run>}.
 *   <li>The staging directory is renamed to {@code <out>/<name>}.
 *   <li>The {@code _SUCCESS} marker is created inside it: the commit point. The directory aside is
 *       deleted after.
 * </ol>
 *
 * <p><b>A month directory is a complete report if and only if it holds {@code _SUCCESS}.</b>
 * Readers must check the marker. On HDFS and local disks a rename is atomic, so the directory also
 * appears whole; on object stores it is not: a "rename" copies object by object, and a reader
 * listing {@code <out>/<name>} mid-copy sees part of it. That is why the marker is not carried
 * inside the staging directory (a copy in name order would bring {@code _SUCCESS} across before
 * {@code dashboard.html}) but created after the copy, and why the old marker goes before anything
 * of the old report is touched. Creating one object is atomic and, on S3 since 2020, ADLS Gen2 and
 * GCS, immediately visible to every reader.
 *
 * <p>A run that dies before step 2 leaves the previous report untouched and published. One that
 * dies during steps 2–4 leaves the month unpublished (no marker), never a partial report that looks
 * complete; the previous files are still in {@code .replaced-<name>-<run>}, and re-running the
 * month publishes it again. Leftover staging and replaced directories are hidden and can be deleted
 * at any time.
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
          // Only a published month is ever moved aside: if the run that replaced it died before
          // its own month was complete, the previous report goes back in place.
          Path marker = new Path(target, SUCCESS_MARKER);
          if (!fs.exists(marker)) {
            fs.delete(target, true);
            if (fs.rename(st.getPath(), target)) {
              fs.create(marker, false).close();
            }
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

  /** Moves the staging directory into place and then marks it complete (see the class doc). */
  public void publish() throws IOException {
    Path marker = new Path(target, SUCCESS_MARKER);
    boolean hadPrevious = fs.exists(target);
    boolean previousPublished = hadPrevious && fs.exists(marker);
    if (previousPublished && !fs.delete(marker, false)) {
      throw new IOException("cannot withdraw the previous " + marker);
    }
    if (hadPrevious && !previousPublished) {
      fs.delete(target, true); // an incomplete leftover, never a report
    } else if (hadPrevious && !fs.rename(target, aside)) {
      restoreMarker(previousPublished, marker);
      throw new IOException("cannot move the previous " + target + " aside");
    }
    if (!fs.rename(staging, target)) {
      if (previousPublished && fs.rename(aside, target)) {
        restoreMarker(previousPublished, marker);
      }
      throw new IOException("cannot move " + staging + " to " + target);
    }
    fs.create(marker, false).close();
    if (previousPublished) {
      fs.delete(aside, true);
    }
  }

  /** Re-publishes the previous report after a failed swap, when it is back in place whole. */
  private void restoreMarker(boolean previousPublished, Path marker) throws IOException {
    if (previousPublished) {
      fs.create(marker, true).close();
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
