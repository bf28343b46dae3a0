package org.ergolens.generate;

/** The reject reason codes of contract section 1.4, in the order the job checks them. */
enum RejectReason {
  MALFORMED_ROW,
  MISSING_REQUIRED,
  BAD_ID,
  BAD_DATE,
  BAD_NUMBER,
  UNKNOWN_ENUM,
  OUT_OF_RANGE,
  UNKNOWN_DEPARTMENT,
  DUPLICATE_REPORT_ID,
  UNMATCHED_RESPONDENT;

  /** The code as written in rejects and manifests, e.g. {@code bad_date}. */
  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
