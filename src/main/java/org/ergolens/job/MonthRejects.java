package org.ergolens.job;

import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.ingest.CheckedInputs;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.IngestedDataset;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.ingest.RejectsWriter;
import org.ergolens.ingest.RowCounts;
import org.ergolens.report.MonthDirectory;
import org.ergolens.survey.ImportResult;

/**
 * A month's rejected rows: every dataset's rows read, accepted and rejected with the month's
 * unmatched reports counted in, the {@code max_reject_ratio} gate, and the rejects file.
 */
final class MonthRejects {
  private MonthRejects() {}

  /** Row counts per dataset, with the month's reports whose respondent is not in the population. */
  static Map<String, DatasetCounts> reconcile(RowCounts rowCounts, long unmatchedReports) {
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    rowCounts
        .datasets()
        .forEach(
            (spec, c) ->
                counts.put(
                    spec.id(),
                    spec == DatasetSpec.DISCOMFORT_REPORTS
                        ? c.plus(ReasonCode.UNMATCHED_RESPONDENT.id(), unmatchedReports)
                        : c));
    return counts;
  }

  /**
   * The failure of a month with too many rejected rows, or null.
   *
   * @param rejectsDir where the rejects are published, for the message
   */
  static ErgoLensException gate(
      Map<String, DatasetCounts> counts, double maxRejectRatio, String rejectsDir) {
    for (var e : counts.entrySet()) {
      DatasetCounts c = e.getValue();
      if (c.rowsRead() > 0 && (double) c.rejectedForRatio() / c.rowsRead() > maxRejectRatio) {
        return Errors.rejectRatio(
            e.getKey(), c.rejectedForRatio(), c.rowsRead(), maxRejectRatio, rejectsDir);
      }
    }
    return null;
  }

  /**
   * Writes the month's rejected rows into {@code dir}: every dataset's rejects, and the month's
   * reports whose respondent is not in its population, and a survey import's rejected responses.
   *
   * @param unmatchedPositions the file and row of each of those reports
   */
  static void write(
      SparkSession spark,
      CheckedInputs ingestion,
      Optional<ImportResult> imported,
      Map<DatasetSpec, IngestedDataset> data,
      Dataset<Row> unmatchedPositions,
      Map<String, DatasetCounts> counts,
      MonthDirectory dir,
      Configuration hadoopConf) {
    List<Dataset<Row>> shaped = new ArrayList<>();
    for (var e : data.entrySet()) {
      DatasetSpec spec = e.getKey();
      IngestedDataset d = e.getValue();
      DatasetCounts c = counts.get(spec.id());
      long unmatchedRows =
          c.rejectedByReason().getOrDefault(ReasonCode.UNMATCHED_RESPONDENT.id(), 0L);
      if (c.rowsRejected() == 0) {
        continue;
      }
      if (c.rowsRejected() > unmatchedRows) {
        shaped.add(RejectsWriter.shape(spec, d.files(), d.rejected()));
      }
      if (unmatchedRows > 0) {
        Dataset<Row> records =
            d.recordsAt(unmatchedPositions, unmatchedRows)
                .withColumn(Columns.REASON, lit(ReasonCode.UNMATCHED_RESPONDENT.id()))
                .withColumn(Columns.REASON_COLUMN, lit(Columns.RESPONDENT_ID));
        shaped.add(RejectsWriter.shape(spec, d.files(), records));
      }
    }
    imported
        .filter(i -> i.summary().responses().rejected() > 0)
        .ifPresent(i -> shaped.add(RejectsWriter.fromFile(spark, i.rejectsFile(), -1)));
    try {
      RejectsWriter.write(
          shaped, dir.stagingPath("rejects"), dir.stagingPath(".rejects-parts"), hadoopConf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
