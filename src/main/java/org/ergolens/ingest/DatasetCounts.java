package org.ergolens.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reconciliation of one dataset: every row read is accepted or rejected, never both or neither.
 *
 * @param rowsRead records read (blank lines are not records)
 * @param rowsAccepted rows that passed every check
 * @param rowsRejected rows rejected, for any reason
 * @param rejectedByReason rejected rows per reason code, in the order the checks run
 */
@JsonPropertyOrder({"rows_read", "rows_accepted", "rows_rejected", "rejected_by_reason"})
public record DatasetCounts(
    @JsonProperty("rows_read") long rowsRead,
    @JsonProperty("rows_accepted") long rowsAccepted,
    @JsonProperty("rows_rejected") long rowsRejected,
    @JsonProperty("rejected_by_reason") Map<String, Long> rejectedByReason) {

  public DatasetCounts {
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalStateException(
          "counts do not reconcile: "
              + rowsRead
              + " read, "
              + rowsAccepted
              + " accepted, "
              + rowsRejected
              + " rejected");
    }
    rejectedByReason = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByReason));
  }

  /** Counts from rows read and rejections per reason code. */
  public static DatasetCounts of(long rowsRead, Map<String, Long> rejected) {
    Map<String, Long> ordered = new LinkedHashMap<>();
    long total = 0;
    for (ReasonCode r : ReasonCode.values()) {
      Long n = rejected.get(r.id());
      if (n != null && n > 0) {
        ordered.put(r.id(), n);
        total += n;
      }
    }
    return new DatasetCounts(rowsRead, rowsRead - total, total, ordered);
  }

  /** Rejected rows that count towards {@code max_reject_ratio}. */
  public long rejectedForRatio() {
    return rejectedByReason.entrySet().stream()
        .filter(e -> !e.getKey().equals(ReasonCode.UNMATCHED_RESPONDENT.id()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public DatasetCounts plus(String reason, long n) {
    Map<String, Long> m = new LinkedHashMap<>(rejectedByReason);
    m.merge(reason, n, Long::sum);
    return of(rowsRead, m);
  }
}
