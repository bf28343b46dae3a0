package org.ergolens.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.ingest.DatasetSpec;

/**
 * What {@code ergolens import} leaves in its output directory: the contract's datasets (Parquet or
 * CSV) and the departments, ready to be a monthly run's {@code --input}; {@code rejects.csv}, the
 * rejected responses for the data owner; and {@code import.json}, the import's summary with every
 * unmapped label. Everything is written to a hidden staging directory first and moved into place
 * when complete, so a failed import leaves the directory as it was.
 */
public final class ImportOutput {
  /** The import's summary in the output directory. */
  public static final String SUMMARY_FILE = "import.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ImportOutput() {}

  /** Imports into {@code out}, replacing the files an earlier import wrote there. */
  public static ImportResult write(
      SurveyImport survey, String out, OutputFormat format, Configuration conf) throws IOException {
    Path dir = new Path(out);
    FileSystem fs = dir.getFileSystem(conf);
    Path staging = new Path(dir, ".import-" + UUID.randomUUID());
    try {
      ImportResult result = survey.writeTo(staging.toString(), format, true);
      try (OutputStream o = fs.create(new Path(staging, SUMMARY_FILE), true)) {
        JSON.writeValue(o, result.summary());
      }
      for (OutputFormat other : OutputFormat.values()) {
        for (DatasetSpec d :
            List.of(DatasetSpec.WORKSTATION_SURVEY, DatasetSpec.DISCOMFORT_REPORTS)) {
          fs.delete(new Path(dir, d.id() + "." + other.extension()), false);
        }
      }
      for (FileStatus f : fs.listStatus(staging)) {
        Path target = new Path(dir, f.getPath().getName());
        fs.delete(target, false);
        if (!fs.rename(f.getPath(), target)) {
          throw new IOException("cannot move " + f.getPath().getName() + " into " + out);
        }
      }
      return new ImportResult(
          result.summary(),
          dir.toString(),
          new Path(dir, SurveyImport.REJECTS_FILE).toString(),
          result.inputs(),
          result.latestMonth());
    } finally {
      fs.delete(staging, true);
    }
  }
}
