package org.ergolens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ingest.DatasetSpec;

/**
 * What decoding the inputs alone costs on the JVM: every value of every column of both Parquet
 * inputs, as the monthly job must read them (the contract checks every row), with no check, no
 * de-duplication, no counting and no report. It answers one design question of issue 10: would the
 * job meet the DuckDB target if it read the rows with hand-written Java instead of Spark SQL?
 *
 * <p>Two readers:
 *
 * <ul>
 *   <li>{@code parquet-java} (default): the Parquet project's own column readers, one row group at
 *       a time on {@code --threads} threads, each value decoded and folded into a checksum so that
 *       none is skipped;
 *   <li>{@code spark}: Spark's vectorised reader on {@code local[threads]}, every column, into
 *       Spark's {@code noop} sink.
 * </ul>
 *
 * <p>{@code --passes N} reads everything N times in the same JVM and prints each pass: the first
 * pass runs cold code, the later ones show what the same work costs once the JIT has compiled it.
 *
 * <pre>
 * java -cp … org.ergolens.bench.DecodeFloor --input DIR [--reader parquet-java|spark]
 *     [--threads 2] [--passes 1]
 * </pre>
 */
public final class DecodeFloor {
  /**
   * The inputs the floors read, in order: every column of both is read and (CheckFloor) checked.
   */
  static final List<DatasetSpec> DATASETS =
      List.of(DatasetSpec.WORKSTATION_SURVEY, DatasetSpec.DISCOMFORT_REPORTS);

  private DecodeFloor() {}

  public static void main(String[] args) throws Exception {
    var a = Args.parse(args, "--input");
    Path input = Path.of(a.get("--input"));
    String reader = a.getOrDefault("--reader", "parquet-java");
    int threads = Integer.parseInt(a.getOrDefault("--threads", "2"));
    int passes = Integer.parseInt(a.getOrDefault("--passes", "1"));
    Map<String, List<Path>> files = new LinkedHashMap<>();
    for (DatasetSpec dataset : DATASETS) {
      files.put(dataset.id(), DuckDbBaseline.parquetFiles(input, dataset.id()));
    }
    switch (reader) {
      case "parquet-java" -> {
        List<Path> all = files.values().stream().flatMap(List::stream).toList();
        for (int p = 1; p <= passes; p++) {
          long start = System.nanoTime();
          Tally t = decodeAll(all, threads);
          print(reader, p, start, t.rows() + " rows, " + t.nulls() + " nulls, checksum " + t.sum());
        }
      }
      case "spark" -> sparkPasses(files, threads, passes);
      default ->
          throw new IllegalArgumentException(
              "Unknown --reader '" + reader + "': use parquet-java or spark");
    }
  }

  private static void print(String reader, int pass, long start, String what) {
    System.out.printf(
        Locale.ROOT,
        "%s, pass %d: %.2f s (%s)%n",
        reader,
        pass,
        (System.nanoTime() - start) / 1e9,
        what);
  }

  /** Rows and null values decoded, and a checksum of the values that keeps every read live. */
  record Tally(long rows, long nulls, long sum) {}

  /** Decodes every row group of the files, handed out to {@code threads} threads as they free. */
  static Tally decodeAll(List<Path> files, int threads)
      throws IOException, InterruptedException, ExecutionException {
    List<long[]> parts =
        RowGroupColumns.scan(
            files, threads, () -> new long[3], (columns, group, tally) -> decode(columns, tally));
    long[] total = new long[3];
    for (long[] part : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += part[i];
      }
    }
    return new Tally(total[0], total[1], total[2]);
  }

  /** Adds the group's rows, null values and values' checksum to {@code tally}. */
  private static void decode(RowGroupColumns columns, long[] tally) {
    long rows = columns.rows();
    tally[0] += rows;
    for (ColumnDescriptor column : columns.columns()) {
      ColumnReader values = columns.reader(column);
      int defined = column.getMaxDefinitionLevel();
      for (long i = 0; i < rows; i++) {
        if (values.getCurrentDefinitionLevel() < defined) {
          tally[1]++;
        } else {
          tally[2] +=
              switch (column.getPrimitiveType().getPrimitiveTypeName()) {
                case BINARY, FIXED_LEN_BYTE_ARRAY, INT96 -> values.getBinary().length();
                case INT32 -> values.getInteger();
                case INT64 -> values.getLong();
                case BOOLEAN -> values.getBoolean() ? 1 : 0;
                case DOUBLE -> (long) values.getDouble();
                case FLOAT -> (long) values.getFloat();
              };
        }
        values.consume();
      }
    }
  }

  private static void sparkPasses(Map<String, List<Path>> files, int threads, int passes) {
    SparkConf conf =
        new SparkConf()
            .setIfMissing("spark.master", "local[" + threads + "]")
            .setIfMissing("spark.ui.enabled", "false");
    SparkSession spark =
        SparkSession.builder().appName("ergolens-bench-decode").config(conf).getOrCreate();
    try {
      for (int p = 1; p <= passes; p++) {
        long start = System.nanoTime();
        for (List<Path> dataset : files.values()) {
          String[] paths = dataset.stream().map(Path::toString).toArray(String[]::new);
          spark.read().parquet(paths).write().format("noop").mode("overwrite").save();
        }
        print("spark", p, start, "every column into the noop sink");
      }
    } finally {
      spark.stop();
    }
  }
}
