package org.ergolens.bench;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The benchmark's second peer: the same core counts as {@link DuckDbBaseline}, in the same SQL, run
 * by Spark SQL on local Spark. It is what Spark itself costs for the counts on this machine
 * (session start, planning, code generation, the scans and shuffles), with no validation, rejects,
 * statistics or report, so the monthly job's time splits into this floor and what the job does
 * beyond it. Spark's defaults apply except two that any run on one machine changes: 4 shuffle
 * partitions instead of a cluster's 200 (with 200, the sample's counts took 30 s, 200 tasks for
 * each of the seven aggregations of a few thousand rows) and no web UI; {@code -Dspark.*} options
 * override both. It reads Parquet only, and the input order of the population's tie-break comes
 * from Spark's file metadata ({@code _metadata.file_path}, {@code _metadata.row_index}).
 *
 * <pre>
 * java -cp … org.ergolens.bench.SparkSqlBaseline --input DIR --month 2026-10 --out counts.csv
 *     [--lookback 12] [--case-min-severity 1]
 * </pre>
 */
public final class SparkSqlBaseline {
  private SparkSqlBaseline() {}

  public static void main(String[] args) throws Exception {
    CountsRequest request = CountsRequest.parse(args);
    Path input = request.input();
    YearMonth month = request.month();

    long start = System.nanoTime();
    SparkConf conf =
        new SparkConf()
            .setIfMissing("spark.master", "local[*]")
            .setIfMissing("spark.sql.shuffle.partitions", "4")
            .setIfMissing("spark.ui.enabled", "false");
    SparkSession spark =
        SparkSession.builder().appName("ergolens-bench-spark-sql").config(conf).getOrCreate();
    List<String[]> rows;
    try {
      withInputOrder(spark, input, "workstation_survey").createOrReplaceTempView("surveys");
      spark.read().parquet(paths(input, "discomfort_reports")).createOrReplaceTempView("reports");
      spark
          .sql(DuckDbBaseline.populationSelect("surveys", month, request.lookback()))
          .createOrReplaceTempView("population");
      spark
          .sql(DuckDbBaseline.outcomesSelect("reports", month, request.minSeverity()))
          .createOrReplaceTempView("outcomes");
      // Cached as DuckDB's temporary table is materialised: the seven queries below read it.
      spark
          .sql(DuckDbBaseline.respondentsSelect())
          .persist(StorageLevel.MEMORY_AND_DISK())
          .createOrReplaceTempView("respondents");
      rows = new ArrayList<>();
      Row totals = spark.sql(DuckDbBaseline.totalsSql()).first();
      rows.addAll(DuckDbBaseline.totals(totals::getLong));
      for (Row r : spark.sql(DuckDbBaseline.perLevelSql()).collectAsList()) {
        rows.addAll(DuckDbBaseline.perLevel(r::getString, r::getLong));
      }
    } finally {
      spark.stop();
    }
    DuckDbBaseline.write(rows, request.out());
    System.out.printf(
        Locale.ROOT,
        "Spark SQL: population %s; %d counts in %.1f s to %s%n",
        rows.get(0)[5],
        rows.size(),
        (System.nanoTime() - start) / 1e9,
        request.out());
  }

  /** The surveys with their input order as DuckDB names it: file name, then row in the file. */
  private static Dataset<Row> withInputOrder(SparkSession spark, Path input, String dataset)
      throws IOException {
    return spark
        .read()
        .parquet(paths(input, dataset))
        .select(
            col("*"),
            col("_metadata.file_path").as("filename"),
            col("_metadata.row_index").as("file_row_number"));
  }

  private static String[] paths(Path input, String dataset) throws IOException {
    return DuckDbBaseline.parquetFiles(input, dataset).stream()
        .map(Path::toString)
        .toArray(String[]::new);
  }
}
