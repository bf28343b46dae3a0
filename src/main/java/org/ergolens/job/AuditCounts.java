package org.ergolens.job;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.report.CsvTableWriter;
import org.ergolens.report.MonthDirectory;
import org.ergolens.report.Table;
import org.ergolens.report.TableSpec;

/**
 * The month's covariate-pattern counts exactly as the driver collected them from Spark, before any
 * roll-up or suppression, so that the job's core counts can be checked against an independent
 * computation (the benchmark, {@code jobs/bench}, compares them with DuckDB's). Written only on
 * request ({@code monthly --audit-counts}) to {@value #FILE} under {@code
 * <out>/restricted/month=YYYY-MM/}: the rows hold no ids, but their counts are unsuppressed and can
 * describe a handful of people, so they belong to the data owner's restricted tree, and the report
 * never sees them.
 *
 * <p>Columns: {@code department}, one per factor with the level's name (empty when the respondent's
 * optional factor is missing), {@code respondents}, {@code cases_<outcome>} per outcome and {@code
 * red_flags}; one row per pattern, in the order the job uses them.
 */
public final class AuditCounts {
  /** The file, relative to the restricted month directory. */
  public static final String FILE = "audit/pattern_counts.csv";

  private static final TableSpec<CovariatePattern> SPEC = spec();

  private AuditCounts() {}

  /** The patterns as a table, level indexes turned into level names. */
  static Table table(List<CovariatePattern> patterns) {
    return SPEC.table(patterns);
  }

  /** Writes {@link #FILE} into the (restricted) month directory's staging area. */
  static void write(List<CovariatePattern> patterns, MonthDirectory restricted) throws IOException {
    try (OutputStream out = restricted.create(FILE)) {
      CsvTableWriter.write(table(patterns), out);
    }
  }

  private static TableSpec<CovariatePattern> spec() {
    TableSpec.Builder<CovariatePattern> t =
        TableSpec.<CovariatePattern>builder("pattern_counts")
            .text("department", CovariatePattern::department);
    for (Factor f : Factor.values()) {
      t.text(f.id(), p -> p.level(f) == Factor.MISSING ? null : f.levels().get(p.level(f)));
    }
    t.count("respondents", CovariatePattern::respondents);
    for (Outcome o : Outcome.values()) {
      t.count("cases_" + o.id(), p -> p.cases(o));
    }
    return t.count("red_flags", CovariatePattern::redFlags).build();
  }
}
