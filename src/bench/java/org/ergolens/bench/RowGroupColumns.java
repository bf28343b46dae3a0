package org.ergolens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;

/**
 * One row group of a Parquet file, read into memory with parquet-java, and a reader for each of its
 * columns: what the bench's engine-free processes ({@link DecodeFloor}, {@link
 * HandWrittenBaseline}) decode values from. A column's pages are handed out once, so each column
 * can be read once. The file stays open until {@link #close()}, which frees the pages.
 */
final class RowGroupColumns implements AutoCloseable {
  /**
   * A row group: its file, the file's place among the dataset's files (name order), the group's
   * index in the file and the file row of its first row.
   */
  record RowGroup(Path file, int fileIndex, int index, long firstRow) {}

  private final ParquetFileReader file;
  private final MessageType schema;
  private final ColumnReadStoreImpl store;
  private final long rows;

  RowGroupColumns(RowGroup group, Configuration conf) throws IOException {
    file = open(group.file(), conf);
    try {
      schema = file.getFooter().getFileMetaData().getSchema();
      PageReadStore pages = file.readRowGroup(group.index());
      store = new ColumnReadStoreImpl(pages, new Ignored(), schema, "ergolens-bench");
      rows = pages.getRowCount();
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /** Every row group of the files, in input order. */
  static List<RowGroup> rowGroups(List<Path> files, Configuration conf) throws IOException {
    List<RowGroup> groups = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      try (ParquetFileReader r = open(files.get(f), conf)) {
        long first = 0;
        for (int g = 0; g < r.getRowGroups().size(); g++) {
          groups.add(new RowGroup(files.get(f), f, g, first));
          first += r.getRowGroups().get(g).getRowCount();
        }
      }
    }
    return groups;
  }

  /** Reads one row group's columns into a thread's accumulator. */
  interface GroupReader<A> {
    void read(RowGroupColumns columns, RowGroup group, A into) throws IOException;
  }

  /**
   * Reads every row group of the files on {@code threads} threads, each taking the next group as it
   * frees, into one accumulator per thread ({@code fresh}); returns the accumulators.
   */
  static <A> List<A> scan(List<Path> files, int threads, Supplier<A> fresh, GroupReader<A> reader)
      throws IOException, InterruptedException, ExecutionException {
    Configuration conf = new Configuration();
    List<RowGroup> groups = rowGroups(files, conf);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<A>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  A mine = fresh.get();
                  for (int i; (i = next.getAndIncrement()) < groups.size(); ) {
                    try (RowGroupColumns columns = new RowGroupColumns(groups.get(i), conf)) {
                      reader.read(columns, groups.get(i), mine);
                    }
                  }
                  return mine;
                }));
      }
      List<A> all = new ArrayList<>();
      for (Future<A> part : parts) {
        all.add(part.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  long rows() {
    return rows;
  }

  List<ColumnDescriptor> columns() {
    return schema.getColumns();
  }

  /** The column of that name (case-insensitive, as the contract matches names). */
  ColumnDescriptor column(String name) {
    for (ColumnDescriptor c : schema.getColumns()) {
      if (c.getPath()[0].equalsIgnoreCase(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("No column " + name + " in " + schema);
  }

  ColumnReader reader(ColumnDescriptor column) {
    return store.getColumnReader(column);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }

  private static ParquetFileReader open(Path file, Configuration conf) throws IOException {
    return ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf));
  }

  /** The column readers need a record converter; values are read from them directly instead. */
  private static final class Ignored extends GroupConverter {
    @Override
    public Converter getConverter(int fieldIndex) {
      return new PrimitiveConverter() {};
    }

    @Override
    public void start() {}

    @Override
    public void end() {}
  }
}
