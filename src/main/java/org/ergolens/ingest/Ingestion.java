package org.ergolens.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads and validates the input datasets. {@link #checkInputs()} looks at every file's header or
 * footer before any row is read, so a missing file or column stops the run before anything is
 * written; {@link #read()} then validates every row, adding the cross-row reasons {@code
 * unknown_department} and {@code duplicate_report_id}.
 */
public final class Ingestion {
  private final SparkSession spark;
  private final String input;
  private final Configuration hadoopConf;
  private final Map<DatasetSpec, List<SourceFile>> files = new EnumMap<>(DatasetSpec.class);
  private final Map<DatasetSpec, List<FileLayout>> textLayouts = new EnumMap<>(DatasetSpec.class);
  private final Map<DatasetSpec, Map<String, String>> parquetNames =
      new EnumMap<>(DatasetSpec.class);

  public Ingestion(SparkSession spark, String input) {
    this.spark = spark;
    this.input = input;
    this.hadoopConf = spark.sparkContext().hadoopConfiguration();
  }

  /** Locates every dataset and checks each file's header; throws on the first problem. */
  public Ingestion checkInputs() {
    InputLocator locator = new InputLocator(input, hadoopConf);
    for (DatasetSpec spec : DatasetSpec.values()) {
      Optional<List<SourceFile>> found = locator.locate(spec);
      if (found.isEmpty()) {
        continue;
      }
      files.put(spec, found.get());
      List<FileLayout> layouts = new ArrayList<>();
      for (SourceFile f : found.get()) {
        if (f.format() == InputFormat.PARQUET) {
          Map<String, String> names = ParquetRecordReader.checkFooter(f, spec, hadoopConf);
          parquetNames.putIfAbsent(spec, names);
        } else {
          layouts.add(HeaderCheck.check(f, spec, hadoopConf));
        }
      }
      textLayouts.put(spec, layouts);
    }
    return this;
  }

  /**
   * The files found for each dataset present (after {@link #checkInputs()}), in the contract's
   * dataset order. The order is part of the output: report.json and the manifest list the inputs in
   * it, and a re-run must give identical bytes ({@code Map.copyOf} would iterate in an order that
   * changes from one JVM to the next).
   */
  public Map<DatasetSpec, List<SourceFile>> files() {
    return Collections.unmodifiableMap(new EnumMap<>(files));
  }

  /** Validates every row of every dataset present; the rows are cached for the run. */
  public Map<DatasetSpec, IngestedDataset> read() {
    Map<DatasetSpec, Dataset<Row>> validated = new EnumMap<>(DatasetSpec.class);
    for (DatasetSpec spec : files.keySet()) {
      validated.put(spec, RowValidator.validate(readRaw(spec), spec));
    }
    Optional<Dataset<Row>> departmentIds =
        Optional.ofNullable(validated.get(DatasetSpec.DEPARTMENTS))
            .map(d -> d.filter(col(Columns.REASON).isNull()).select(Columns.DEPARTMENT).distinct());
    validated.computeIfPresent(
        DatasetSpec.WORKSTATION_SURVEY,
        (k, surveys) ->
            departmentIds.map(ids -> markUnknownDepartments(surveys, ids)).orElse(surveys));
    validated.computeIfPresent(
        DatasetSpec.DISCOMFORT_REPORTS, (k, reports) -> markDuplicateReports(reports));
    Map<DatasetSpec, IngestedDataset> out = new EnumMap<>(DatasetSpec.class);
    validated.forEach(
        (spec, rows) -> {
          List<org.apache.spark.sql.Column> keep = new ArrayList<>();
          for (String c : List.of(Columns.FILE_INDEX, Columns.POSITION)) {
            keep.add(col(c));
          }
          spec.columnNames().forEach(c -> keep.add(col(c)));
          keep.add(col(Columns.REASON));
          keep.add(col(Columns.REASON_COLUMN));
          Dataset<Row> typed =
              rows.select(keep.toArray(org.apache.spark.sql.Column[]::new))
                  .persist(StorageLevel.MEMORY_AND_DISK());
          out.put(spec, new IngestedDataset(spec, files.get(spec), rows, typed));
        });
    return out;
  }

  /** Whether any file of the dataset has the column (in its header, first record or schema). */
  public boolean hasColumn(DatasetSpec spec, String column) {
    int c = spec.columnNames().indexOf(column);
    boolean inText =
        textLayouts.getOrDefault(spec, List.of()).stream()
            .anyMatch(l -> l.fieldOfColumn().length > c && l.fieldOfColumn()[c] >= 0);
    return inText || parquetNames.getOrDefault(spec, Map.of()).containsKey(column);
  }

  /** Line counts per split of a dataset's text files, for the line numbers of its rejects. */
  public Map<String, Long> linesPerSplit(DatasetSpec spec) {
    List<FileLayout> layouts = textLayouts.getOrDefault(spec, List.of());
    return layouts.isEmpty() ? Map.of() : TextRecordReader.linesPerSplit(spark, layouts);
  }

  private Dataset<Row> readRaw(DatasetSpec spec) {
    Dataset<Row> rows = null;
    List<FileLayout> text = textLayouts.getOrDefault(spec, List.of());
    if (!text.isEmpty()) {
      rows = TextRecordReader.read(spark, spec, text);
    }
    List<SourceFile> parquet =
        files.get(spec).stream().filter(f -> f.format() == InputFormat.PARQUET).toList();
    if (!parquet.isEmpty()) {
      Dataset<Row> p = ParquetRecordReader.read(spark, spec, parquet, parquetNames.get(spec));
      rows = rows == null ? p : rows.unionByName(p);
    }
    return rows;
  }

  /** Survey rows whose department is not in the departments dataset. */
  static Dataset<Row> markUnknownDepartments(Dataset<Row> surveys, Dataset<Row> departmentIds) {
    Dataset<Row> known = departmentIds.withColumnRenamed(Columns.DEPARTMENT, "_known_department");
    Dataset<Row> joined =
        surveys.join(
            broadcast(known),
            surveys.col(Columns.DEPARTMENT).equalTo(known.col("_known_department")),
            "left");
    var isUnknown = col(Columns.REASON).isNull().and(col("_known_department").isNull());
    return joined
        .withColumn(
            Columns.REASON_COLUMN,
            when(isUnknown, lit(Columns.DEPARTMENT)).otherwise(col(Columns.REASON_COLUMN)))
        .withColumn(
            Columns.REASON,
            when(isUnknown, lit(ReasonCode.UNKNOWN_DEPARTMENT.id())).otherwise(col(Columns.REASON)))
        .drop("_known_department");
  }

  /**
   * A repeated report_id among otherwise valid rows: the first in input order wins.
   *
   * <p>Repeats are rare, so the rows are not all shuffled and sorted by id: a narrow aggregation on
   * a 64-bit hash of the id finds the hashes seen more than once, only the rows with those hashes
   * are ordered by id and position, and the positions of the repeats are joined back.
   */
  static Dataset<Row> markDuplicateReports(Dataset<Row> reports) {
    Dataset<Row> valid =
        reports
            .filter(col(Columns.REASON).isNull())
            .withColumn(ID_HASH, xxhash64(col(Columns.REPORT_ID)));
    Dataset<Row> repeatedHashes =
        valid.groupBy(ID_HASH).count().filter(col("count").gt(1)).select(ID_HASH);
    var order =
        Window.partitionBy(col(Columns.REPORT_ID))
            .orderBy(col(Columns.FILE_INDEX), col(Columns.POSITION));
    Dataset<Row> repeats =
        valid
            .join(broadcast(repeatedHashes), ID_HASH)
            .withColumn("_occurrence", row_number().over(order))
            .filter(col("_occurrence").gt(1))
            .select(col(Columns.FILE_INDEX), col(Columns.POSITION), lit(true).as(REPEAT));
    var isDuplicate = col(REPEAT).isNotNull();
    return reports
        .join(
            broadcast(repeats),
            scala.jdk.javaapi.CollectionConverters.asScala(
                    List.of(Columns.FILE_INDEX, Columns.POSITION))
                .toSeq(),
            "left")
        .withColumn(
            Columns.REASON_COLUMN,
            when(isDuplicate, lit(Columns.REPORT_ID)).otherwise(col(Columns.REASON_COLUMN)))
        .withColumn(
            Columns.REASON,
            when(isDuplicate, lit(ReasonCode.DUPLICATE_REPORT_ID.id()))
                .otherwise(col(Columns.REASON)))
        .drop(REPEAT);
  }

  private static final String ID_HASH = "_id_hash";
  private static final String REPEAT = "_repeat";

  static List<String> asStrings(Dataset<Row> df) {
    return df.as(Encoders.STRING()).collectAsList();
  }
}
