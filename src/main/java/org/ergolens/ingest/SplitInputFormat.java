package org.ergolens.ingest;

import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;

/**
 * Hadoop's file splits of the input files, one Spark partition each, with the split's locality, and
 * nothing read: each partition yields its split and the task's Hadoop configuration, and the
 * readers open the file themselves ({@link SplitScan}, {@link TextRecordReader}, {@link
 * XlsxRecordReader}). Compressed files, and the files named in {@link #WHOLE_FILES} (UTF-16 text,
 * workbooks), are not split.
 */
public final class SplitInputFormat extends FileInputFormat<FileSplit, Configuration> {
  /** Paths ({@link #key}) of files read whole, one per line. */
  static final String WHOLE_FILES = "ergolens.ingest.wholeFiles";

  /** The form of a path that splits and file lists are matched by: its path without scheme. */
  static String key(String path) {
    return new Path(path).toUri().getPath();
  }

  @Override
  protected boolean isSplitable(JobContext context, Path file) {
    Configuration conf = context.getConfiguration();
    if (new CompressionCodecFactory(conf).getCodec(file) != null) {
      return false;
    }
    return !Set.of(conf.get(WHOLE_FILES, "").split("\n")).contains(key(file.toString()));
  }

  @Override
  public RecordReader<FileSplit, Configuration> createRecordReader(
      InputSplit split, TaskAttemptContext context) {
    return new RecordReader<>() {
      private FileSplit fileSplit;
      private Configuration conf;
      private boolean done;

      @Override
      public void initialize(InputSplit s, TaskAttemptContext c) {
        fileSplit = (FileSplit) s;
        conf = c.getConfiguration();
      }

      @Override
      public boolean nextKeyValue() {
        boolean first = !done;
        done = true;
        return first;
      }

      @Override
      public FileSplit getCurrentKey() {
        return fileSplit;
      }

      @Override
      public Configuration getCurrentValue() {
        return conf;
      }

      @Override
      public float getProgress() {
        return done ? 1 : 0;
      }

      @Override
      public void close() {}
    };
  }
}
