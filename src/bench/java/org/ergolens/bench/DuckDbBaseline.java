package org.ergolens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.Stream;

/**
 * The benchmark's peer: the monthly job's core counts computed by DuckDB in plain SQL on the same
 * Parquet input, as a single-machine user would otherwise do it. Written from the data contract
 * (section 2), not from the job's code:
 *
 * <ul>
 *   <li>population: each respondent's latest survey answer dated in the {@code lookback} calendar
 *       months ending with the month; ties on the date go to the answer later in the input (files
 *       in name order, rows in file order: DuckDB's {@code filename} and {@code file_row_number});
 *   <li>outcomes: a respondent in the population has a case in a region when they have at least one
 *       report in the month for it with {@code severity >= case_min_severity}; {@code any_region}
 *       for any region;
 *   <li>factor levels as the contract bands them; enum values matched case-insensitively after
 *       trimming, spaces and hyphens counting as {@code _}; a missing optional value has no level.
 * </ul>
 *
 * <p>The input is generated clean, so nothing is validated. Output, one CSV row per count: {@code
 * measure,department,factor,level,outcome,value} with the measures {@code population}, {@code
 * cases} (per outcome), {@code respondents} (per department × factor × level) and {@code cases} per
 * department × factor × level × outcome. {@link CompareCounts} checks the job against it.
 *
 * <pre>
 * java -cp … org.ergolens.bench.DuckDbBaseline --input DIR --month 2026-10 --out counts.csv
 *     [--lookback 12] [--case-min-severity 1] [--threads 2]
 * </pre>
 */
public final class DuckDbBaseline {
  static final String[] REGIONS = {
    "neck",
    "shoulders",
    "upper_back",
    "elbows",
    "wrists_hands",
    "lower_back",
    "hips_thighs",
    "knees",
    "ankles_feet"
  };

  /** Factor → SQL expression of its level over a population row (NULL: no level). */
  static final Map<String, String> FACTORS = new LinkedHashMap<>();

  static {
    FACTORS.put(
        "sitting_band",
        "CASE WHEN hours < 4 THEN 'under_4h' WHEN hours < 6 THEN '4_to_6h'"
            + " WHEN hours < 8 THEN '6_to_8h' ELSE '8h_plus' END");
    FACTORS.put("monitor_position", "monitor_position");
    FACTORS.put("lumbar_support", "lumbar_support");
    FACTORS.put("break_frequency", "break_frequency");
    FACTORS.put(
        "exercise_band",
        "CASE WHEN exercise_days IS NULL THEN NULL WHEN exercise_days >= 3 THEN '3_plus_days'"
            + " WHEN exercise_days >= 1 THEN '1_to_2_days' ELSE 'none' END");
    FACTORS.put("desk_type", "desk_type");
  }

  private DuckDbBaseline() {}

