package org.ergolens.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.ergolens.Futures;

/**
 * The input after {@link Ingestion#checkInputs()}: every dataset located and every file's header
 * (or footer) checked, so a missing file or column has already stopped the run. Only this object
 * reads rows ({@link #read()}), which validates every row and adds the cross-row reasons {@code
 * unknown_department} and {@code duplicate_report_id}. What a read caches is released with {@link
 * #unpersist()}.
 */
public final class CheckedInputs {
  private final SparkSession spark;
  private final StorageLevel cacheLevel;
  private final Map<DatasetSpec, List<SourceFile>> files;
  private final Map<DatasetSpec, List<FileLayout>> layouts;
  private final Map<DatasetSpec, Map<String, String>> parquetNames;
  private final List<Dataset<Row>> persisted = new CopyOnWriteArrayList<>();

  CheckedInputs(
      SparkSession spark,
      StorageLevel cacheLevel,
      Map<DatasetSpec, List<SourceFile>> files,
      Map<DatasetSpec, List<FileLayout>> layouts,
      Map<DatasetSpec, Map<String, String>> parquetNames) {
    this.spark = spark;
    this.cacheLevel = cacheLevel;
    this.files = files;
    this.layouts = layouts;
    this.parquetNames = parquetNames;
  }

  /**
   * The files found for each dataset present, in the contract's dataset order. The order is part of
   * the output: report.json and the manifest list the inputs in it, and a re-run must give
   * identical bytes ({@code Map.copyOf} would iterate in an order that changes from one JVM to the
   * next).
   */
  public Map<DatasetSpec, List<SourceFile>> files() {
    return Collections.unmodifiableMap(new EnumMap<>(files));
  }

  /** {@link #read(Executor)} with the departments' job run on the calling thread. */
  public Map<DatasetSpec, IngestedDataset> read() {
    return read(Runnable::run);
  }

  /**
   * Validates every row of every dataset present; the rows are cached for the run. The departments,
   * a small table, are validated and collected first (one small job, run by {@code background}
   * while the surveys' and reports' queries are planned): the organisation tree and the {@code
   * unknown_department} check of survey rows both use the collected rows, so the check is a lookup
   * in a set of ids rather than a distinct, a shuffle and a broadcast of its own. The check is
   * applied to the cached survey rows as they are read, so that the cache does not wait for the
   * ids.
   */
  public Map<DatasetSpec, IngestedDataset> read(Executor background) {
    Map<DatasetSpec, IngestedDataset> out = new EnumMap<>(DatasetSpec.class);
    SplitReading reading =
        SplitReading.plan(spark, layouts.values().stream().flatMap(List::stream).toList());
    CompletableFuture<Optional<IngestedDataset>> departments = departments(reading, background);
    Dataset<Row> surveys = null;
    Dataset<Row> cachedSurveys = null;
    if (files.containsKey(DatasetSpec.WORKSTATION_SURVEY)) {
      surveys = validate(reading, DatasetSpec.WORKSTATION_SURVEY);
      cachedSurveys = cached(DatasetSpec.WORKSTATION_SURVEY, surveys);
    }
    if (files.containsKey(DatasetSpec.DISCOMFORT_REPORTS)) {
      out.put(
          DatasetSpec.DISCOMFORT_REPORTS,
          typedReports(validate(reading, DatasetSpec.DISCOMFORT_REPORTS)));
    }
    Optional<IngestedDataset> tree = Futures.join(departments);
    tree.ifPresent(d -> out.put(DatasetSpec.DEPARTMENTS, d));
    Optional<Set<String>> departmentIds = tree.map(CheckedInputs::departmentIds);
    if (files.containsKey(DatasetSpec.HEADCOUNT)) {
      out.put(DatasetSpec.HEADCOUNT, headcount(reading, departmentIds));
    }
    if (surveys != null) {
      DatasetSpec spec = DatasetSpec.WORKSTATION_SURVEY;
      out.put(
          spec,
          new IngestedDataset(
              spec,
              files.get(spec),
              marked(surveys, departmentIds),
              surveys,
              marked(cachedSurveys, departmentIds),
              Optional.empty()));
    }
    return out;
  }

