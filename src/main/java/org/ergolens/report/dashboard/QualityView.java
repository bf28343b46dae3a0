package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ergolens.ingest.DatasetCounts;

/** The data-quality table: rows read, accepted and rejected per dataset, with the reasons. */
final class QualityView {
  private QualityView() {}

  static DataTable of(Map<String, DatasetCounts> datasets) {
    DataTable.Builder t =
        DataTable.builder("quality-table", "Input rows per dataset")
            .textColumn("Dataset")
            .numberColumn("Rows read")
            .numberColumn("Accepted")
            .numberColumn("Rejected")
            .textColumn("Rejected by reason");
    datasets.forEach(
        (name, c) -> {
          List<String> reasons = new ArrayList<>();
          c.rejectedByReason().forEach((k, v) -> reasons.add(k + ": " + Formats.count(v)));
          t.row(null)
              .cell(name)
              .number(c.rowsRead(), Formats.count(c.rowsRead()))
              .number(c.rowsAccepted(), Formats.count(c.rowsAccepted()))
              .number(c.rowsRejected(), Formats.count(c.rowsRejected()))
              .cell(reasons.isEmpty() ? "none" : String.join(", ", reasons));
        });
    return t.build();
  }
}
