package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** Writes every file of a month's report into its (staging) directory. */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * @param previous the previous month's published totals, if any, for the dashboard's changes
   */
  public static void write(
      SparkSession spark,
      MonthlyReport report,
      Optional<PreviousMonth> previous,
      MonthDirectory dir)
      throws IOException {
    List<Table> tables =
        List.of(
            Tables.factorEffects(report.effects()),
            Tables.departmentSummary(report.units()),
            Tables.recommendations(report.recommendations()),
            Tables.departmentTrends(report.trends()),
            Tables.interventionFollowUp(report.interventions()));
    for (Table t : tables) {
      ParquetTableWriter.write(spark, t, dir.stagingPath(t.name()));
      try (OutputStream out = dir.create(t.name() + ".csv")) {
        CsvTableWriter.write(t, out);
      }
    }
    try (OutputStream out = dir.create("report.json")) {
      JsonReportWriter.write(report, tables, out);
    }
    try (OutputStream out = dir.create("report.xlsx")) {
      XlsxReportWriter.write(report, tables, out);
    }
    try (OutputStream out = dir.create("dashboard.html")) {
      DashboardWriter.write(report, previous, out);
    }
  }
}
