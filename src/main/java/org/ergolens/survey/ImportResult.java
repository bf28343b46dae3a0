package org.ergolens.survey;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ergolens.ErgoLensException;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.ImportSummary;
import org.ergolens.ingest.InputFile;
import org.ergolens.ingest.ResponseCounts;

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
    List<InputFile> inputs,
    Optional<YearMonth> latestMonth) {
  public ImportResult {
    inputs = List.copyOf(inputs);
  }

  /**
   * The months to report on: those asked for, or else the month of the latest imported response.
   *
   * @throws ErgoLensException when none was asked for and no response was imported
   */
  public List<YearMonth> reportingMonths(List<YearMonth> requested) {
    if (!requested.isEmpty()) {
      return requested;
    }
    ResponseCounts c = summary.responses();
    return List.of(
        latestMonth.orElseThrow(
            () ->
                new ErgoLensException(
                    ErgoLensException.EXIT_INPUT,
                    "Cannot choose a month: no response of "
                        + summary.export()
                        + " was imported ("
                        + c.responsesRead()
                        + " read, "
                        + c.dropped()
                        + " left out by the profile, "
                        + c.rejected()
                        + " rejected); pass --month YYYY-MM to write the rejects and the"
                        + " manifest, or run ergolens import to see them.")));
  }

  /** The responses as the job reconciles them, for {@code max_reject_ratio}. */
  public DatasetCounts responses() {
    return summary.responses().considered();
  }
}
