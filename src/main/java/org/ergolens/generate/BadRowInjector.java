package org.ergolens.generate;

import static org.ergolens.generate.Datasets.BODY_REGION;
import static org.ergolens.generate.Datasets.BREAK_FREQUENCY;
import static org.ergolens.generate.Datasets.DEPARTMENT;
import static org.ergolens.generate.Datasets.DESK_TYPE;
import static org.ergolens.generate.Datasets.DURATION_DAYS;
import static org.ergolens.generate.Datasets.EXERCISE_DAYS;
import static org.ergolens.generate.Datasets.INTERFERES_WITH_WORK;
import static org.ergolens.generate.Datasets.LUMBAR_SUPPORT;
import static org.ergolens.generate.Datasets.MONITOR_POSITION;
import static org.ergolens.generate.Datasets.NUMBNESS_TINGLING;
import static org.ergolens.generate.Datasets.REPORT_DATE;
import static org.ergolens.generate.Datasets.REPORT_ID;
import static org.ergolens.generate.Datasets.RESPONDENT_ID;
import static org.ergolens.generate.Datasets.RESPONSE_DATE;
import static org.ergolens.generate.Datasets.SCREEN_DISTANCE;
import static org.ergolens.generate.Datasets.SEVERITY;
import static org.ergolens.generate.Datasets.SITTING_HOURS;
import static org.ergolens.generate.Datasets.WORK_LOCATION;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.ergolens.dataset.Column;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.dataset.RowSink;
import org.ergolens.ingest.ReasonCode;

/**
 * Appends deliberately bad rows to the survey and report files: a few rows of every reject reason
 * that applies to each dataset, each with exactly one defect, so that it gets exactly that reason
 * under the contract's order of checks (every other cell is valid, the department is known and the
 * report id is fresh). Rows are shuffled within the appended block.
 *
 * <p>{@code departments.csv} is never corrupted: with about twenty rows, one bad row would already
 * exceed the job's 5% reject threshold.
 */
final class BadRowInjector {
  /** Rows per reason: one per this many valid rows, within [MIN_PER_REASON, MAX_PER_REASON]. */
  static final int ROWS_PER_INJECTED = 2000;

  static final int MIN_PER_REASON = 1;
  static final int MAX_PER_REASON = 6;

  private static final String LONG_ID = "r" + "0".repeat(128);

  private final OutputFormat format;
  private final SplittableRandom rng;

  BadRowInjector(OutputFormat format, SplittableRandom rng) {
    this.format = format;
    this.rng = rng;
  }

  /** A row to append: either {@code values} or, for a malformed row, a raw {@code line}. */
  private record BadRow(ReasonCode reason, Object[] values, String line) {}

  /** How many rows of each reason to inject into a dataset of {@code validRows} rows. */
  static int perReason(long validRows) {
    return (int) Math.max(MIN_PER_REASON, Math.min(MAX_PER_REASON, validRows / ROWS_PER_INJECTED));
  }

