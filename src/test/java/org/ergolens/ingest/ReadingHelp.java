package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.sql.Row;
import org.ergolens.testing.SparkTestSession;

/** Reading a test input through {@link Ingestion} and looking at what each row became. */
final class ReadingHelp {
  private ReadingHelp() {}

  /** Every row of a dataset: its position, id-like first column and reason (null: accepted). */
  record Seen(long position, String key, String reason, String detail) {}

  static Map<DatasetSpec, IngestedDataset> read(String input, ReadOptions options) {
    return new Ingestion(SparkTestSession.get(), input, options).checkInputs().read();
  }

  /** The dataset's rows by position, with the given column as the key. */
  static Map<Long, Seen> rows(IngestedDataset d, String keyColumn) {
    Map<Long, Seen> out = new TreeMap<>();
    for (Row r :
        d.rows()
            .select(
                col(Columns.POSITION),
                col(RowValidator.TEXT_PREFIX + keyColumn),
                col(Columns.REASON),
                col(Columns.MALFORMED))
            .collectAsList()) {
      long p = r.getLong(0);
      if (out.put(p, new Seen(p, r.getString(1), r.getString(2), r.getString(3))) != null) {
        throw new AssertionError("two rows at position " + p);
      }
    }
    return out;
  }

  /** Runs {@code body} with Hadoop splits of at most {@code bytes}. */
  static <T> T withSplitsOf(long bytes, Supplier<T> body) {
    Configuration conf = SparkTestSession.get().sparkContext().hadoopConfiguration();
    String before = conf.get(FileInputFormat.SPLIT_MAXSIZE);
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, bytes);
    try {
      return body.get();
    } finally {
      if (before == null) {
        conf.unset(FileInputFormat.SPLIT_MAXSIZE);
      } else {
        conf.set(FileInputFormat.SPLIT_MAXSIZE, before);
      }
    }
  }
}
