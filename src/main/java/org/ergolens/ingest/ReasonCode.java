package org.ergolens.ingest;

/** Reject reason codes of the data contract (section 1.4), in the order they are checked. */
public enum ReasonCode {
  MALFORMED_ROW,
  MISSING_REQUIRED,
  BAD_ID,
  BAD_DATE,
  BAD_NUMBER,
  UNKNOWN_ENUM,
  OUT_OF_RANGE,
  UNKNOWN_DEPARTMENT,
  DUPLICATE_REPORT_ID,
  /** A second headcount row for the same department and month (or the same undated department). */
  DUPLICATE_HEADCOUNT,
  UNMATCHED_RESPONDENT;

  /** The code as written in rejects and the manifest, e.g. {@code bad_date}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the code counts towards {@code max_reject_ratio} (a coverage gap does not). */
  public boolean countsTowardsRejectRatio() {
    return this != UNMATCHED_RESPONDENT;
  }
}
