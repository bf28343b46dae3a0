package org.ergolens.survey;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.report.MonthlyReport;

/**
 * An import's outcome: the contract datasets written to {@code directory}, and what the monthly run
 * needs to account for them.
 *
 * @param summary the manifest's {@code import} section
 * @param directory where the datasets were written
 * @param rejectsFile the rejected responses (see {@link ImportRejects})
 * @param inputs the export files and the departments' file with their SHA-256, for the manifest and
 *     {@code report.json} (the datasets in {@code directory} are derived from them)
 * @param latestMonth the month of the latest imported response, if any: a combined questionnaire's
 *     latest month
 */
public record ImportResult(
    ImportSummary summary,
    String directory,
    String rejectsFile,
    List<MonthlyReport.InputFile> inputs,
    Optional<YearMonth> latestMonth) {
  public ImportResult {
    inputs = List.copyOf(inputs);
  }

  /** The responses as the job reconciles them, for {@code max_reject_ratio}. */
  public DatasetCounts responses() {
    return summary.responses().considered();
  }
}
