package org.ergolens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.function.Function;
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
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;

/**
 * The benchmark's third peer: the same core counts as {@link DuckDbBaseline}, computed by
 * hand-written Java in one JVM with no engine at all: the Parquet project's own column readers
 * (parquet-java), one row group at a time on {@code --threads} threads, the date filters applied
 * before any other column of a row is decoded (as DuckDB pushes them down), hash maps for the
 * population and the outcomes, and plain loops for the counts. Like the other peers it validates
 * nothing and writes no report. It measures what the "engine of our own" design would cost for the
 * counts alone on this machine; {@link CompareCounts} checks it against DuckDB.
 *
 * <p>It reads the generator's typed Parquet columns (strings, {@code DATE}, {@code INT32}, {@code
 * DECIMAL} as {@code INT32}); any other physical type stops it with the column's name.
 *
 * <pre>
 * java -cp … org.ergolens.bench.HandWrittenBaseline --input DIR --month 2026-10 --out counts.csv
 *     [--lookback 12] [--case-min-severity 1] [--threads 2]
 * </pre>
 */
public final class HandWrittenBaseline {
  private static final List<String> OUTCOMES = DuckDbBaseline.outcomes();
  private static final int ANY_REGION = DuckDbBaseline.REGIONS.length;

  private HandWrittenBaseline() {}

