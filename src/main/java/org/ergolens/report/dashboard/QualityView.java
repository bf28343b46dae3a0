package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.text.Labels;

/** The data-quality table: rows read, accepted and rejected per dataset, with the reasons. */
final class QualityView {
  private QualityView() {}

  static DataTable of(Map<String, DatasetCounts> datasets) {
    return DataTable.<Map.Entry<String, DatasetCounts>>spec()
        .text("Dataset", e -> Labels.dataset(e.getKey()))
        .number("Rows read", e -> e.getValue().rowsRead(), Formats::count)
        .number("Accepted", e -> e.getValue().rowsAccepted(), Formats::count)
        .number("Rejected", e -> e.getValue().rowsRejected(), Formats::count)
        .text("Rejected by reason", e -> reasons(e.getValue()))
        .table(
            "quality-table", "Input rows per dataset", List.copyOf(datasets.entrySet()), e -> null);
  }

  private static String reasons(DatasetCounts c) {
    List<String> reasons = new ArrayList<>();
    c.rejectedByReason()
        .forEach((k, v) -> reasons.add(Labels.rejectReason(k) + ": " + Formats.count(v)));
    return reasons.isEmpty() ? "none" : String.join(", ", reasons);
  }
}
