package org.ergolens.survey;

import java.time.LocalDate;
import java.util.List;
import org.ergolens.ingest.ReasonCode;

/** What became of one export row: imported, left out by the profile, or rejected. */
public sealed interface Mapped {
  /**
   * The response as contract rows.
   *
   * @param date its completion date, which dates its rows
   * @param survey its {@code workstation_survey} row, in {@link ContractLayout#survey()} order
   * @param reports its {@code discomfort_reports} rows, one per region with discomfort
   */
  record Imported(LocalDate date, Object[] survey, List<Object[]> reports) implements Mapped {}

  /** A response the profile leaves out, e.g. a {@code preview}. */
  record Dropped(String reason) implements Mapped {}

  /**
   * A response that cannot be imported. Only the offending answer is kept, never the row.
   *
   * @param reason the first reason, in the order the columns are checked
   * @param column the header of the column it is about
   * @param answer the offending answer (empty when the answer is missing)
   * @param unmapped every answer label of the response that no table maps, for the manifest
   */
  record Rejected(ReasonCode reason, String column, String answer, List<UnmappedLabel> unmapped)
      implements Mapped {
    public Rejected {
      unmapped = List.copyOf(unmapped);
    }
  }

  /** A label that no table maps: the question's header and the label as answered. */
  record UnmappedLabel(String question, String label) {}
}
