package org.ergolens.bench;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.ergolens.bench.RowGroupColumns.RowGroup;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.job.SparkSessions;
import scala.Tuple2;

/**
 * {@link CheckFloor}'s work with Spark as the scheduler: what an engine of our own for the rows
 * would cost before it builds a population, folds a month or writes a report. The driver lists the
 * row groups; one Spark task per row group decodes and checks its rows with {@link CheckFloor}'s
 * hand-written checks; the valid reports' id hashes go through one shuffle, in {@value #BUCKETS}
 * buckets by the hash's value, where each bucket is sorted and its repeats counted. The driver
 * collects only the reason counts and one repeat count per bucket, so its memory does not grow with
 * the input.
 *
 * <p>It starts Spark as the job does ({@link SparkSessions#create}, {@code local[*]} unless {@code
 * -Dspark.master} says otherwise).
 *
 * <pre>
 * java -cp … org.ergolens.bench.SparkCheckFloor --input DIR
 * </pre>
 */
public final class SparkCheckFloor {
  /** Shuffle buckets for the id hashes: a few per core, each sorted on its own. */
  static final int BUCKETS = 8;

  /** The key of a task's reason counts among the hash buckets. */
  private static final int COUNTS = -1;

  private SparkCheckFloor() {}

  /** A row group as a Spark task receives it (a path as text: {@link Path} is not serialisable). */
  private record Split(String file, int fileIndex, int index, long firstRow)
      implements Serializable {
    RowGroup group() {
      return new RowGroup(Path.of(file), fileIndex, index, firstRow);
    }
  }

  public static void main(String[] args) throws Exception {
    var a = Args.parse(args, "--input");
    Path input = Path.of(a.get("--input"));
    long start = System.nanoTime();
    if (System.getProperty("spark.master") == null) {
      System.setProperty("spark.master", "local[*]");
    }
    SparkSession spark = SparkSessions.create("ergolens-bench-check-floor");
    String master = spark.sparkContext().master();
    try {
      System.out.printf(
          Locale.ROOT, "session ready in %.2f s%n", (System.nanoTime() - start) / 1e9);
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      for (DatasetSpec dataset : DecodeFloor.DATASETS) {
        long from = System.nanoTime();
        String checked = check(sc, dataset, input);
        System.out.printf(
            Locale.ROOT,
            "%s: %s (%.2f s)%n",
            dataset.id(),
            checked,
            (System.nanoTime() - from) / 1e9);
      }
    } finally {
      spark.stop();
    }
    System.out.printf(
        Locale.ROOT,
        "checked in %.2f s with Spark (%s)%n",
        (System.nanoTime() - start) / 1e9,
        master);
  }

  private static String check(JavaSparkContext sc, DatasetSpec dataset, Path input)
      throws Exception {
    List<Split> splits = new ArrayList<>();
    for (RowGroup g :
        RowGroupColumns.rowGroups(
            DuckDbBaseline.parquetFiles(input, dataset.id()), new Configuration())) {
      splits.add(new Split(g.file().toString(), g.fileIndex(), g.index(), g.firstRow()));
    }
    List<Tuple2<Integer, long[]>> results =
        sc.parallelize(splits, splits.size())
            .mapPartitionsToPair(groups -> checked(dataset, groups))
            .reduceByKey(SparkCheckFloor::concat, BUCKETS + 1)
            .map(
                kv -> new Tuple2<>(kv._1(), kv._1() == COUNTS ? summed(kv._2()) : repeats(kv._2())))
            .collect();
    CheckFloor.Tally total = new CheckFloor.Tally();
    long repeats = 0;
    for (Tuple2<Integer, long[]> r : results) {
      if (r._1() == COUNTS) {
        System.arraycopy(r._2(), 0, total.rows, 0, total.rows.length);
      } else {
        repeats += r._2()[0];
      }
    }
    String counts = CheckFloor.Tally.describe(List.of(total)) + " in " + splits.size() + " tasks";
    return dataset == DatasetSpec.DISCOMFORT_REPORTS
        ? counts + ", " + repeats + " repeated report_id hashes"
        : counts;
  }

  /** One Hadoop configuration per executor JVM: a new one parses Hadoop's defaults again. */
  private static final class Hadoop {
    static final Configuration CONF = new Configuration();
  }

  /** One task: its row groups checked, then its reason counts and its hashes by bucket. */
  private static Iterator<Tuple2<Integer, long[]>> checked(
      DatasetSpec dataset, Iterator<Split> groups) throws Exception {
    CheckFloor.Tally tally = new CheckFloor.Tally();
    while (groups.hasNext()) {
      RowGroup group = groups.next().group();
      try (RowGroupColumns columns = new RowGroupColumns(group, Hadoop.CONF)) {
        CheckFloor.check(dataset, columns, tally);
      }
    }
    List<Tuple2<Integer, long[]>> out = new ArrayList<>();
    out.add(new Tuple2<>(COUNTS, tally.rows.clone()));
    long[][] buckets = new long[BUCKETS][];
    int[] sizes = new int[BUCKETS];
    for (int b = 0; b < BUCKETS; b++) {
      buckets[b] = new long[Math.max(16, tally.hashCount / BUCKETS * 2)];
    }
    for (int i = 0; i < tally.hashCount; i++) {
      long h = tally.hashes[i];
      int b = (int) Long.remainderUnsigned(h, BUCKETS);
      if (sizes[b] == buckets[b].length) {
        buckets[b] = Arrays.copyOf(buckets[b], sizes[b] * 2);
      }
      buckets[b][sizes[b]++] = h;
    }
    for (int b = 0; b < BUCKETS; b++) {
      if (sizes[b] > 0) {
        out.add(new Tuple2<>(b, Arrays.copyOf(buckets[b], sizes[b])));
      }
    }
    return out.iterator();
  }

  private static long[] concat(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A bucket's hashes sorted, reduced to the number of repeats among them. */
  private static long[] repeats(long[] hashes) {
    Arrays.sort(hashes);
    long repeats = 0;
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i] == hashes[i - 1]) {
        repeats++;
      }
    }
    return new long[] {repeats};
  }

  /** The tasks' reason counts, which arrive concatenated (one run per task), summed. */
  private static long[] summed(long[] runs) {
    long[] sum = new long[CheckFloor.Tally.SLOTS];
    for (int i = 0; i < runs.length; i++) {
      sum[i % sum.length] += runs[i];
    }
    return sum;
  }
}
