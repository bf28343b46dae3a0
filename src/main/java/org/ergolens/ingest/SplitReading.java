package org.ergolens.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ergolens.Errors;
import org.ergolens.ingest.format.MalformedTextException;
import org.ergolens.ingest.format.XlsxSheetReader;

/**
 * Reads the text files and workbooks of every dataset in parallel: text files in Hadoop's file
 * splits (compressed and UTF-16 files, and workbooks, whole, one task each). A record may span
 * lines and so cross a split's end; two passes keep the reading parallel and the line numbers
 * exact:
 *
 * <ol>
 *   <li>{@link #plan}: one Spark job scans every split's bytes ({@link SplitScan}): its lines, its
 *       text's validity, and where the parse from each of its first lines hands over to the next
 *       split. The driver chains these small summaries ({@link SplitChain}) into each split's first
 *       record start and line, and refuses a file that is not valid text, naming the line. The same
 *       job reads each workbook's sheet through, so that a damaged one is refused before any row is
 *       used.
 *   <li>{@link #read}: each split is parsed from its first record start, past its end to finish its
 *       last record ({@link TextRecordReader}); workbooks are streamed row by row ({@link
 *       XlsxRecordReader}).
 * </ol>
 *
 * The text is read twice in all: the first pass is also the count of lines that reject line numbers
 * need.
 */
final class SplitReading {
  /** Smallest split worth a task of its own. */
  static final long MIN_SPLIT_BYTES = 256 * 1024;

  private final SparkSession spark;
  private final long maxSplitBytes;
  private final Map<String, SplitChain.SplitStart> starts;

  private SplitReading(
      SparkSession spark, long maxSplitBytes, Map<String, SplitChain.SplitStart> starts) {
    this.spark = spark;
    this.maxSplitBytes = maxSplitBytes;
    this.starts = starts;
  }

