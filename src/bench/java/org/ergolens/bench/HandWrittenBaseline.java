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
import java.util.concurrent.ExecutionException;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.ergolens.bench.RowGroupColumns.RowGroup;

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

    Map<String, Answer> population =
        scan(
            threads,
            DuckDbBaseline.parquetFiles(request.input(), "workstation_survey"),
            (cols, group, latest) -> readAnswers(cols, group, answers, latest),
            HandWrittenBaseline::later);
    Map<String, Integer> outcomes =
        scan(
            threads,
            DuckDbBaseline.parquetFiles(request.input(), "discomfort_reports"),
            (cols, group, cases) -> readReports(cols, reports, request.minSeverity(), cases),
            (a, b) -> a | b);
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

  /** Reads every row group of the files into one map per thread, then merges them. */
  private static <V> Map<String, V> scan(
      int threads,
      List<Path> files,
      RowGroupColumns.GroupReader<Map<String, V>> reader,
      BinaryOperator<V> merge)
      throws IOException, InterruptedException, ExecutionException {
    List<Map<String, V>> parts = RowGroupColumns.scan(files, threads, HashMap::new, reader);
    Map<String, V> all = parts.get(0);
    for (int t = 1; t < parts.size(); t++) {
      parts.get(t).forEach((k, v) -> all.merge(k, v, merge));
    }
    return all;
  }

  /**
   * A column's values of the selected rows (null where missing or not selected); the others are
   * skipped, not decoded.
   */
  static Object[] values(RowGroupColumns columns, String name, boolean[] selected) {
    ColumnDescriptor c = columns.column(name);
    ColumnReader r = columns.reader(c);
    int defined = c.getMaxDefinitionLevel();
    Object[] out = new Object[(int) columns.rows()];
    var type = c.getPrimitiveType();
    double divisor = divisor(type);
    for (int i = 0; i < out.length; i++) {
      if (r.getCurrentDefinitionLevel() == defined) {
        if (!selected[i]) {
          r.skip();
        } else {
          out[i] =
              switch (type.getPrimitiveTypeName()) {
                case BINARY -> r.getBinary().toStringUsingUTF8();
                case INT32 -> divisor == 1 ? (Object) r.getInteger() : r.getInteger() / divisor;
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
   * What a stored integer is divided by to give its value: 10^scale for a {@code DECIMAL}, else 1.
   */
  static double divisor(PrimitiveType type) {
    return type.getLogicalTypeAnnotation()
            instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal
        ? Math.pow(10, decimal.getScale())
        : 1;
  }

  /** A {@code DATE} column's days since the epoch, {@link Integer#MIN_VALUE} where missing. */
  static int[] days(RowGroupColumns columns, String name) {
    ColumnDescriptor c = columns.column(name);
    ColumnReader r = columns.reader(c);
    int defined = c.getMaxDefinitionLevel();
    int[] days = new int[(int) columns.rows()];
    for (int i = 0; i < days.length; i++) {
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

  /** Each respondent's latest answer in the window, among this row group's and {@code latest}. */
  private static void readAnswers(
      RowGroupColumns cols, RowGroup group, Window window, Map<String, Answer> latest) {
    int[] dates = days(cols, "response_date");
    boolean[] in = in(dates, window);
    Object[] ids = values(cols, "respondent_id", in);
    Object[] departments = values(cols, "department", in);
    Object[] hours = values(cols, "sitting_hours_per_day", in);
    Object[] monitor = values(cols, "monitor_position", in);
    Object[] lumbar = values(cols, "lumbar_support", in);
    Object[] breaks = values(cols, "break_frequency", in);
    Object[] exercise = values(cols, "exercise_days_per_week", in);
    Object[] desk = values(cols, "desk_type", in);
    Map<String, String> norms = new HashMap<>();
    Function<Object, String> norm =
        v -> v == null ? null : norms.computeIfAbsent((String) v, HandWrittenBaseline::norm);
    for (int i = 0; i < in.length; i++) {
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

  /**
   * The regions (bits) in which each respondent has a case in the month, added to {@code cases}.
   */
  private static void readReports(
      RowGroupColumns cols, Window month, int minSeverity, Map<String, Integer> cases) {
    boolean[] in = in(days(cols, "report_date"), month);
    Object[] severity = values(cols, "severity", in);
    for (int i = 0; i < in.length; i++) {
      in[i] = in[i] && severity[i] != null && (Integer) severity[i] >= minSeverity;
    }
    Object[] ids = values(cols, "respondent_id", in);
    Object[] regions = values(cols, "body_region", in);
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
}