  public static void main(String[] args) throws Exception {
    CountsRequest request = CountsRequest.parse(args);
    int threads = Integer.parseInt(request.options().getOrDefault("--threads", "2"));
    long start = System.nanoTime();
    YearMonth month = request.month();
    LocalDate from = month.minusMonths(request.lookback() - 1L).atDay(1);
    Window answers = new Window(from.toEpochDay(), month.atEndOfMonth().toEpochDay());
    Window reports = new Window(month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay());

    Map<String, Answer> population;
    Map<String, Integer> outcomes;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      population =
          scan(
              pool,
              threads,
              DuckDbBaseline.parquetFiles(request.input(), "workstation_survey"),
              (group, latest) -> readAnswers(group, answers, latest),
              HandWrittenBaseline::later);
      outcomes =
          scan(
              pool,
              threads,
              DuckDbBaseline.parquetFiles(request.input(), "discomfort_reports"),
              (group, cases) -> readReports(group, reports, request.minSeverity(), cases),
              (a, b) -> a | b);
    } finally {
      pool.shutdownNow();
    }
    List<String[]> rows = counts(population, outcomes);
    DuckDbBaseline.write(rows, request.out());
    System.out.printf(
        Locale.ROOT,
        "hand-written Java (%d threads): population %s; %d counts in %.1f s to %s%n",
        threads,
        rows.get(0)[5],
        rows.size(),
        (System.nanoTime() - start) / 1e9,
        request.out());
  }

  /** Inclusive range of days since the epoch. */
  private record Window(long from, long to) {
    boolean contains(long day) {
      return day >= from && day <= to;
    }
  }

  /** One answer's levels, with its place in the input for the population's tie-break. */
  private record Answer(int date, int file, long row, String department, String[] levels) {}

  /** The later of two answers: by date, then file, then row (the contract's tie-break). */
  private static Answer later(Answer a, Answer b) {
    int c = Integer.compare(a.date, b.date);
    if (c == 0) {
      c = Integer.compare(a.file, b.file);
    }
    if (c == 0) {
      c = Long.compare(a.row, b.row);
    }
    return c >= 0 ? a : b;
  }

  /** A row group of one file: its place in the input order and its first row's index. */
  private record RowGroup(Path file, int fileIndex, int index, long firstRow) {}

  private interface GroupReader<V> {
    void read(RowGroup group, Map<String, V> into) throws IOException;
  }

  /**
   * Reads every row group of the files into one map per thread, then merges the maps with {@code
   * merge}.
   */
  private static <V> Map<String, V> scan(
      ExecutorService pool,
      int threads,
      List<Path> files,
      GroupReader<V> reader,
      BinaryOperator<V> merge)
      throws Exception {
    List<RowGroup> groups = new ArrayList<>();
    Configuration conf = new Configuration();
    for (int f = 0; f < files.size(); f++) {
      try (ParquetFileReader r = open(files.get(f), conf)) {
        long first = 0;
        for (int g = 0; g < r.getRowGroups().size(); g++) {
          groups.add(new RowGroup(files.get(f), f, g, first));
          first += r.getRowGroups().get(g).getRowCount();
        }
      }
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<Map<String, V>>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      parts.add(
          pool.submit(
              () -> {
                Map<String, V> mine = new HashMap<>();
                for (int i; (i = next.getAndIncrement()) < groups.size(); ) {
                  reader.read(groups.get(i), mine);
                }
                return mine;
              }));
    }
    Map<String, V> all = parts.get(0).get();
    for (int t = 1; t < parts.size(); t++) {
      parts.get(t).get().forEach((k, v) -> all.merge(k, v, merge));
    }
    return all;
  }

  private static ParquetFileReader open(Path file, Configuration conf) throws IOException {
    return ParquetFileReader.open(
        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf));
  }

  /** The columns of one row group, by name. */
  private static final class Columns {
    private final MessageType schema;
    private final ColumnReadStoreImpl store;
    final long rows;

    Columns(ParquetFileReader file, int group) throws IOException {
      schema = file.getFooter().getFileMetaData().getSchema();
      PageReadStore pages = file.readRowGroup(group);
      store = new ColumnReadStoreImpl(pages, new Ignored(), schema, "ergolens-bench");
      rows = pages.getRowCount();
    }

    ColumnDescriptor descriptor(String name) {
      for (ColumnDescriptor c : schema.getColumns()) {
        if (c.getPath()[0].equalsIgnoreCase(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException("No column " + name);
    }

    /** The column's values of the selected rows (null where missing), others skipped. */
    Object[] values(String name, boolean[] selected) {
      ColumnDescriptor c = descriptor(name);
      ColumnReader r = store.getColumnReader(c);
      int defined = c.getMaxDefinitionLevel();
      Object[] out = new Object[(int) rows];
      var type = c.getPrimitiveType();
      LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
      for (int i = 0; i < rows; i++) {
        if (r.getCurrentDefinitionLevel() == defined) {
          if (!selected[i]) {
            r.skip();
          } else {
            out[i] =
                switch (type.getPrimitiveTypeName()) {
                  case BINARY -> r.getBinary().toStringUsingUTF8();
                  case INT32 ->
                      logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal
                          ? r.getInteger() / Math.pow(10, decimal.getScale())
                          : (Object) r.getInteger();
                  default ->
                      throw new IllegalArgumentException(
                          "Cannot read column " + name + " stored as " + type);
                };
          }
        }
        r.consume();
      }
      return out;
    }

    /**
     * A {@code DATE} column's days since the epoch, {@link Integer#MIN_VALUE} where missing. A
     * column can be read once only: its pages are handed out once.
     */
    int[] days(String name) {
      ColumnDescriptor c = descriptor(name);
      ColumnReader r = store.getColumnReader(c);
      int defined = c.getMaxDefinitionLevel();
      int[] days = new int[(int) rows];
      for (int i = 0; i < rows; i++) {
        days[i] = r.getCurrentDefinitionLevel() == defined ? r.getInteger() : Integer.MIN_VALUE;
        r.consume();
      }
      return days;
    }

    /** The rows whose day lies in the window. */
    static boolean[] in(int[] days, Window window) {
      boolean[] in = new boolean[days.length];
      for (int i = 0; i < days.length; i++) {
        in[i] = days[i] != Integer.MIN_VALUE && window.contains(days[i]);
      }
      return in;
    }
  }

  private static void readAnswers(RowGroup group, Window window, Map<String, Answer> latest)
      throws IOException {
    try (ParquetFileReader file = open(group.file(), new Configuration())) {
      Columns cols = new Columns(file, group.index());
      int[] dates = cols.days("response_date");
      boolean[] in = Columns.in(dates, window);
      Object[] ids = cols.values("respondent_id", in);
      Object[] departments = cols.values("department", in);
      Object[] hours = cols.values("sitting_hours_per_day", in);
      Object[] monitor = cols.values("monitor_position", in);
      Object[] lumbar = cols.values("lumbar_support", in);
      Object[] breaks = cols.values("break_frequency", in);
      Object[] exercise = cols.values("exercise_days_per_week", in);
      Object[] desk = cols.values("desk_type", in);
      Map<String, String> norms = new HashMap<>();
      Function<Object, String> norm =
          v -> v == null ? null : norms.computeIfAbsent((String) v, HandWrittenBaseline::norm);
      for (int i = 0; i < cols.rows; i++) {
        if (!in[i]) {
          continue;
        }
        String[] levels = {
          sittingBand((Double) hours[i]),
          norm.apply(monitor[i]),
          norm.apply(lumbar[i]),
          norm.apply(breaks[i]),
          exerciseBand((Integer) exercise[i]),
          norm.apply(desk[i])
        };
        Answer a =
            new Answer(
                dates[i], group.fileIndex(), group.firstRow() + i, (String) departments[i], levels);
        latest.merge((String) ids[i], a, HandWrittenBaseline::later);
      }
    }
  }

  private static void readReports(
      RowGroup group, Window month, int minSeverity, Map<String, Integer> cases)
      throws IOException {
    try (ParquetFileReader file = open(group.file(), new Configuration())) {
      Columns cols = new Columns(file, group.index());
      boolean[] in = Columns.in(cols.days("report_date"), month);
      Object[] severity = cols.values("severity", in);
      for (int i = 0; i < in.length; i++) {
        in[i] = in[i] && severity[i] != null && (Integer) severity[i] >= minSeverity;
      }
      Object[] ids = cols.values("respondent_id", in);
      Object[] regions = cols.values("body_region", in);
      Map<String, Integer> bits = new HashMap<>();
      for (int i = 0; i < in.length; i++) {
        if (in[i]) {
          int bit =
              bits.computeIfAbsent(
                  (String) regions[i],
                  r -> {
                    int k = List.of(DuckDbBaseline.REGIONS).indexOf(norm(r));
                    return (k < 0 ? 0 : 1 << k) | 1 << ANY_REGION;
                  });
          cases.merge((String) ids[i], bit, (a, b) -> a | b);
        }
      }
    }
  }

  /** The contract's enum matching, as {@link DuckDbBaseline#norm}. */
  static String norm(String v) {
    return v.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  private static String sittingBand(Double hours) {
    if (hours == null) {
      return null;
    }
    return hours < 4 ? "under_4h" : hours < 6 ? "4_to_6h" : hours < 8 ? "6_to_8h" : "8h_plus";
  }

  private static String exerciseBand(Integer days) {
    if (days == null) {
      return null;
    }
    return days >= 3 ? "3_plus_days" : days >= 1 ? "1_to_2_days" : "none";
  }

  /** population and cases per outcome, then per department × factor × level, sorted. */
  private static List<String[]> counts(
      Map<String, Answer> population, Map<String, Integer> outcomes) {
    long[] totals = new long[OUTCOMES.size() + 1];
    List<String> factors = List.copyOf(DuckDbBaseline.FACTORS.keySet());
    Map<List<String>, long[]> perLevel = new TreeMap<>(HandWrittenBaseline::compareKeys);
    population.forEach(
        (id, answer) -> {
          int mask = outcomes.getOrDefault(id, 0);
          add(totals, mask);
          for (int f = 0; f < factors.size(); f++) {
            String level = answer.levels()[f];
            if (level != null) {
              add(
                  perLevel.computeIfAbsent(
                      List.of(answer.department(), factors.get(f), level),
                      k -> new long[OUTCOMES.size() + 1]),
                  mask);
            }
          }
        });
    List<String[]> rows = new ArrayList<>(DuckDbBaseline.totals(i -> totals[i]));
    perLevel.forEach(
        (key, sums) -> rows.addAll(DuckDbBaseline.perLevel(key::get, i -> sums[i - 3])));
    return rows;
  }

  private static void add(long[] sums, int mask) {
    sums[0]++;
    for (int o = 0; o < OUTCOMES.size(); o++) {
      if ((mask & 1 << o) != 0) {
        sums[o + 1]++;
      }
    }
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
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