  /**
   * Runs the first pass over the text files among {@code layouts} and plans the second.
   *
   * @throws org.ergolens.ErgoLensException when a file is not valid text or cannot be read
   */
  static SplitReading plan(SparkSession spark, List<FileLayout> layouts) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    long text =
        layouts.stream()
            .filter(l -> l.file().format().isText())
            .mapToLong(l -> l.file().size())
            .sum();
    long perTask = text / Math.max(1, 2L * spark.sparkContext().defaultParallelism());
    long configured = conf.getLong(FileInputFormat.SPLIT_MAXSIZE, Long.MAX_VALUE);
    long maxSplit = Math.min(configured, Math.max(MIN_SPLIT_BYTES, perTask));
    SplitReading reading = new SplitReading(spark, maxSplit, Map.of());
    if (layouts.isEmpty()) {
      return reading;
    }
    Map<String, FileLayout> byKey = byKey(layouts);
    Set<String> whole = reading.wholeFiles(layouts);
    List<SplitSummary> summaries =
        reading
            .splits(layouts, whole)
            .mapPartitions(
                it -> {
                  var t = it.next();
                  return List.of(scan(t._1(), t._2(), byKey, whole)).iterator();
                })
            .collect();
    Map<String, List<SplitSummary>> perFile = new HashMap<>();
    summaries.forEach(s -> perFile.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(s));
    Map<String, SplitChain.SplitStart> starts = new HashMap<>();
    for (FileLayout l : layouts) {
      String key = SplitInputFormat.key(l.file().path());
      if (l.file().format() == InputFormat.XLSX) {
        perFile.getOrDefault(key, List.of()).stream()
            .filter(s -> s.readError() != null)
            .findFirst()
            .ifPresent(
                s -> {
                  throw Errors.unreadable(l.file().path(), s.readError());
                });
        continue;
      }
      SplitChain.FilePlan plan = SplitChain.of(perFile.getOrDefault(key, List.of()));
      plan.error()
          .ifPresent(
              e -> {
                throw Errors.unreadable(l.file().path(), e);
              });
      plan.badText()
          .ifPresent(
              b -> {
                throw Errors.badEncoding(
                    l.file().path(),
                    MalformedTextException.describe(l.dialect().encoding(), b.line(), b.badByte()));
              });
      plan.starts().forEach((start, s) -> starts.put(key + "@" + start, s));
    }
    return new SplitReading(spark, maxSplit, Collections.unmodifiableMap(starts));
  }

  private static SplitSummary scan(
      FileSplit split, Configuration conf, Map<String, FileLayout> byKey, Set<String> whole) {
    String key = SplitInputFormat.key(split.getPath().toString());
    FileLayout layout = byKey.get(key);
    String path = layout.file().path();
    if (layout.file().format() == InputFormat.XLSX) {
      return SplitScan.scanWorkbook(
          key, () -> InputStreams.local(path, conf), layout.dialect().sheet());
    }
    if (whole.contains(key)) {
      return SplitScan.scan(
          layout,
          key,
          0,
          Long.MAX_VALUE,
          Long.MAX_VALUE,
          offset -> InputStreams.utf8(path, layout.dialect().encoding(), conf));
    }
    return SplitScan.scan(
        layout,
        key,
        split.getStart(),
        split.getStart() + split.getLength(),
        layout.file().size(),
        offset -> InputStreams.openAt(path, offset, conf));
  }

  /**
   * The rows of a dataset's text files and workbooks, as {@link TextRecordReader#rawSchema} rows.
   */
  Dataset<Row> read(DatasetSpec dataset, List<FileLayout> layouts) {
    Map<String, FileLayout> byKey = byKey(layouts);
    Set<String> whole = wholeFiles(layouts);
    Map<String, SplitChain.SplitStart> plan = starts;
    List<ColumnSpec> columns = dataset.columns();
    JavaRDD<Row> rows =
        splits(layouts, whole)
            .mapPartitions(
                it -> {
                  var t = it.next();
                  return parse(t._1(), t._2(), byKey, whole, plan, columns);
                });
    return spark.createDataFrame(rows, TextRecordReader.rawSchema(dataset));
  }

  private static Iterator<Row> parse(
      FileSplit split,
      Configuration conf,
      Map<String, FileLayout> byKey,
      Set<String> whole,
      Map<String, SplitChain.SplitStart> plan,
      List<ColumnSpec> columns)
      throws IOException {
    String key = SplitInputFormat.key(split.getPath().toString());
    FileLayout layout = byKey.get(key);
    String path = layout.file().path();
    if (layout.file().format() == InputFormat.XLSX) {
      InputStreams.LocalCopy local = InputStreams.local(path, conf);
      XlsxSheetReader sheet =
          XlsxSheetReader.open(local.path(), Optional.ofNullable(layout.dialect().sheet()));
      closeWithTask(
          () -> {
            sheet.close();
            local.close();
          });
      return XlsxRecordReader.rows(layout, columns, sheet);
    }
    SplitChain.SplitStart start = plan.get(key + "@" + split.getStart());
    if (start == null) {
      return Collections.emptyIterator(); // a record from an earlier split covers this one
    }
    boolean read = whole.contains(key);
    InputStream in =
        read
            ? InputStreams.utf8(path, layout.dialect().encoding(), conf)
            : InputStreams.openAt(path, start.offset(), conf);
    closeWithTask(in);
    long end = read ? Long.MAX_VALUE : split.getStart() + split.getLength();
    return TextRecordReader.rows(layout, columns, in, start, end);
  }

  private static void closeWithTask(Closeable c) {
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener)
              ctx -> {
                try {
                  c.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** The files read whole: compressed, UTF-16 text, workbooks. */
  private Set<String> wholeFiles(List<FileLayout> layouts) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Set<String> whole = new HashSet<>();
    for (FileLayout l : layouts) {
      if (l.wholeFile(InputStreams.codec(l.file().path(), conf) != null)) {
        whole.add(SplitInputFormat.key(l.file().path()));
      }
    }
    return whole;
  }

  /** One partition per split of the files, all with the same split size in both passes. */
  private JavaPairRDD<FileSplit, Configuration> splits(
      List<FileLayout> layouts, Set<String> whole) {
    try {
      Job job = Job.getInstance(new Configuration(spark.sparkContext().hadoopConfiguration()));
      FileInputFormat.setInputPaths(
          job, layouts.stream().map(l -> new Path(l.file().path())).toArray(Path[]::new));
      FileInputFormat.setMaxInputSplitSize(job, maxSplitBytes);
      job.getConfiguration().set(SplitInputFormat.WHOLE_FILES, String.join("\n", whole));
      return JavaSparkContext.fromSparkContext(spark.sparkContext())
          .newAPIHadoopRDD(
              job.getConfiguration(), SplitInputFormat.class, FileSplit.class, Configuration.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, FileLayout> byKey(List<FileLayout> layouts) {
    Map<String, FileLayout> m = new HashMap<>();
    layouts.forEach(l -> m.put(SplitInputFormat.key(l.file().path()), l));
    return m;
  }
}
