package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The month's covariate-pattern counts exactly as the driver collected them from Spark, before any
 * roll-up or suppression, so that the job's core counts can be checked against an independent
 * computation (the benchmark, {@code jobs/bench}, compares them with DuckDB's). Written only on
 * request ({@code monthly --audit-counts}) to {@value #FILE} under {@code
 * <out>/restricted/month=YYYY-MM/}: the rows hold no ids, but their counts are unsuppressed and can
 * describe a handful of people, so they belong to the data owner's restricted tree.
 *
 * <p>Columns: {@code department}, one per factor with the level's name (empty when the respondent's
 * optional factor is missing), {@code respondents}, {@code cases_<outcome>} per outcome and {@code
 * red_flags}; one row per pattern, in the order the job uses them.
 */
public final class AuditCounts {
  /** The file, relative to the restricted month directory. */
  public static final String FILE = "audit/pattern_counts.csv";

  private AuditCounts() {}

  /** The patterns as a table, level indexes turned into level names. */
  public static Table table(List<CovariatePattern> patterns) {
    Table.Builder t = Table.builder("pattern_counts").column("department", Table.Type.STRING);
    for (Factor f : Factor.values()) {
      t.column(f.id(), Table.Type.STRING);
    }
    t.column("respondents", Table.Type.LONG);
    for (Outcome o : Outcome.values()) {
      t.column("cases_" + o.id(), Table.Type.LONG);
    }
    t.column("red_flags", Table.Type.LONG);
    for (CovariatePattern p : patterns) {
      List<Object> row = new ArrayList<>();
      row.add(p.department());
      for (Factor f : Factor.values()) {
        int level = p.level(f);
        row.add(level == Factor.MISSING ? null : f.levels().get(level));
      }
      row.add(p.respondents());
      for (Outcome o : Outcome.values()) {
        row.add(p.cases(o));
      }
      row.add(p.redFlags());
      t.row(row);
    }
    return t.build();
  }

  /** Writes {@link #FILE} into the (restricted) month directory's staging area. */
  public static void write(List<CovariatePattern> patterns, MonthDirectory restricted) {
    try (OutputStream out = restricted.create(FILE)) {
      CsvTableWriter.write(table(patterns), out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + FILE + ": " + e.getMessage(), e);
    }
  }
}