  /**
   * The departments validated, with their accepted rows collected by a job run on {@code
   * background}; empty without a departments dataset.
   */
  private CompletableFuture<Optional<IngestedDataset>> departments(
      SplitReading reading, Executor background) {
    DatasetSpec spec = DatasetSpec.DEPARTMENTS;
    if (!files.containsKey(spec)) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Dataset<Row> validated = validate(reading, spec);
    Dataset<Row> typed = cached(spec, validated);
    return CompletableFuture.supplyAsync(
        () ->
            Optional.of(
                new IngestedDataset(
                    spec,
                    files.get(spec),
                    validated,
                    validated,
                    typed,
                    Optional.of(DepartmentTreeReader.acceptedRows(typed)))),
        background);
  }

  /**
   * The headcount rows validated, with the checks across rows ({@link HeadcountReader#rejections})
   * made on the driver and marked on the rows, and the accepted rows collected.
   */
  private IngestedDataset headcount(SplitReading reading, Optional<Set<String>> departmentIds) {
    DatasetSpec spec = DatasetSpec.HEADCOUNT;
    Dataset<Row> validated = validate(reading, spec);
    Dataset<Row> typed = cached(spec, validated);
    List<Row> valid = HeadcountReader.validRows(typed);
    List<HeadcountReader.Rejection> rejections = HeadcountReader.rejections(valid, departmentIds);
    Set<String> rejected = new HashSet<>();
    rejections.forEach(r -> rejected.add(r.file() + ":" + r.position()));
    List<Row> accepted =
        valid.stream()
            .filter(
                r ->
                    !rejected.contains(
                        r.getAs(Columns.FILE_INDEX) + ":" + r.getAs(Columns.POSITION)))
            .toList();
    return new IngestedDataset(
        spec,
        files.get(spec),
        markAt(validated, rejections),
        validated,
        markAt(typed, rejections),
        Optional.of(accepted));
  }

  /** The rows with those at the rejections' positions given their reason and column. */
  private Dataset<Row> markAt(Dataset<Row> rows, List<HeadcountReader.Rejection> rejections) {
    if (rejections.isEmpty()) {
      return rows;
    }
    List<Row> marks =
        rejections.stream()
            .map(
                r ->
                    org.apache.spark.sql.RowFactory.create(
                        r.file(), r.position(), r.reason().id(), r.column()))
            .toList();
    StructType schema =
        new StructType()
            .add(Columns.FILE_INDEX, DataTypes.IntegerType, false)
            .add(Columns.POSITION, DataTypes.LongType, false)
            .add(MARK_REASON, DataTypes.StringType, false)
            .add(MARK_COLUMN, DataTypes.StringType, false);
    Dataset<Row> joined =
        rows.join(broadcast(spark.createDataFrame(marks, schema)), Columns.positionKeys(), "left");
    List<Column> cols = new ArrayList<>();
    for (String c : rows.columns()) {
      cols.add(
          switch (c) {
            case Columns.REASON ->
                when(col(MARK_REASON).isNotNull(), col(MARK_REASON)).otherwise(col(c)).as(c);
            case Columns.REASON_COLUMN ->
                when(col(MARK_REASON).isNotNull(), col(MARK_COLUMN)).otherwise(col(c)).as(c);
            default -> col(c);
          });
    }
    return joined.select(cols.toArray(Column[]::new));
  }

  private static final String MARK_REASON = "_mark_reason";
  private static final String MARK_COLUMN = "_mark_column";

  private static Set<String> departmentIds(IngestedDataset departments) {
    Set<String> ids = new HashSet<>();
    departments.acceptedRows().orElseThrow().forEach(r -> ids.add(r.getAs(Columns.DEPARTMENT)));
    return ids;
  }

