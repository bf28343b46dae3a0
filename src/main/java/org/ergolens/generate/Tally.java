package org.ergolens.generate;

import java.util.List;
import org.ergolens.model.Outcome;

/**
 * Counts kept while generating, for the summary and the model description: rows written,
 * respondents per department, and per history month the planted population and its cases.
 */
final class Tally {
  private static final int REGIONS = Outcome.regions().size();

  long surveyRows;
  long reportRows;
  long orphanRespondents;
  long orphanReports;
  long resubmissions;

  /** Survey answers dated before the lookback of the last history month. */
  long answersBeforeLastLookback;

  final int[] respondentsByDepartment;
  final long[] population;

  /** Respondents per department in the last history month's population. */
  final int[] lastPopulationByDepartment;

  /** Cases per month and outcome, {@link Outcome} order (the last is any_region). */
  final long[][] cases;

  final long[] redFlagRespondents;

  Tally(int departments, int months) {
    respondentsByDepartment = new int[departments];
    lastPopulationByDepartment = new int[departments];
    population = new long[months];
    cases = new long[months][REGIONS + 1];
    redFlagRespondents = new long[months];
  }

  void addCases(int month, int regionMask) {
    for (int r = 0; r < REGIONS; r++) {
      if ((regionMask & (1 << r)) != 0) {
        cases[month][r]++;
      }
    }
    if (regionMask != 0) {
      cases[month][REGIONS]++;
    }
  }

  static List<Outcome> outcomes() {
    return List.of(Outcome.values());
  }
}
