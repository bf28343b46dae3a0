package org.ergolens.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes rows as one Parquet file, with the parquet-hadoop writer that Spark ships (no Spark
 * session): Snappy compression and row groups of at most {@link #ROWS_PER_ROW_GROUP} rows, so that
 * a reader can split a large file between its threads. Every column is optional and typed as the
 * job's Parquet reader accepts it:
 *
 * <ul>
 *   <li>{@link ColumnType#STRING}: {@code BINARY} annotated {@code STRING} (enum values keep their
 *       spelling, so variant spellings still exercise the job's normalisation);
 *   <li>{@link ColumnType#DATE}: {@code INT32} annotated {@code DATE};
 *   <li>{@link ColumnType#INTEGER}: {@code INT32};
 *   <li>{@link ColumnType#DECIMAL}: {@code INT32} annotated {@code DECIMAL(9,2)};
 *   <li>{@link ColumnType#BOOLEAN}: {@code BOOLEAN}; a variant spelling ({@code yes}, {@code 1},
 *       ...) is stored as the boolean it spells.
 * </ul>
 *
 * <p>A typed column cannot hold a deliberately bad value (the text {@code "seven"} in a decimal
 * column) or a malformed line: both throw, so bad-row injection is for CSV and JSON Lines only.
 */
public final class ParquetRowSink implements RowSink {
  /** Rows per row group: the unit a Parquet reader hands to one thread. */
  static final int ROWS_PER_ROW_GROUP = 1 << 18;

  static final int DECIMAL_PRECISION = 9;
  static final int DECIMAL_SCALE = 2;

  private static final int BUFFER_BYTES = 1 << 20;

  private final OutputStream out;
  private ParquetWriter<Object[]> writer;
  private List<Column> columns;
  private long records;

  /** Creates a sink writing to {@code out}, which it closes when closed. */
  public ParquetRowSink(OutputStream out) {
    this.out = new BufferedOutputStream(out, BUFFER_BYTES);
  }

  @Override
  public void header(List<Column> header) throws IOException {
    if (columns != null) {
      throw new IllegalStateException("Cannot write a second Parquet schema");
    }
    columns = List.copyOf(header);
    writer =
        new Builder(new StreamOutputFile(out), schema(columns), columns)
            .withConf(new PlainParquetConfiguration())
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withRowGroupRowCountLimit(ROWS_PER_ROW_GROUP)
            .build();
  }

  @Override
  public void row(Object[] values) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("Cannot write a Parquet row before the header");
    }
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "Cannot write a Parquet row of "
              + values.length
              + " values under "
              + columns.size()
              + " columns");
    }
    writer.write(values);
    records++;
  }

  /**
   * @throws UnsupportedOperationException always: Parquet has no lines
   */
  @Override
  public void malformedLine(String text) {
    throw new UnsupportedOperationException(
        "Cannot write a malformed line to Parquet: bad rows are injected into CSV or JSON Lines"
            + " only");
  }

  @Override
  public long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.close();
      }
    } finally {
      out.close();
    }
  }

  /** The Parquet schema of {@code columns}, all optional. */
  static MessageType schema(List<Column> columns) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : columns) {
      switch (c.type()) {
        case STRING ->
            b.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named(c.name());
        case DATE ->
            b.optional(PrimitiveTypeName.INT32)
                .as(LogicalTypeAnnotation.dateType())
                .named(c.name());
        case INTEGER -> b.optional(PrimitiveTypeName.INT32).named(c.name());
        case DECIMAL ->
            b.optional(PrimitiveTypeName.INT32)
                .as(LogicalTypeAnnotation.decimalType(DECIMAL_SCALE, DECIMAL_PRECISION))
                .named(c.name());
        case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
      }
    }
    return b.named("ergolens_generated");
  }

  private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
    private final MessageType schema;
    private final List<Column> columns;

    Builder(OutputFile file, MessageType schema, List<Column> columns) {
      super(file);
      this.schema = schema;
      this.columns = columns;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new RowWriteSupport(schema, columns);
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema, columns);
    }
  }

  /** Hands one row's values to Parquet's record consumer, column by column. */
  private static final class RowWriteSupport extends WriteSupport<Object[]> {
    private final MessageType schema;
    private final Column[] columns;
    private RecordConsumer consumer;

    RowWriteSupport(MessageType schema, List<Column> columns) {
      this.schema = schema;
      this.columns = columns.toArray(Column[]::new);
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
      return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
      consumer.startMessage();
      for (int i = 0; i < columns.length; i++) {
        Object v = row[i];
        if (v == null) {
          continue;
        }
        Column c = columns[i];
        consumer.startField(c.name(), i);
        switch (c.type()) {
          case STRING -> consumer.addBinary(Binary.fromString(v.toString()));
          case DATE -> consumer.addInteger(Math.toIntExact(date(c, v).toEpochDay()));
          case INTEGER -> consumer.addInteger(integer(c, v));
          case DECIMAL -> consumer.addInteger(decimal(c, v));
          case BOOLEAN -> consumer.addBoolean(bool(c, v));
        }
        consumer.endField(c.name(), i);
      }
      consumer.endMessage();
    }
  }

  private static LocalDate date(Column c, Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    throw untyped(c, v);
  }

  private static int integer(Column c, Object v) {
    if (v instanceof Integer || v instanceof Long) {
      long n = ((Number) v).longValue();
      if (n == (int) n) {
        return (int) n;
      }
    }
    throw untyped(c, v);
  }

  private static int decimal(Column c, Object v) {
    if (v instanceof BigDecimal b) {
      try {
        BigDecimal scaled = b.setScale(DECIMAL_SCALE);
        if (scaled.precision() <= DECIMAL_PRECISION) {
          return scaled.unscaledValue().intValueExact();
        }
      } catch (ArithmeticException e) {
        // more decimal places than the column holds: not representable, reported below
      }
    }
    throw untyped(c, v);
  }

  /** A {@link Boolean}, or a spelling the contract accepts for one (yes/no, 1/0, any case). */
  private static boolean bool(Column c, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    String s = v.toString().trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw untyped(c, v);
    };
  }

  private static IllegalArgumentException untyped(Column c, Object v) {
    return new IllegalArgumentException(
        "Cannot write '"
            + v
            + "' to the Parquet "
            + c.type().name().toLowerCase(Locale.ROOT)
            + " column "
            + c.name()
            + ": Parquet columns are typed, so bad rows are injected into CSV or JSON Lines only");
  }

  /**
   * An {@link OutputFile} over a plain stream: Parquet writes sequentially and only needs a count.
   */
  private static final class StreamOutputFile implements OutputFile {
    private final OutputStream out;

    StreamOutputFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        private long pos;

        @Override
        public long getPos() {
          return pos;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          pos += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.flush(); // the sink closes the stream itself
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }
}
