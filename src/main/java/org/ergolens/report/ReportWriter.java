package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;
import org.ergolens.Futures;
import org.ergolens.report.workbook.XlsxReportWriter;
import org.ergolens.trend.UnitComparisons;

/**
 * Writes every file of a month's report into its (staging) directory. The files do not depend on
 * one another, so they are written side by side, one writer per core: the report is the driver's
 * own work after the run's main Spark jobs, and only the rejects (when there are many) may still be
 * using the other cores.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** One file, or one kind of file, of the report. */
  @FunctionalInterface
  interface FileWriter {
    void write() throws IOException;
  }

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
            Tables.departmentSummary(report.summaryRows()),
            Tables.recommendations(report.recommendations()),
            Tables.departmentTrends(report.trends()),
            Tables.interventionFollowUp(report.interventions()),
            Tables.departmentComparisons(UnitComparisons.of(report.published())));
    // The longest first (the spreadsheet, then the dashboard), so that two writers finish together.
    writeAll(
        List.of(
            () -> {
              try (OutputStream out = dir.create("report.xlsx")) {
                XlsxReportWriter.write(report, tables, out);
              }
            },
            () -> {
              try (OutputStream out = dir.create("dashboard.html")) {
                DashboardWriter.write(report, previous, out);
              }
            },
            () -> {
              for (Table t : tables) {
                ParquetTableWriter.write(spark, t, dir.stagingPath(t.name()));
              }
            },
            () -> {
              for (Table t : tables) {
                try (OutputStream out = dir.create(t.name() + ".csv")) {
                  CsvTableWriter.write(t, out);
                }
              }
            },
            () -> {
              try (OutputStream out = dir.create("report.json")) {
                JsonReportWriter.write(report, tables, out);
              }
            }));
  }

  /**
   * Runs every writer, at most one per core at a time, and returns when all have ended. If any
   * failed, the first of them in list order is thrown, after the others have ended too: no writer
   * is still writing into the directory when the caller abandons it.
   */
  static void writeAll(List<FileWriter> writers) throws IOException {
    int threads = Math.min(writers.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ergolens-report-writer");
              t.setDaemon(true);
              return t;
            });
    try {
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (FileWriter w : writers) {
        running.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    w.write();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                },
                pool));
      }
      running.forEach(Futures::awaitQuietly);
      running.forEach(Futures::join);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdown();
    }
  }
}
