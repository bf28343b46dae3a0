package org.ergolens.cohort;

import java.util.Arrays;

/**
 * One respondent's accepted answers and reports over a run of months, folded into what each month
 * counts: the answer in force (the latest dated in the month's lookback window; same-date ties to
 * the row later in the input), the outcome flags of the month's reports and how many there were.
 * Plain Java with no Spark in it, so that the population rule is one small, tested piece of code.
 */
final class RespondentMonths {
  private final int firstMonth;
  private final int months;
  private final int lookback;
  private final int positionsFrom;
  private final int[] flags;
  private final int[] reports;
  private int keptCount;
  private int[] keptMonth = new int[0];
  private int[] keptFile = new int[0];
  private long[] keptPosition = new long[0];
  private int answerCount;
  private int[] answerMonth = new int[2];
  private int[] answerDay = new int[2];
  private int[] answerFile = new int[2];
  private long[] answerPosition = new long[2];
  private int[] answerDepartment = new int[2];
  private int[] answerLevels = new int[2];

  /**
   * @param firstMonth the first month of the run, as a month index ({@link MonthlySeries#index})
   * @param months how many months the run has
   * @param lookback how many months, ending with a month, an answer stays in force
   * @param positionsFrom the first month (index) whose reports' places in the input are kept, so
   *     that those filed with no answer in force can be named ({@link #unmatchedReports}); the
   *     months of a run that write rejects
   */
  RespondentMonths(int firstMonth, int months, int lookback, int positionsFrom) {
    this.firstMonth = firstMonth;
    this.months = months;
    this.lookback = lookback;
    this.positionsFrom = positionsFrom;
    this.flags = new int[months];
    this.reports = new int[months];
  }

  /**
   * An accepted answer: its month index and day (epoch day), its place in the input (file, row) and
   * its department (a number the caller gives each department, not negative) and packed factor
   * levels ({@link PackedLevels}).
   */
  void addAnswer(int month, int day, int file, long position, int department, int levels) {
    if (answerCount == answerMonth.length) {
      int n = answerCount * 2;
      answerMonth = Arrays.copyOf(answerMonth, n);
      answerDay = Arrays.copyOf(answerDay, n);
      answerFile = Arrays.copyOf(answerFile, n);
      answerPosition = Arrays.copyOf(answerPosition, n);
      answerDepartment = Arrays.copyOf(answerDepartment, n);
      answerLevels = Arrays.copyOf(answerLevels, n);
    }
    answerMonth[answerCount] = month;
    answerDay[answerCount] = day;
    answerFile[answerCount] = file;
    answerPosition[answerCount] = position;
    answerDepartment[answerCount] = department;
    answerLevels[answerCount] = levels;
    answerCount++;
  }

  /**
   * An accepted report dated in month {@code month} of the run, with its outcome flag bits and its
   * place in the input (file, row).
   */
  void addReport(int month, int flagBits, int file, long position) {
    int i = month - firstMonth;
    if (i < 0 || i >= months) {
      return;
    }
    flags[i] |= flagBits;
    reports[i]++;
    if (month >= positionsFrom) {
      if (keptCount == keptMonth.length) {
        int n = Math.max(2, keptCount * 2);
        keptMonth = Arrays.copyOf(keptMonth, n);
        keptFile = Arrays.copyOf(keptFile, n);
        keptPosition = Arrays.copyOf(keptPosition, n);
      }
      keptMonth[keptCount] = month;
      keptFile[keptCount] = file;
      keptPosition[keptCount] = position;
      keptCount++;
    }
  }

  /** Where a report is in the input. */
  interface ReportVisitor {
    void report(int month, int file, long position);
  }

  /**
   * Visits the reports, from the month given as {@code positionsFrom} on, filed in a month in which
   * the respondent is not in the population: the month's {@code unmatched_respondent} rejects.
   */
  void unmatchedReports(ReportVisitor visitor) {
    for (int r = 0; r < keptCount; r++) {
      if (answerInForce(keptMonth[r]) < 0) {
        visitor.report(keptMonth[r], keptFile[r], keptPosition[r]);
      }
    }
  }

  /** What one month of the run counts for this respondent. */
  interface MonthVisitor {
    /**
     * @param month the month index
     * @param department the department of the answer in force; -1 when there is none (the
     *     respondent is not in the month's population)
     * @param levels the packed levels of that answer
     * @param flagBits the outcome flags of the month's reports (0: none)
     * @param reports how many reports the respondent filed in the month
     */
    void month(int month, int department, int levels, int flagBits, int reports);
  }

  /** Visits every month in which the respondent is in the population or filed a report. */
  void visit(MonthVisitor visitor) {
    for (int i = 0; i < months; i++) {
      int m = firstMonth + i;
      int inForce = answerInForce(m);
      if (inForce >= 0) {
        visitor.month(m, answerDepartment[inForce], answerLevels[inForce], flags[i], reports[i]);
      } else if (reports[i] > 0) {
        visitor.month(m, -1, 0, flags[i], reports[i]);
      }
    }
  }

  /** The index of the answer in force in month {@code m}, or -1. */
  private int answerInForce(int m) {
    int best = -1;
    for (int a = 0; a < answerCount; a++) {
      if (answerMonth[a] > m || answerMonth[a] <= m - lookback) {
        continue;
      }
      if (best < 0 || later(a, best)) {
        best = a;
      }
    }
    return best;
  }

  /** Whether answer {@code a} comes after answer {@code b}: by date, then file, then row. */
  private boolean later(int a, int b) {
    if (answerDay[a] != answerDay[b]) {
      return answerDay[a] > answerDay[b];
    }
    if (answerFile[a] != answerFile[b]) {
      return answerFile[a] > answerFile[b];
    }
    return answerPosition[a] > answerPosition[b];
  }
}
