package org.ergolens.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid rows kept while the data streams past, for bad-row injection: canonical survey rows to
 * corrupt one cell of, and report rows as written, to repeat as duplicate deliveries. Rows are
 * taken at {@link #ANCHORS} evenly spaced respondents, so memory stays constant.
 */
final class BadRowTemplates {
  static final int ANCHORS = 8;

  private final long respondents;
  private final List<Object[]> surveys = new ArrayList<>();
  private final List<Object[]> reports = new ArrayList<>();

  BadRowTemplates(long respondents) {
    this.respondents = respondents;
  }

  /** Whether respondent {@code index} (0-based) should contribute a survey template. */
  boolean wantsSurvey(long index) {
    return surveys.size() < ANCHORS && index >= anchor(surveys.size());
  }

  /** Whether a report template is due once respondent {@code index} has written reports. */
  boolean wantsReport(long index) {
    return reports.size() < ANCHORS && index >= anchor(reports.size());
  }

  private long anchor(int j) {
    return j * respondents / ANCHORS;
  }

  void addSurvey(Object[] canonicalRow) {
    surveys.add(canonicalRow.clone());
  }

  void addReport(Object[] row) {
    reports.add(row.clone());
  }

  List<Object[]> surveys() {
    return surveys;
  }

  List<Object[]> reports() {
    return reports;
  }
}