  /** Survey rows with {@code unknown_department} marked, when there is a departments dataset. */
  private static Dataset<Row> marked(Dataset<Row> surveys, Optional<Set<String>> departmentIds) {
    return departmentIds.map(ids -> markUnknownDepartments(surveys, ids)).orElse(surveys);
  }

  /**
   * The reports, read and checked one by one once: those rows are what is cached, the duplicate ids
   * are found from the cache (a narrow aggregation and a few rows, cached too), and the duplicate
   * marks are joined to the cached rows wherever they are used. Marking the rows before caching
   * them would read and check every report two or three times (once for the ids' hashes, once for
   * the rows sharing a hash, once for the rows themselves).
   */
  private IngestedDataset typedReports(Dataset<Row> validated) {
    DatasetSpec spec = DatasetSpec.DISCOMFORT_REPORTS;
    Dataset<Row> checked = cached(spec, validated);
    Dataset<Row> repeats = persist(duplicatePositions(checked), StorageLevel.MEMORY_AND_DISK());
    return new IngestedDataset(
        spec,
        files.get(spec),
        markDuplicates(validated, repeats),
        validated,
        markDuplicates(checked, repeats),
        Optional.empty());
  }

  /**
   * Every row of a dataset, validated. Text and workbook files, and Parquet files, are validated
   * apart and then united: their raw columns differ in type (Parquet columns keep the type they are
   * stored in), while their validated columns are the same.
   */
  private Dataset<Row> validate(SplitReading reading, DatasetSpec spec) {
    Dataset<Row> rows = null;
    List<FileLayout> read = layouts.getOrDefault(spec, List.of());
    if (!read.isEmpty()) {
      rows = RowValidator.validate(reading.read(spec, read), spec);
    }
    List<SourceFile> parquet =
        files.get(spec).stream().filter(f -> f.format() == InputFormat.PARQUET).toList();
    if (!parquet.isEmpty()) {
      Dataset<Row> p =
          RowValidator.validate(
              ParquetRecordReader.read(spark, spec, parquet, parquetNames.get(spec)), spec);
      rows = rows == null ? p : rows.unionByName(p);
    }
    return rows;
  }

  /**
   * What the run keeps of the rows (see {@link #slim}), cached at {@link #CACHE_STORAGE_LEVEL}: the
   * input is parsed once.
   */
  private Dataset<Row> cached(DatasetSpec spec, Dataset<Row> rows) {
    return persist(slim(spec, rows), cacheLevel);
  }

  private Dataset<Row> persist(Dataset<Row> rows, StorageLevel level) {
    Dataset<Row> p = rows.persist(level);
    persisted.add(p);
    return p;
  }

  /**
   * Releases every dataset the reads cached, and waits until its blocks are gone: call it once the
   * run no longer reads the rows (a session that outlives the run keeps nothing of it).
   */
  public void unpersist() {
    for (Dataset<Row> d : persisted) {
      d.unpersist(true);
    }
    persisted.clear();
  }

  /**
   * What the run keeps of the rows: their positions, the typed values it analyses ({@link
   * DatasetSpec#analysedColumns()}) and the reason. Rejects are written from the full records, so
   * the reason's column and the values checked only are left out: at a million respondents the
   * cache holds 12 million rows, and each column costs building and reading.
   */
  private static Dataset<Row> slim(DatasetSpec spec, Dataset<Row> rows) {
    List<Column> keep = new ArrayList<>();
    for (String c : List.of(Columns.FILE_INDEX, Columns.POSITION)) {
      keep.add(col(c));
    }
    spec.analysedColumns().forEach(c -> keep.add(col(c)));
    keep.add(col(Columns.REASON));
    return rows.select(keep.toArray(Column[]::new));
  }

