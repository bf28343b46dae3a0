package org.ergolens.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every response of an export accounted for: {@code responses_read = imported + dropped +
 * rejected}, with the profile's reasons for leaving responses out and the reject reasons.
 *
 * @param responsesRead records read after the header (blank lines are not records)
 * @param imported responses turned into contract rows
 * @param dropped responses the profile leaves out
 * @param droppedByReason per drop reason ({@code preview}, {@code unfinished}, …)
 * @param rejected responses rejected
 * @param rejectedByReason per reason code, in the order the checks run
 */
@JsonPropertyOrder({
  "responses_read",
  "imported",
  "dropped",
  "dropped_by_reason",
  "rejected",
  "rejected_by_reason"
})
public record ResponseCounts(
    @JsonProperty("responses_read") long responsesRead,
    @JsonProperty("imported") long imported,
    @JsonProperty("dropped") long dropped,
    @JsonProperty("dropped_by_reason") Map<String, Long> droppedByReason,
    @JsonProperty("rejected") long rejected,
    @JsonProperty("rejected_by_reason") Map<String, Long> rejectedByReason) {

  public ResponseCounts {
    droppedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByReason));
    rejectedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByReason));
    long drops = droppedByReason.values().stream().mapToLong(Long::longValue).sum();
    long rejects = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    if (responsesRead != imported + dropped + rejected || drops != dropped || rejects != rejected) {
      throw new IllegalStateException(
          "responses do not reconcile: "
              + responsesRead
              + " read, "
              + imported
              + " imported, "
              + droppedByReason
              + " dropped, "
              + rejectedByReason
              + " rejected");
    }
  }

  /** Counts from the tallies, reject reasons in the contract's order. */
  public static ResponseCounts of(
      long imported, Map<String, Long> droppedByReason, Map<ReasonCode, Long> rejectedByReason) {
    Map<String, Long> rejected = new LinkedHashMap<>();
    for (ReasonCode r : ReasonCode.values()) {
      Long n = rejectedByReason.get(r);
      if (n != null && n > 0) {
        rejected.put(r.id(), n);
      }
    }
    long drops = droppedByReason.values().stream().mapToLong(Long::longValue).sum();
    long rejects = rejected.values().stream().mapToLong(Long::longValue).sum();
    return new ResponseCounts(
        imported + drops + rejects, imported, drops, droppedByReason, rejects, rejected);
  }

  /**
   * The counts in words: {@code 1190 of 1244 responses imported; 54 left out by the profile (5
   * preview, 49 unfinished); 0 rejected}.
   */
  public String describe() {
    return imported
        + " of "
        + responsesRead
        + " responses imported; "
        + dropped
        + " left out by the profile"
        + breakdown(droppedByReason)
        + "; "
        + rejected
        + " rejected"
        + breakdown(rejectedByReason);
  }

  private static String breakdown(Map<String, Long> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    java.util.StringJoiner j = new java.util.StringJoiner(", ", " (", ")");
    byReason.forEach((reason, n) -> j.add(n + " " + reason));
    return j.toString();
  }

  /**
   * The responses the profile keeps, as the job reconciles a dataset: read = imported + rejected
   * (those left out by the profile are not export errors); the reject ratio is taken of these.
   */
  public DatasetCounts considered() {
    return DatasetCounts.of(responsesRead - dropped, rejectedByReason);
  }
}
