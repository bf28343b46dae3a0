package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.ergolens.Errors;

/**
 * Reads Parquet files into the contract's columns, each in the type the file stores it in. Each
 * file's footer is checked first (readable, required columns present, plain column types). {@link
 * RowValidator} then takes a column stored in the contract's own type (a {@code DATE}, a number, a
 * boolean) as it is, and reads any other as text, so that a wrongly typed column is rejected row by
 * row by the same checks as a CSV value would be.
 */
public final class ParquetRecordReader {
  private ParquetRecordReader() {}

  /** Checks a file's footer; returns the file's actual name of each canonical column present. */
  public static Map<String, String> checkFooter(
      SourceFile file, DatasetSpec dataset, Configuration conf) {
    MessageType schema;
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file.path()), conf))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadable(
          file.path(), "not a readable Parquet file (" + Errors.oneLine(e.getMessage()) + ").");
    }
    Map<String, String> actual = new HashMap<>();
    for (Type field : schema.getFields()) {
      String name = HeaderCheck.normalizeName(field.getName());
      if (dataset.column(name).isPresent()) {
        if (actual.putIfAbsent(name, field.getName()) != null) {
          throw Errors.duplicateColumn(file.path(), name);
        }
        if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
          throw Errors.badColumnType(
              file.path(),
              name,
              field.isPrimitive()
                  ? "repeated " + field.asPrimitiveType().getPrimitiveTypeName()
                  : "group (nested)");
        }
      }
    }
    for (ColumnSpec col : dataset.columns()) {
      if (col.required() && !actual.containsKey(col.name())) {
        throw Errors.missingColumn(file.path(), col.name());
      }
    }
    return actual;
  }

  public static Dataset<Row> read(
      SparkSession spark,
      DatasetSpec dataset,
      List<SourceFile> files,
      Map<String, String> actualNames) {
    Dataset<Row> df =
        spark.read().parquet(files.stream().map(SourceFile::path).toArray(String[]::new));
    Column fileIndex = lit(null).cast(DataTypes.IntegerType);
    for (SourceFile f : files) {
      fileIndex =
          functions
              .when(col("_metadata.file_name").equalTo(new Path(f.path()).getName()), f.index())
              .otherwise(fileIndex);
    }
    List<Column> cols =
        new ArrayList<>(
            List.of(
                fileIndex.as(Columns.FILE_INDEX),
                col("_metadata.row_index").as(Columns.POSITION),
                lit(null).cast(DataTypes.StringType).as(Columns.RAW),
                lit(null).cast(DataTypes.StringType).as(Columns.MALFORMED)));
    for (String c : dataset.columnNames()) {
      String actual = actualNames.get(c);
      cols.add(
          actual == null
              ? lit(null).cast(DataTypes.StringType).as(c)
              : df.col("`" + actual + "`").as(c));
    }
    return df.select(cols.toArray(Column[]::new));
  }
}