  public static void main(String[] args) throws Exception {
    CountsRequest request = CountsRequest.parse(args);
    int threads = Integer.parseInt(request.options().getOrDefault("--threads", "2"));

    long start = System.nanoTime();
    List<String[]> rows;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute(
          populationSql(
              parquet(request.input(), "workstation_survey"), request.month(), request.lookback()));
      s.execute(
          outcomesSql(
              parquet(request.input(), "discomfort_reports"),
              request.month(),
              request.minSeverity()));
      s.execute(respondentsSql());
      rows = counts(s);
    }
    write(rows, request.out());
    System.out.printf(
        Locale.ROOT,
        "DuckDB (%d threads): population %s, any_region cases %s; %d counts in %.1f s to %s%n",
        threads,
        rows.get(0)[5],
        rows.stream()
            .filter(r -> r[0].equals("cases") && r[1].isEmpty() && r[4].equals("any_region"))
            .findFirst()
            .map(r -> r[5])
            .orElse("?"),
        rows.size(),
        (System.nanoTime() - start) / 1e9,
        request.out());
  }

  /**
   * A dataset's Parquet files as a DuckDB list literal: {@code <name>.parquet}, or the {@code
   * .parquet} files of a directory {@code <name>/}.
   */
  static String parquet(Path input, String dataset) throws IOException {
    return "["
        + String.join(
            ", ",
            parquetFiles(input, dataset).stream()
                .map(p -> "'" + p.toString().replace("'", "''") + "'")
                .toList())
        + "]";
  }

  /**
   * A dataset's Parquet files in name order: {@code <name>.parquet}, or those of {@code <name>/}.
   */
  static List<Path> parquetFiles(Path input, String dataset) throws IOException {
    Path file = input.resolve(dataset + ".parquet");
    Path dir = input.resolve(dataset);
    List<Path> files = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      files.add(file);
    } else if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(files::add);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot find "
              + dataset
              + " as Parquet in "
              + input
              + ": the baseline reads Parquet only (generate --format parquet)");
    }
    return files;
  }

  /** Contract enum matching: trimmed, lower case, spaces and hyphens as underscores. */
  static String norm(String column) {
    return "replace(replace(lower(trim(" + column + ")), ' ', '_'), '-', '_')";
  }

  /**
   * Each respondent's latest answer in the lookback window, levels normalised, from {@code source}:
   * a table expression with the survey's columns and the input order as {@code filename} and {@code
   * file_row_number}.
   */
  static String populationSelect(String source, YearMonth month, int lookback) {
    LocalDate from = month.minusMonths(lookback - 1L).atDay(1);
    LocalDate to = month.atEndOfMonth();
    return "SELECT respondent_id, department, hours, monitor_position, lumbar_support,"
        + " break_frequency, exercise_days, desk_type FROM ("
        + "SELECT respondent_id, department, sitting_hours_per_day AS hours, "
        + norm("monitor_position")
        + " AS monitor_position, "
        + norm("lumbar_support")
        + " AS lumbar_support, "
        + norm("break_frequency")
        + " AS break_frequency, exercise_days_per_week AS exercise_days, "
        + norm("desk_type")
        + " AS desk_type, row_number() OVER (PARTITION BY respondent_id"
        + " ORDER BY response_date DESC, filename DESC, file_row_number DESC) AS latest"
        + " FROM "
        + source
        + " WHERE response_date BETWEEN DATE '"
        + from
        + "' AND DATE '"
        + to
        + "') WHERE latest = 1";
  }

  static String populationSql(String files, YearMonth month, int lookback) {
    return "CREATE TEMP TABLE population AS "
        + populationSelect(
            "read_parquet(" + files + ", filename = true, file_row_number = true)",
            month,
            lookback);
  }

  /**
   * Per respondent with a case in the month, 1 per region with one (else 0) and {@code any_region},
   * from {@code source}: a table expression with the reports' columns.
   */
  static String outcomesSelect(String source, YearMonth month, int minSeverity) {
    StringBuilder regions = new StringBuilder();
    for (String r : REGIONS) {
      regions.append(", max(CASE WHEN region = '").append(r).append("' THEN 1 ELSE 0 END) AS ");
      regions.append(r);
    }
    return "SELECT respondent_id"
        + regions
        + ", 1 AS any_region FROM (SELECT respondent_id, "
        + norm("body_region")
        + " AS region FROM "
        + source
        + " WHERE report_date BETWEEN DATE '"
        + month.atDay(1)
        + "' AND DATE '"
        + month.atEndOfMonth()
        + "' AND severity >= "
        + minSeverity
        + ") GROUP BY respondent_id";
  }

  static String outcomesSql(String files, YearMonth month, int minSeverity) {
    return "CREATE TEMP TABLE outcomes AS "
        + outcomesSelect("read_parquet(" + files + ")", month, minSeverity);
  }

  /** One row per respondent in the population: department, levels, and 0/1 per outcome. */
  static String respondentsSql() {
    return "CREATE TEMP TABLE respondents AS " + respondentsSelect();
  }

  /** {@link #respondentsSql()}'s query over the tables {@code population} and {@code outcomes}. */
  static String respondentsSelect() {
    StringBuilder sql = new StringBuilder("SELECT p.department");
    FACTORS.forEach((f, expr) -> sql.append(", ").append(expr).append(" AS ").append(f));
    for (String o : outcomes()) {
      sql.append(", coalesce(o.").append(o).append(", 0) AS ").append(o);
    }
    return sql.append(" FROM population p LEFT JOIN outcomes o USING (respondent_id)").toString();
  }

  static List<String> outcomes() {
    List<String> o = new ArrayList<>(List.of(REGIONS));
    o.add("any_region");
    return o;
  }

  /** population, cases per outcome, then per department × factor × level. */
  static List<String[]> counts(Statement s) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery(totalsSql())) {
      r.next();
      rows.addAll(totals(i -> getLong(r, i)));
    }
    try (ResultSet r = s.executeQuery(perLevelSql())) {
      while (r.next()) {
        rows.addAll(perLevel(i -> getString(r, i), i -> getLong(r, i)));
      }
    }
    return rows;
  }

  private static long getLong(ResultSet r, int column) {
    try {
      return r.getLong(column + 1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String getString(ResultSet r, int column) {
    try {
      return r.getString(column + 1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The respondents counted and the cases summed per outcome, over {@code respondents}. */
  static String totalsSql() {
    return "SELECT " + sums() + " FROM respondents";
  }

  /** The same per department × factor × level, one row each, sorted. */
  static String perLevelSql() {
    StringBuilder union = new StringBuilder();
    for (String f : FACTORS.keySet()) {
      if (union.length() > 0) {
        union.append(" UNION ALL ");
      }
      union
          .append("SELECT department, '")
          .append(f)
          .append("' AS factor, ")
          .append(f)
          .append(" AS level, ")
          .append(sums())
          .append(" FROM respondents WHERE ")
          .append(f)
          .append(" IS NOT NULL GROUP BY department, ")
          .append(f);
    }
    return "SELECT * FROM (" + union + ") ORDER BY department, factor, level";
  }

  private static String sums() {
    StringBuilder sums = new StringBuilder("count(*)");
    for (String o : outcomes()) {
      sums.append(", sum(").append(o).append(")");
    }
    return sums.toString();
  }

  /** The output rows of {@link #totalsSql()}'s one row; {@code value(i)} is its i-th column. */
  static List<String[]> totals(IntToLongFunction value) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("population", "", "", "", "", value.applyAsLong(0)));
    for (int i = 0; i < outcomes().size(); i++) {
      rows.add(row("cases", "", "", "", outcomes().get(i), value.applyAsLong(i + 1)));
    }
    return rows;
  }

  /** The output rows of one row of {@link #perLevelSql()}. */
  static List<String[]> perLevel(IntFunction<String> text, IntToLongFunction value) {
    List<String[]> rows = new ArrayList<>();
    String d = text.apply(0);
    String f = text.apply(1);
    String l = text.apply(2);
    rows.add(row("respondents", d, f, l, "", value.applyAsLong(3)));
    for (int i = 0; i < outcomes().size(); i++) {
      rows.add(row("cases", d, f, l, outcomes().get(i), value.applyAsLong(i + 4)));
    }
    return rows;
  }

  static String[] row(
      String measure, String department, String factor, String level, String outcome, long v) {
    return new String[] {measure, department, factor, level, outcome, Long.toString(v)};
  }

  static void write(List<String[]> rows, Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.print("measure,department,factor,level,outcome,value\n");
      for (String[] r : rows) {
        w.print(Csv.line(r));
        w.print('\n');
      }
    }
  }
}
