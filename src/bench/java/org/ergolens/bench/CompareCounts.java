package org.ergolens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the job's core counts against the DuckDB baseline's, exactly. The job's side is its
 * covariate-pattern counts ({@code monthly --audit-counts}), summed here to the baseline's
 * marginals: the population, cases per outcome, and respondents and cases per department × factor ×
 * level × outcome. With {@code --peer} instead of {@code --job}, the other side is another peer's
 * output in the baseline's own form ({@link SparkSqlBaseline}), named in the messages by {@code
 * --name}. Exit code 0 when every count agrees; 1, with the differences, when any does not.
 *
 * <pre>
 * java -cp … org.ergolens.bench.CompareCounts --job pattern_counts.csv --duckdb counts.csv
 * java -cp … org.ergolens.bench.CompareCounts --peer spark_counts.csv --duckdb counts.csv
 *     [--name "Spark SQL"]
 * </pre>
 */
public final class CompareCounts {
  private static final int SHOWN = 20;

  private CompareCounts() {}

  public static void main(String[] args) throws Exception {
    boolean peer = Arrays.asList(args).contains("--peer");
    Map<String, String> a = Args.parse(args, peer ? "--peer" : "--job", "--duckdb");
    String side = a.getOrDefault("--name", peer ? "the peer" : "the job");
    Map<String, Long> job =
        peer
            ? fromBaseline(Csv.read(Path.of(a.get("--peer"))))
            : fromPatterns(Csv.read(Path.of(a.get("--job"))));
    Map<String, Long> duck = fromBaseline(Csv.read(Path.of(a.get("--duckdb"))));
    List<String> differences = differences(job, duck);
    if (differences.isEmpty()) {
      System.out.printf(
          "Counts agree: population %d, %d counts compared%n",
          job.getOrDefault("population", 0L), job.size());
      return;
    }
    System.err.println(
        "Counts differ between "
            + side
            + " and DuckDB in "
            + differences.size()
            + " of "
            + new TreeSet<>(union(job, duck)).size()
            + " counts (measure|department|factor|level|outcome: "
            + side
            + " vs DuckDB):");
    differences.stream().limit(SHOWN).forEach(d -> System.err.println("  " + d));
    if (differences.size() > SHOWN) {
      System.err.println("  ... and " + (differences.size() - SHOWN) + " more");
    }
    System.exit(1);
  }

  /** Sums pattern rows to the baseline's keys; an empty level is a missing optional factor. */
  static Map<String, Long> fromPatterns(List<Map<String, String>> patterns) {
    Map<String, Long> m = new TreeMap<>();
    for (Map<String, String> p : patterns) {
      long n = Long.parseLong(p.get("respondents"));
      String d = p.get("department");
      m.merge("population", n, Long::sum);
      for (String f : DuckDbBaseline.FACTORS.keySet()) {
        String level = p.get(f);
        if (level != null && !level.isEmpty()) {
          m.merge(key("respondents", d, f, level, ""), n, Long::sum);
        }
      }
      for (String o : DuckDbBaseline.outcomes()) {
        long cases = Long.parseLong(p.get("cases_" + o));
        m.merge(key("cases", "", "", "", o), cases, Long::sum);
        for (String f : DuckDbBaseline.FACTORS.keySet()) {
          String level = p.get(f);
          if (level != null && !level.isEmpty()) {
            m.merge(key("cases", d, f, level, o), cases, Long::sum);
          }
        }
      }
    }
    return m;
  }

  static Map<String, Long> fromBaseline(List<Map<String, String>> rows) {
    Map<String, Long> m = new TreeMap<>();
    for (Map<String, String> r : rows) {
      String k =
          r.get("measure").equals("population")
              ? "population"
              : key(
                  r.get("measure"),
                  r.get("department"),
                  r.get("factor"),
                  r.get("level"),
                  r.get("outcome"));
      if (m.put(k, Long.parseLong(r.get("value"))) != null) {
        throw new IllegalStateException("The baseline has " + k + " twice");
      }
    }
    return m;
  }

  static List<String> differences(Map<String, Long> job, Map<String, Long> duck) {
    List<String> out = new ArrayList<>();
    for (String k : union(job, duck)) {
      Long a = job.get(k);
      Long b = duck.get(k);
      if (!Objects.equals(a, b)) {
        out.add(k + ": " + (a == null ? "absent" : a) + " vs " + (b == null ? "absent" : b));
      }
    }
    return out;
  }

  private static TreeSet<String> union(Map<String, Long> a, Map<String, Long> b) {
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static String key(String measure, String dept, String factor, String level, String o) {
    return String.join("|", measure, dept, factor, level, o);
  }
}