  /** Appends bad survey rows built from {@code templates}; returns the count per reason. */
  Map<ReasonCode, Integer> injectSurvey(RowSink sink, List<Object[]> templates, long validRows)
      throws IOException {
    List<Column> cols = Datasets.SURVEY_COLUMNS;
    int n = perReason(validRows);
    Cells cells = new Cells(cols, templates, n);
    List<BadRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object[] t = cells.template(i);
      LocalDate date = (LocalDate) t[1];
      rows.add(malformed(cols, t, i));
      rows.add(
          cells.with(
              ReasonCode.MISSING_REQUIRED,
              i,
              pick(
                  i,
                  RESPONDENT_ID,
                  RESPONSE_DATE,
                  DEPARTMENT,
                  SITTING_HOURS,
                  MONITOR_POSITION,
                  LUMBAR_SUPPORT,
                  BREAK_FREQUENCY),
              emptyValue(i)));
      rows.add(cells.with(ReasonCode.BAD_ID, i, RESPONDENT_ID, badId(i, (String) t[0])));
      rows.add(cells.with(ReasonCode.BAD_DATE, i, RESPONSE_DATE, badDate(i, date)));
      rows.add(
          badNumber(
              cells,
              i,
              new Object[][] {
                {SITTING_HOURS, "7,5"},
                {EXERCISE_DAYS, "two"},
                {SCREEN_DISTANCE, "60cm"},
                {SITTING_HOURS, "seven"}
              }));
      rows.add(
          badNumber(
              cells,
              i,
              new Object[][] {
                {MONITOR_POSITION, "dual_monitor"},
                {LUMBAR_SUPPORT, "sometimes"},
                {BREAK_FREQUENCY, "never"},
                {DESK_TYPE, "standing"},
                {WORK_LOCATION, "client site"}
              },
              ReasonCode.UNKNOWN_ENUM));
      rows.add(
          badNumber(
              cells,
              i,
              new Object[][] {
                {SITTING_HOURS, new BigDecimal("25")},
                {EXERCISE_DAYS, 8},
                {SCREEN_DISTANCE, 250},
                {SITTING_HOURS, new BigDecimal("-1")},
                {SCREEN_DISTANCE, 5}
              },
              ReasonCode.OUT_OF_RANGE));
      rows.add(
          cells.with(
              ReasonCode.UNKNOWN_DEPARTMENT,
              i,
              DEPARTMENT,
              i % 2 == 0 ? "fin-audit" : "sales-emea"));
    }
    return write(sink, rows);
  }

  /**
   * Appends bad report rows; fresh report ids continue after {@code lastReportNumber}, and the
   * duplicates repeat {@code templates} (valid rows already written). Returns the count per reason.
   */
  Map<ReasonCode, Integer> injectReports(
      RowSink sink, List<Object[]> templates, long validRows, long lastReportNumber)
      throws IOException {
    List<Column> cols = Datasets.REPORT_COLUMNS;
    int n = perReason(validRows);
    Cells cells = new Cells(cols, templates, n);
    long[] next = {lastReportNumber};
    List<BadRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cells.freshId(Ids.report(++next[0]));
      Object[] t = cells.template(i);
      LocalDate date = (LocalDate) t[2];
      rows.add(malformed(cols, t, i));
      cells.freshId(Ids.report(++next[0]));
      rows.add(
          cells.with(
              ReasonCode.MISSING_REQUIRED,
              i,
              pick(i, REPORT_ID, RESPONDENT_ID, REPORT_DATE, BODY_REGION, SEVERITY),
              emptyValue(i)));
      cells.freshId(Ids.report(++next[0]));
      rows.add(cells.with(ReasonCode.BAD_ID, i, RESPONDENT_ID, badId(i, (String) t[1])));
      cells.freshId(Ids.report(++next[0]));
      rows.add(cells.with(ReasonCode.BAD_DATE, i, REPORT_DATE, badDate(i, date)));
      cells.freshId(Ids.report(++next[0]));
      rows.add(
          badNumber(
              cells,
              i,
              new Object[][] {{SEVERITY, "high"}, {DURATION_DAYS, "3 days"}, {SEVERITY, "ten"}}));
      cells.freshId(Ids.report(++next[0]));
      rows.add(
          badNumber(
              cells,
              i,
              new Object[][] {
                {BODY_REGION, "back"},
                {NUMBNESS_TINGLING, "maybe"},
                {BODY_REGION, "eyes"},
                {INTERFERES_WITH_WORK, "sometimes"}
              },
              ReasonCode.UNKNOWN_ENUM));
      cells.freshId(Ids.report(++next[0]));
      rows.add(
          badNumber(
              cells,
              i,
              new Object[][] {{SEVERITY, 0}, {SEVERITY, 11}, {DURATION_DAYS, -2}},
              ReasonCode.OUT_OF_RANGE));
      rows.add(
          new BadRow(ReasonCode.DUPLICATE_REPORT_ID, templates.get(i % templates.size()), null));
    }
    return write(sink, rows);
  }

  private BadRow badNumber(Cells cells, int i, Object[][] variants) {
    return badNumber(cells, i, variants, ReasonCode.BAD_NUMBER);
  }

  private BadRow badNumber(Cells cells, int i, Object[][] variants, ReasonCode reason) {
    Object[] v = variants[i % variants.length];
    return cells.with(reason, i, (String) v[0], v[1]);
  }

  /** Wrong number of CSV fields, or a line that is not a JSON object. */
  private BadRow malformed(List<Column> cols, Object[] t, int i) {
    List<String> fields = new ArrayList<>();
    for (Object v : t) {
      fields.add(v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
    }
    String line;
    if (format == OutputFormat.CSV) {
      line =
          i % 2 == 0
              ? String.join(",", fields) + ",unexpected extra field"
              : String.join(",", fields.subList(0, cols.size() - 2));
    } else {
      String object =
          cols.get(0).name()
              + "\":\""
              + fields.get(0)
              + "\",\""
              + cols.get(1).name()
              + "\":\""
              + fields.get(1);
      line = i % 2 == 0 ? "{\"" + object : String.join(",", fields);
    }
    return new BadRow(ReasonCode.MALFORMED_ROW, null, line);
  }

  private static String pick(int i, String... columns) {
    return columns[i % columns.length];
  }

  /** An empty required value: {@code null}, or in JSON Lines every other time {@code ""}. */
  private Object emptyValue(int i) {
    return format == OutputFormat.JSONL && i % 2 == 1 ? "" : null;
  }

  private static String badId(int i, String valid) {
    return switch (i % 3) {
      case 0 -> "anna.svensson@example.org";
      case 1 -> valid.substring(0, 2) + " " + valid.substring(2);
      default -> LONG_ID;
    };
  }

  private static String badDate(int i, LocalDate d) {
    return switch (i % 4) {
      case 0 ->
          String.format(
              Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case 1 -> d.getYear() + "-02-30";
      case 2 -> d.getYear() + "-13-01";
      default -> d.toString().replace("-", "");
    };
  }

  private Map<ReasonCode, Integer> write(RowSink sink, List<BadRow> rows) throws IOException {
    for (int i = rows.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      BadRow t = rows.get(i);
      rows.set(i, rows.get(j));
      rows.set(j, t);
    }
    for (BadRow r : rows) {
      if (r.line() != null) {
        sink.malformedLine(r.line());
      } else {
        sink.row(r.values());
      }
    }
    Map<ReasonCode, Integer> counts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    BadRow::reason,
                    () -> new EnumMap<>(ReasonCode.class),
                    Collectors.summingInt(r -> 1)));
    return new LinkedHashMap<>(counts);
  }

  /** Copies of template rows with one cell replaced, and a fresh id in the first cell if set. */
  private static final class Cells {
    private final List<Column> columns;
    private final List<Object[]> templates;
    private String freshId;

    Cells(List<Column> columns, List<Object[]> templates, int n) {
      if (templates.isEmpty()) {
        throw new IllegalStateException("No valid rows to build bad rows from");
      }
      this.columns = columns;
      this.templates = templates;
    }

    void freshId(String id) {
      this.freshId = id;
    }

    Object[] template(int i) {
      Object[] t = templates.get(i % templates.size()).clone();
      if (freshId != null) {
        t[0] = freshId;
      }
      return t;
    }

    BadRow with(ReasonCode reason, int i, String column, Object value) {
      Object[] row = template(i);
      row[Datasets.index(columns, column)] = value;
      return new BadRow(reason, row, null);
    }
  }
}
