package org.ergolens.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Where reading the input starts: {@link #checkInputs()} locates every dataset and looks at every
 * file's header, sheet or footer before any row is read, so a missing file or column stops the run
 * before anything is written. Rows are read only from what it returns, {@link CheckedInputs}.
 */
public final class Ingestion {
  /**
   * The Spark setting that says where the validated rows are kept for the run, as a {@link
   * StorageLevel} name ({@code DISK_ONLY}, {@code MEMORY_AND_DISK}, …); {@link
   * org.ergolens.job.SparkSessions} sets it per master unless the user did.
   */
  public static final String CACHE_STORAGE_LEVEL = "spark.ergolens.cache.storageLevel";

  private final SparkSession spark;
  private final String input;
  private final ReadOptions options;
  private final StorageLevel cacheLevel;

  /** Reads {@code input} with every dialect detected per file. */
  public Ingestion(SparkSession spark, String input) {
    this(spark, input, ReadOptions.defaults());
  }

  public Ingestion(SparkSession spark, String input, ReadOptions options) {
    this.spark = spark;
    this.input = input;
    this.options = options;
    this.cacheLevel = cacheLevel(spark.conf().get(CACHE_STORAGE_LEVEL, "MEMORY_AND_DISK"));
  }

  private static StorageLevel cacheLevel(String name) {
    try {
      return StorageLevel.fromString(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          CACHE_STORAGE_LEVEL
              + "="
              + name
              + " is not a storage level; use one of DISK_ONLY, MEMORY_AND_DISK, MEMORY_ONLY,"
              + " OFF_HEAP",
          e);
    }
  }

  /**
   * Locates every dataset and checks each file's header; throws on the first problem.
   *
   * @throws org.ergolens.ErgoLensException naming the file and what to fix
   */
  public CheckedInputs checkInputs() {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    InputLocator locator = new InputLocator(input, hadoopConf);
    Map<DatasetSpec, List<SourceFile>> files = new EnumMap<>(DatasetSpec.class);
    Map<DatasetSpec, List<FileLayout>> layouts = new EnumMap<>(DatasetSpec.class);
    Map<DatasetSpec, Map<String, String>> parquetNames = new EnumMap<>(DatasetSpec.class);
    for (DatasetSpec spec : DatasetSpec.values()) {
      Optional<List<SourceFile>> found = locator.locate(spec);
      if (found.isEmpty()) {
        continue;
      }
      files.put(spec, found.get());
      List<FileLayout> read = new ArrayList<>();
      for (SourceFile f : found.get()) {
        if (f.format() == InputFormat.PARQUET) {
          Map<String, String> names = ParquetRecordReader.checkFooter(f, spec, hadoopConf);
          parquetNames.putIfAbsent(spec, names);
        } else {
          read.add(HeaderCheck.check(f, spec, hadoopConf, options));
        }
      }
      layouts.put(spec, List.copyOf(read));
    }
    return new CheckedInputs(spark, cacheLevel, files, layouts, parquetNames);
  }
}
