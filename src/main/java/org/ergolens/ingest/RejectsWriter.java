package org.ergolens.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes rejected rows for the data owner: one CSV with the dataset, source file, line (text
 * formats: the line a record starts on, the header is line 1) or row (a workbook: the sheet's row
 * number, the header is row 1; Parquet: the first row is 1), the reason code, the column it is
 * about, a detail for malformed rows, and the record as read.
 */
public final class RejectsWriter {
  public static final List<String> COLUMNS =
      List.of("dataset", "source_file", "line", "row", "reason", "column", "detail", "record");

  private RejectsWriter() {}

  /**
   * The rejects of one dataset in the output shape: text records by the line they start on,
   * workbook rows by the sheet's row number and Parquet rows by their number (the first is 1).
   */
  public static Dataset<Row> shape(
      DatasetSpec spec, List<SourceFile> files, Dataset<Row> rejected) {
    Column fileName = lit(null).cast(DataTypes.StringType);
    Column byLine = lit(false);
    Column bySheetRow = lit(false);
    for (SourceFile f : files) {
      Column here = col(Columns.FILE_INDEX).equalTo(f.index());
      fileName = when(here, lit(f.path())).otherwise(fileName);
      if (f.format().isText()) {
        byLine = byLine.or(here);
      } else if (f.format() == InputFormat.XLSX) {
        bySheetRow = bySheetRow.or(here);
      }
    }
    Column position = col(Columns.POSITION);
    Column[] texts =
        spec.columnNames().stream()
            .map(c -> col(RowValidator.TEXT_PREFIX + c).as(c))
            .toArray(Column[]::new);
    return rejected.select(
        lit(spec.id()).as("dataset"),
        fileName.as("source_file"),
        when(byLine, position).cast(DataTypes.LongType).as("line"),
        when(bySheetRow, position)
            .when(not(byLine), position.plus(1))
            .cast(DataTypes.LongType)
            .as("row"),
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
}
