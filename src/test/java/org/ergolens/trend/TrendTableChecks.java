package org.ergolens.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks on a written {@code department_trends.csv} that hold for any input: every derived number
 * can be recomputed from the table's own published monthly values of the same unit and make-up, so
 * none of them carries information about a withheld month.
 */
public final class TrendTableChecks {
  private TrendTableChecks() {}

  public static void baselinesUsePublishedValuesOfTheSameMakeUpOnly(
      List<Map<String, String>> rows) {
    int checked = 0;
    for (Map<String, String> r : rows) {
      if (r.get("baseline_prevalence").isEmpty()) {
        continue;
      }
      YearMonth month = YearMonth.parse(r.get("month"));
      long cases = 0;
      long respondents = 0;
      int months = 0;
      for (Map<String, String> e : rows) {
        YearMonth m = YearMonth.parse(e.get("month"));
        boolean sameSeries =
            Objects.equals(e.get("department"), r.get("department"))
                && e.get("outcome").equals(r.get("outcome"))
                && e.get("rolled_up").equals(r.get("rolled_up"));
        if (sameSeries
            && m.isBefore(month)
            && !m.isBefore(month.minusMonths(DepartmentTrends.BASELINE_MONTHS))
            && !e.get("prevalence").isEmpty()) {
          cases += Long.parseLong(e.get("cases"));
          respondents += Long.parseLong(e.get("respondents"));
          months++;
        }
      }
      assertEquals(Integer.parseInt(r.get("baseline_months")), months, r.toString());
      assertEquals(
          (double) cases / respondents,
          Double.parseDouble(r.get("baseline_prevalence")),
          1e-12,
          r.toString());
      checked++;
    }
    assertTrue(checked > 0, "no baseline to check");
  }

  public static void changesComparePublishedMonthsOfTheSameMakeUpOnly(
      List<Map<String, String>> rows) {
    int checked = 0;
    for (Map<String, String> r : rows) {
      if (r.get("change_vs_previous").isEmpty()) {
        continue;
      }
      String previous = YearMonth.parse(r.get("month")).minusMonths(1).toString();
      Map<String, String> before =
          rows.stream()
              .filter(e -> Objects.equals(e.get("department"), r.get("department")))
              .filter(e -> e.get("outcome").equals(r.get("outcome")))
              .filter(e -> e.get("month").equals(previous))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no previous month for " + r));
      assertEquals(before.get("rolled_up"), r.get("rolled_up"), r.toString());
      assertEquals(before.get("prevalence"), r.get("previous_prevalence"), r.toString());
      checked++;
    }
    assertTrue(checked > 0, "no change against the previous month to check");
  }
}
