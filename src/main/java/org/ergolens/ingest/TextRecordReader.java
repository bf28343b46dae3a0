package org.ergolens.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads CSV and JSON Lines files line by line (LF, CRLF or CR line endings) with Hadoop's text
 * input format, so that every record keeps its file, byte offset and split position and a rejected
 * row can be traced to its line. Each line becomes the dataset's canonical text columns, or a
 * record marked malformed (invalid UTF-8, a NUL byte, bad quoting, a wrong field count, bad JSON).
 * Blank lines are not records.
 */
public final class TextRecordReader {
  /** Longest raw text kept for the rejects file; longer lines are cut there. */
  static final int MAX_RAW_CHARS = 4096;

  private TextRecordReader() {}

  /** The schema every reader produces: position columns, then the dataset's columns as text. */
  public static StructType rawSchema(DatasetSpec dataset) {
    List<StructField> fields =
        new ArrayList<>(
            List.of(
                DataTypes.createStructField(Columns.FILE_INDEX, DataTypes.IntegerType, false),
                DataTypes.createStructField(Columns.POSITION, DataTypes.LongType, false),
                DataTypes.createStructField(Columns.SPLIT_START, DataTypes.LongType, false),
                DataTypes.createStructField(Columns.INDEX_IN_SPLIT, DataTypes.LongType, false),
                DataTypes.createStructField(Columns.RAW, DataTypes.StringType, true),
                DataTypes.createStructField(Columns.MALFORMED, DataTypes.StringType, true)));
    for (String c : dataset.columnNames()) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** Smallest split worth a task of its own. */
  static final long MIN_SPLIT_BYTES = 256 * 1024;

  public static Dataset<Row> read(
      SparkSession spark, DatasetSpec dataset, List<FileLayout> layouts) {
    Map<String, FileLayout> byPath = byPath(layouts);
    List<ColumnSpec> columns = dataset.columns();
    JavaRDD<Row> rows =
        lines(spark, layouts)
            .mapPartitionsWithInputSplit(
                (split, it) -> parseSplit((FileSplit) split, it, byPath, columns), true);
    return spark.createDataFrame(rows, rawSchema(dataset));
  }

  /** Lines per split of the given files: the basis for the line numbers of rejected rows. */
  public static Map<String, Long> linesPerSplit(SparkSession spark, List<FileLayout> layouts) {
    Map<String, FileLayout> byPath = byPath(layouts);
    return lines(spark, layouts)
        .mapPartitionsWithInputSplit(
            (split, it) -> {
              FileSplit fs = (FileSplit) split;
              long n = 0;
              while (it.hasNext()) {
                it.next();
                n++;
              }
              int file = byPath.get(fs.getPath().toUri().getPath()).file().index();
              return List.of(new Tuple2<>(file + ":" + fs.getStart(), n)).iterator();
            },
            true)
        .collect()
        .stream()
        .collect(Collectors.toMap(t -> t._1(), t -> t._2(), Long::sum));
  }

  /**
   * The files' lines with their byte offsets, in splits small enough to keep every core busy on a
   * small input; both readers above use the same splits, so line numbers line up.
   */
  private static JavaNewHadoopRDD<LongWritable, Text> lines(
      SparkSession spark, List<FileLayout> layouts) {
    try {
      Job job = Job.getInstance(new Configuration(spark.sparkContext().hadoopConfiguration()));
      FileInputFormat.setInputPaths(
          job, layouts.stream().map(l -> new Path(l.file().path())).toArray(Path[]::new));
      long total = layouts.stream().mapToLong(l -> l.file().size()).sum();
      long perTask = total / Math.max(1, 2L * spark.sparkContext().defaultParallelism());
      long configured =
          job.getConfiguration().getLong(FileInputFormat.SPLIT_MAXSIZE, Long.MAX_VALUE);
      FileInputFormat.setMaxInputSplitSize(
          job, Math.min(configured, Math.max(MIN_SPLIT_BYTES, perTask)));
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      @SuppressWarnings("unchecked")
      JavaNewHadoopRDD<LongWritable, Text> lines =
          (JavaNewHadoopRDD<LongWritable, Text>)
              jsc.newAPIHadoopRDD(
                  job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
      return lines;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, FileLayout> byPath(List<FileLayout> layouts) {
    return layouts.stream()
        .collect(Collectors.toMap(l -> new Path(l.file().path()).toUri().getPath(), l -> l));
  }

  private static Iterator<Row> parseSplit(
      FileSplit split,
      Iterator<Tuple2<LongWritable, Text>> it,
      Map<String, FileLayout> byPath,
      List<ColumnSpec> columns) {
    FileLayout layout = byPath.get(split.getPath().toUri().getPath());
    if (layout == null) {
      throw new IllegalStateException("unexpected file " + split.getPath());
    }
    long splitStart = split.getStart();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Iterator<>() {
      private long index = -1;
      private Row next = advance();

      private Row advance() {
        while (it.hasNext()) {
          Tuple2<LongWritable, Text> rec = it.next();
          index++;
          long offset = rec._1().get();
          Text text = rec._2();
          if (text.getLength() == 0) {
            continue;
          }
          if (offset == 0 && layout.file().format() == InputFormat.CSV) {
            continue; // the header, checked before reading
          }
          return toRow(layout, columns, offset, splitStart, index, text, utf8);
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static Row toRow(
      FileLayout layout,
      List<ColumnSpec> columns,
      long offset,
      long splitStart,
      long index,
      Text text,
      CharsetDecoder utf8) {
    String[] values = new String[columns.size()];
    String line;
    String malformed = null;
    try {
      line = utf8.decode(ByteBuffer.wrap(text.getBytes(), 0, text.getLength())).toString();
    } catch (CharacterCodingException e) {
      line = new String(text.getBytes(), 0, text.getLength(), StandardCharsets.UTF_8);
      malformed = "invalid UTF-8 (is the file in another encoding?)";
    } catch (Exception e) {
      line = "";
      malformed = "unreadable line";
    }
    if (offset == 0 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (malformed == null && line.indexOf('\0') >= 0) {
      malformed = "NUL byte in the line";
    }
    if (malformed == null) {
      malformed =
          layout.file().format() == InputFormat.CSV
              ? csvValues(layout, line, values)
              : JsonRecords.parse(line, columns, values);
    }
    Object[] row = new Object[6 + values.length];
    row[0] = layout.file().index();
    row[1] = offset;
    row[2] = splitStart;
    row[3] = index;
    row[4] = line.length() > MAX_RAW_CHARS ? line.substring(0, MAX_RAW_CHARS) + "…" : line;
    row[5] = malformed;
    if (malformed == null) {
      System.arraycopy(values, 0, row, 6, values.length);
    }
    return RowFactory.create(row);
  }

  private static String csvValues(FileLayout layout, String line, String[] values) {
    CsvLine.Parsed parsed = CsvLine.parse(line);
    if (!parsed.ok()) {
      return parsed.error();
    }
    if (parsed.fields().size() != layout.fieldCount()) {
      return parsed.fields().size() + " fields where the header has " + layout.fieldCount();
    }
    for (int c = 0; c < values.length; c++) {
      int f = layout.fieldOfColumn()[c];
      values[c] = f < 0 ? null : parsed.fields().get(f);
    }
    return null;
  }
}
