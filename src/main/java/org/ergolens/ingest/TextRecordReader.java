package org.ergolens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ergolens.ingest.format.RecordScanner;

/**
 * The second pass over a text file's split: parses the records that start in the split, from the
 * record start and line the first pass found ({@link SplitChain}), reading past the split's end to
 * finish its last record. Each record becomes the dataset's canonical text columns, or a row marked
 * malformed (bad quoting, a wrong field count, a record that stays open, a NUL byte, bad JSON),
 * with the line it starts on. Blank lines are not records.
 */
public final class TextRecordReader {
  /** Longest raw text kept for the rejects file; longer records are cut there. */
  static final int MAX_RAW_CHARS = 4096;

  private TextRecordReader() {}

  /** The schema every reader produces: position columns, then the dataset's columns as text. */
  public static StructType rawSchema(DatasetSpec dataset) {
    List<StructField> fields =
        new ArrayList<>(
            List.of(
                DataTypes.createStructField(Columns.FILE_INDEX, DataTypes.IntegerType, false),
                DataTypes.createStructField(Columns.POSITION, DataTypes.LongType, false),
                DataTypes.createStructField(Columns.RAW, DataTypes.StringType, true),
                DataTypes.createStructField(Columns.MALFORMED, DataTypes.StringType, true)));
    for (String c : dataset.columnNames()) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * The rows of the records starting in {@code [start.offset(), end)} of {@code in}, which is
   * positioned at {@code start.offset()}. Closing the iterator's source is the caller's.
   */
  static Iterator<Row> rows(
      FileLayout layout,
      List<ColumnSpec> columns,
      InputStream in,
      SplitChain.SplitStart start,
      long end) {
    RecordScanner scanner = SplitScan.scanner(layout, in, start.line());
    boolean csv = layout.file().format() == InputFormat.CSV;
    boolean[] decimal = decimalColumns(columns);
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        try {
          while (scanner.next()) {
            long offset = start.offset() + scanner.offset();
            if (offset >= end) {
              return null;
            }
            if (scanner.isBlank() || (csv && offset == 0)) {
              continue; // a blank line, or the header (checked before reading)
            }
            return csv
                ? csvRow(layout, columns, decimal, scanner)
                : jsonRow(layout, columns, scanner, offset);
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + layout.file().path(), e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static boolean[] decimalColumns(List<ColumnSpec> columns) {
    boolean[] decimal = new boolean[columns.size()];
    for (int c = 0; c < decimal.length; c++) {
      decimal[c] = columns.get(c).type() == ValueType.DECIMAL;
    }
    return decimal;
  }

  private static Row csvRow(
      FileLayout layout, List<ColumnSpec> columns, boolean[] decimal, RecordScanner scanner) {
    String[] values = new String[columns.size()];
    String malformed = scanner.malformed();
    if (malformed == null) {
      int[] fieldOfColumn = layout.fieldOfColumn();
      DecimalMark mark = layout.dialect().decimalMark();
      for (int c = 0; c < values.length; c++) {
        int f = fieldOfColumn[c];
        if (f >= 0) {
          String v = scanner.field(f);
          values[c] = decimal[c] ? mark.toPointDecimal(v) : v;
        }
      }
    }
    return row(layout, scanner.line(), raw(scanner), malformed, values);
  }

  private static Row jsonRow(
      FileLayout layout, List<ColumnSpec> columns, RecordScanner scanner, long offset) {
    String[] values = new String[columns.size()];
    String malformed = scanner.malformed();
    String text = scanner.text(Integer.MAX_VALUE);
    if (offset == 0 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (malformed == null) {
      malformed = JsonRecords.parse(text, columns, values);
    }
    String raw = text.length() > MAX_RAW_CHARS ? text.substring(0, MAX_RAW_CHARS) + "…" : text;
    return row(layout, scanner.line(), raw, malformed, values);
  }

  private static String raw(RecordScanner scanner) {
    String text = scanner.text(MAX_RAW_CHARS + 1);
    return text.length() > MAX_RAW_CHARS ? text.substring(0, MAX_RAW_CHARS) + "…" : text;
  }

  /** A row in {@link #rawSchema}; the values are kept only when the record is well-formed. */
  static Row row(FileLayout layout, long position, String raw, String malformed, String[] values) {
    Object[] row = new Object[4 + values.length];
    row[0] = layout.file().index();
    row[1] = position;
    row[2] = raw;
    row[3] = malformed;
    if (malformed == null) {
      System.arraycopy(values, 0, row, 4, values.length);
    }
    return RowFactory.create(row);
  }
}
