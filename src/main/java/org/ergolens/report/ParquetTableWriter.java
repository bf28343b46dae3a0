package org.ergolens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a small {@link Table} as one Parquet file in a directory, on the driver.
 *
 * <p>The tables are a few thousand rows computed on the driver, so they are written there with
 * parquet-hadoop rather than by a Spark job: a job would cost a query plan, generated code and a
 * task for every table, more than the rows themselves. The file is what Spark would write for the
 * same rows: the {@code spark_schema} message, nullable columns, UTF-8 strings, Spark's schema in
 * the footer, and the session's {@code spark.sql.parquet.compression.codec} (snappy by default), so
 * {@code spark.read().parquet(directory)} gives the same rows and types. Its name has no random
 * part, so a re-run writes the same bytes.
 */
public final class ParquetTableWriter {
  /** The footer key under which Spark keeps a file's Catalyst schema. */
  static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  /** The footer key under which Spark records the version that wrote a file. */
  static final String SPARK_VERSION_KEY = "org.apache.spark.version";

  private static final String CODEC_KEY = "spark.sql.parquet.compression.codec";

  private ParquetTableWriter() {}

  public static StructType schema(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Table.Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * Writes {@code table} as {@code directory/part-00000<codec>.parquet}; the directory must not
   * exist yet.
   */
  public static void write(SparkSession spark, Table table, String directory) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    CompressionCodecName codec = codec(spark.conf().get(CODEC_KEY, "snappy"));
    Path dir = new Path(directory);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (fs.exists(dir)) {
        throw new IOException(directory + " already exists");
      }
      if (!fs.mkdirs(dir)) {
        throw new IOException("cannot create " + directory);
      }
      Path file = new Path(dir, "part-00000" + codec.getExtension() + ".parquet");
      Map<String, String> footer =
          Map.of(SPARK_SCHEMA_KEY, schema(table).json(), SPARK_VERSION_KEY, spark.version());
      try (ParquetWriter<List<Object>> writer =
          new Builder(HadoopOutputFile.fromPath(file, conf), parquetSchema(table), footer)
              .withConf(conf)
              .withWriteMode(ParquetFileWriter.Mode.CREATE)
              .withCompressionCodec(codec)
              .build()) {
        for (List<Object> row : table.rows()) {
          writer.write(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The Parquet schema Spark writes for {@link #schema(Table)}. */
  static MessageType parquetSchema(Table table) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (Table.Column c : table.columns()) {
      switch (c.type()) {
        case STRING ->
            message
                .optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named(c.name());
        case LONG -> message.optional(PrimitiveTypeName.INT64).named(c.name());
        case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
        case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
      }
    }
    return message.named("spark_schema");
  }

  /** Spark's names for Parquet codecs ({@code none} and {@code uncompressed} are the same). */
  private static CompressionCodecName codec(String sparkName) {
    String n = sparkName.trim().toUpperCase(Locale.ROOT);
    return n.equals("NONE") ? CompressionCodecName.UNCOMPRESSED : CompressionCodecName.valueOf(n);
  }

  private static DataType sparkType(Table.Type t) {
    return switch (t) {
      case STRING -> DataTypes.StringType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }

  private static final class Builder extends ParquetWriter.Builder<List<Object>, Builder> {
    private final MessageType schema;
    private final Map<String, String> footer;

    Builder(OutputFile file, MessageType schema, Map<String, String> footer) {
      super(file);
      this.schema = schema;
      this.footer = footer;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<List<Object>> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema, footer);
    }
  }

  /** Writes one table row as one record: a null value is an absent optional field. */
  private static final class RowWriteSupport extends WriteSupport<List<Object>> {
    private final MessageType schema;
    private final Map<String, String> footer;
    private RecordConsumer out;

    RowWriteSupport(MessageType schema, Map<String, String> footer) {
      this.schema = schema;
      this.footer = footer;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema, footer);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(List<Object> row) {
      out.startMessage();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        if (v == null) {
          continue;
        }
        Type field = schema.getType(i);
        out.startField(field.getName(), i);
        switch (field.asPrimitiveType().getPrimitiveTypeName()) {
          case BINARY -> out.addBinary(Binary.fromString((String) v));
          case INT64 -> out.addLong(((Number) v).longValue());
          case DOUBLE -> out.addDouble(((Number) v).doubleValue());
          case BOOLEAN -> out.addBoolean((Boolean) v);
          default -> throw new IllegalStateException("unexpected column type " + field);
        }
        out.endField(field.getName(), i);
      }
      out.endMessage();
    }
  }
}
