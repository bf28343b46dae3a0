package org.ergolens.generate;

import java.io.IOException;
import org.ergolens.dataset.RowSink;

/** Numbers reports with unique sequential ids and writes them as rows of a {@link RowSink}. */
final class ReportWriter {
  private final RowSink sink;
  private final HistoryCalendar calendar;
  private final Object[] row = new Object[Datasets.REPORT_COLUMNS.size()];
  private long last;
  private boolean redFlag;

  ReportWriter(RowSink sink, HistoryCalendar calendar) {
    this.sink = sink;
    this.calendar = calendar;
  }

  /** Writes one report; {@code null} optional values are written empty. */
  void write(
      String respondentId,
      int day,
      Object bodyRegion,
      int severity,
      Integer durationDays,
      Object numbness,
      Object interferes,
      boolean redFlagged)
      throws IOException {
    redFlag |= redFlagged;
    row[0] = Ids.report(++last);
    row[1] = respondentId;
    row[2] = calendar.day(day);
    row[3] = bodyRegion;
    row[4] = severity;
    row[5] = durationDays;
    row[6] = numbness;
    row[7] = interferes;
    sink.row(row);
  }

  /** Whether a report written since the last call was a red flag; clears the flag. */
  boolean takeRedFlag() {
    boolean r = redFlag;
    redFlag = false;
    return r;
  }

  /** A copy of the last row written. */
  Object[] lastRow() {
    return row.clone();
  }

  /** Number of reports written, which is also the last id's number. */
  long written() {
    return last;
  }
}