  /**
   * Whether any file of the dataset has the column (in its header, first record, sheet or schema).
   */
  public boolean hasColumn(DatasetSpec spec, String column) {
    int c = spec.columnNames().indexOf(column);
    boolean inText =
        layouts.getOrDefault(spec, List.of()).stream()
            .anyMatch(l -> l.fieldOfColumn().length > c && l.fieldOfColumn()[c] >= 0);
    return inText || parquetNames.getOrDefault(spec, Map.of()).containsKey(column);
  }

  /** Survey rows whose department is not among the accepted ids of the departments dataset. */
  static Dataset<Row> markUnknownDepartments(Dataset<Row> surveys, Set<String> departmentIds) {
    Column isUnknown =
        col(Columns.REASON)
            .isNull()
            .and(not(col(Columns.DEPARTMENT).isin(departmentIds.toArray())));
    return markRejected(surveys, isUnknown, ReasonCode.UNKNOWN_DEPARTMENT, Columns.DEPARTMENT);
  }

  /**
   * The positions ({@code _file}, {@code _pos}) of the repeated report_ids among otherwise valid
   * rows: the first in input order wins, every later one is a repeat.
   *
   * <p>Repeats are rare, so the rows are not all shuffled and sorted by id: the 64-bit hashes of
   * the ids, partitioned by value, are sorted per partition to find those seen more than once
   * ({@link RepeatedHashes}), and only the rows with those hashes are ordered by id and position.
   */
  static Dataset<Row> duplicatePositions(Dataset<Row> reports) {
    Dataset<Row> valid =
        reports
            .filter(col(Columns.REASON).isNull())
            .select(
                col(Columns.REPORT_ID),
                col(Columns.FILE_INDEX),
                col(Columns.POSITION),
                xxhash64(col(Columns.REPORT_ID)).as(ID_HASH));
    Dataset<Row> repeatedHashes =
        valid
            .select(ID_HASH)
            .repartition(col(ID_HASH))
            .mapPartitions(new RepeatedHashes(ID_HASH), Encoders.LONG())
            .toDF(ID_HASH);
    var order =
        Window.partitionBy(col(Columns.REPORT_ID))
            .orderBy(col(Columns.FILE_INDEX), col(Columns.POSITION));
    return valid
        .join(broadcast(repeatedHashes), ID_HASH)
        .withColumn("_occurrence", row_number().over(order))
        .filter(col("_occurrence").gt(1))
        .select(col(Columns.FILE_INDEX), col(Columns.POSITION), lit(true).as(REPEAT));
  }

  /** The rows with the repeats at {@code repeats}' positions rejected as duplicates. */
  static Dataset<Row> markDuplicates(Dataset<Row> reports, Dataset<Row> repeats) {
    Dataset<Row> joined = reports.join(broadcast(repeats), Columns.positionKeys(), "left");
    return markRejected(
            joined, col(REPEAT).isNotNull(), ReasonCode.DUPLICATE_REPORT_ID, Columns.REPORT_ID)
        .drop(REPEAT);
  }

  /**
   * The rows with those where {@code rejected} holds given the reason and its column, in one
   * projection (one analysis of the plan, where a {@code withColumn} per column would analyse it
   * once each). The condition must hold only for rows without a reason yet.
   */
  private static Dataset<Row> markRejected(
      Dataset<Row> rows, Column rejected, ReasonCode reason, String column) {
    List<Column> cols = new ArrayList<>();
    for (String c : rows.columns()) {
      cols.add(
          switch (c) {
            case Columns.REASON -> when(rejected, lit(reason.id())).otherwise(col(c)).as(c);
            case Columns.REASON_COLUMN -> when(rejected, lit(column)).otherwise(col(c)).as(c);
            default -> col(c);
          });
    }
    return rows.select(cols.toArray(Column[]::new));
  }

  private static final String ID_HASH = "_id_hash";
  private static final String REPEAT = "_repeat";
}
