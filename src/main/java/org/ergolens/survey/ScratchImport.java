package org.ergolens.survey;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.ErgoLensException;
import org.ergolens.dataset.OutputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scratch directory of {@code monthly --profile}: the export imported into contract datasets
 * under {@code <out>/.import-<run>/} (hidden from readers of the output, and on the same file
 * system, so that a cluster's executors read it), where the ordinary monthly run reads them. It
 * holds pseudonymised data only, never a name, an email address or a free-text answer, and is
 * removed when closed, whatever the outcome.
 */
public final class ScratchImport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScratchImport.class);

  private final FileSystem fs;
  private final Path out;
  private final Path scratch;
  private final boolean outExisted;

  private ScratchImport(FileSystem fs, Path out, boolean outExisted) {
    this.fs = fs;
    this.out = out;
    this.scratch = new Path(out, ".import-" + UUID.randomUUID());
    this.outExisted = outExisted;
  }

  /** A scratch directory under the output directory {@code out}. */
  public static ScratchImport into(String out, Configuration conf) {
    Path dir = new Path(out);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      return new ScratchImport(fs, dir, fs.exists(dir));
    } catch (IOException e) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_INPUT, "Cannot write to " + out + ": " + e.getMessage() + ".");
    }
  }

  /** Imports into the scratch directory, as CSV (rejects left for the job to neutralise). */
  public ImportResult run(SurveyImport survey) {
    try {
      return survey.writeTo(scratch.toString(), OutputFormat.CSV, false);
    } catch (IOException e) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_OUTPUT,
          "Cannot write the imported survey under "
              + out
              + ": "
              + e.getMessage()
              + "; nothing was published.",
          e);
    }
  }

  /** Removes the scratch directory, and the output directory too if this run created it empty. */
  @Override
  public void close() {
    try {
      fs.delete(scratch, true);
      if (!outExisted && fs.exists(out) && fs.listStatus(out).length == 0) {
        fs.delete(out, false);
      }
    } catch (IOException e) {
      LOG.warn(
          "Could not remove the import's scratch directory {} ({}); it holds pseudonymised data"
              + " only; delete it",
          scratch,
          e.getMessage());
    }
  }
}
