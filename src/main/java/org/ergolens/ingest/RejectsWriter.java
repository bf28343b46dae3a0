package org.ergolens.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes rejected rows for the data owner: one CSV with the dataset, source file, line (text
 * formats; the header is line 1) or row number (Parquet, first row is 1), the reason code, the
 * column it is about, a detail for malformed rows, and the record as read.
 */
public final class RejectsWriter {
  public static final List<String> COLUMNS =
      List.of("dataset", "source_file", "line", "row", "reason", "column", "detail", "record");

  private RejectsWriter() {}

  /** The rejects of one dataset in the output shape, line numbers resolved. */
  public static Dataset<Row> shape(
      SparkSession spark,
      DatasetSpec spec,
      List<SourceFile> files,
      Dataset<Row> rejected,
      Map<String, Long> linesPerSplit) {
    Dataset<Row> prefixes = linePrefixes(spark, linesPerSplit);
    Dataset<Row> withPrefix =
        rejected.join(
            broadcast(prefixes),
            rejected
                .col(Columns.FILE_INDEX)
                .equalTo(prefixes.col("p_file"))
                .and(rejected.col(Columns.SPLIT_START).equalTo(prefixes.col("p_split"))),
            "left");
    Column fileName = lit(null).cast(DataTypes.StringType);
    Column isParquet = lit(false);
    for (SourceFile f : files) {
      Column here = col(Columns.FILE_INDEX).equalTo(f.index());
      fileName = when(here, lit(f.path())).otherwise(fileName);
      if (f.format() == InputFormat.PARQUET) {
        isParquet = isParquet.or(here);
      }
    }
    Column textLine = col("p_prefix").plus(col(Columns.INDEX_IN_SPLIT)).plus(1);
    Column[] texts =
        spec.columnNames().stream()
            .map(c -> col(RowValidator.TEXT_PREFIX + c).as(c))
            .toArray(Column[]::new);
    return withPrefix.select(
        lit(spec.id()).as("dataset"),
        fileName.as("source_file"),
        when(isParquet, lit(null)).otherwise(textLine).cast(DataTypes.LongType).as("line"),
        when(isParquet, col(Columns.POSITION).plus(1)).cast(DataTypes.LongType).as("row"),
        col(Columns.REASON).as("reason"),
        col(Columns.REASON_COLUMN).as("column"),
        col(Columns.MALFORMED).as("detail"),
        coalesce(col(Columns.RAW), to_json(struct(texts))).as("record"),
        col(Columns.FILE_INDEX).as("_f"),
        col(Columns.POSITION).as("_p"));
  }

  /**
   * Rejects written elsewhere in this file's columns (a survey import's), in the shape of {@link
   * #shape}, in file order; {@code order} places them among the datasets' files.
   */
  public static Dataset<Row> fromFile(SparkSession spark, String file, int order) {
    StructType schema = new StructType();
    for (String c : COLUMNS) {
      schema =
          schema.add(
              c, c.equals("line") || c.equals("row") ? DataTypes.LongType : DataTypes.StringType);
    }
    return spark
        .read()
        .schema(schema)
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .csv(file)
        .withColumn("_f", lit(order))
        .withColumn("_p", org.apache.spark.sql.functions.monotonically_increasing_id());
  }

  /** The rejects file's name inside its directory. */
  public static final String FILE_NAME = "rejects.csv";

  /**
   * Writes the union of shaped rejects, in input order, as {@code directory/rejects.csv}.
   *
   * @param scratch a directory for Spark's part file, removed afterwards
   */
  public static void write(
      List<Dataset<Row>> shaped,
      String directory,
      String scratch,
      org.apache.hadoop.conf.Configuration conf)
      throws java.io.IOException {
    if (shaped.isEmpty()) {
      org.apache.hadoop.fs.Path file =
          new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(directory), FILE_NAME);
      try (var out = file.getFileSystem(conf).create(file, false)) {
        out.write(
            (String.join(",", COLUMNS) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return;
    }
    Dataset<Row> all = shaped.get(0);
    for (Dataset<Row> d : shaped.subList(1, shaped.size())) {
      all = all.unionByName(d);
    }
    Column[] out = COLUMNS.stream().map(c -> neutralise(col(c)).as(c)).toArray(Column[]::new);
    // One partition sorted in place: the same order as a global sort, without the sampling job
    // and range shuffle of orderBy; the rows above it are still read in parallel.
    all.repartition(1)
        .sortWithinPartitions(col("dataset"), col("_f"), col("_p"))
        .select(out)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("header", "true")
        .option("escape", "\"")
        .option("emptyValue", "")
        .csv(scratch);
    org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(scratch);
    org.apache.hadoop.fs.FileSystem fs = from.getFileSystem(conf);
    org.apache.hadoop.fs.FileStatus[] parts =
        fs.globStatus(new org.apache.hadoop.fs.Path(from, "part-*"));
    org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(directory);
    fs.mkdirs(to);
    if (parts.length != 1
        || !fs.rename(parts[0].getPath(), new org.apache.hadoop.fs.Path(to, FILE_NAME))) {
      throw new java.io.IOException("cannot move the rejects file into " + directory);
    }
    fs.delete(from, true);
  }

  /** A leading apostrophe on text a spreadsheet would run as a formula. */
  static Column neutralise(Column c) {
    Column s = c.cast(DataTypes.StringType);
    return when(s.rlike("^[=+\\-@\\t\\r]"), concat(lit("'"), s)).otherwise(s);
  }

  /** Lines before each split of each text file: (file, split start) → lines in earlier splits. */
  private static Dataset<Row> linePrefixes(SparkSession spark, Map<String, Long> linesPerSplit) {
    List<long[]> splits = new ArrayList<>();
    linesPerSplit.forEach(
        (key, n) -> {
          String[] parts = key.split(":");
          splits.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), n});
        });
    splits.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
    List<Row> rows = new ArrayList<>();
    long prefix = 0;
    long file = -1;
    for (long[] s : splits) {
      if (s[0] != file) {
        file = s[0];
        prefix = 0;
      }
      rows.add(RowFactory.create((int) s[0], s[1], prefix));
      prefix += s[2];
    }
    StructType schema =
        new StructType()
            .add("p_file", DataTypes.IntegerType)
            .add("p_split", DataTypes.LongType)
            .add("p_prefix", DataTypes.LongType);
    return spark.createDataFrame(rows, schema);
  }
}
