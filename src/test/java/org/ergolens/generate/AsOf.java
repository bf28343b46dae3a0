package org.ergolens.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's population rule, written independently for tests: per respondent, the latest
 * survey row dated within the 12 calendar months ending with month M, the later row on a tie.
 */
final class AsOf {
  private AsOf() {}

  static Map<String, Map<String, String>> population(
      List<Map<String, String>> surveyRows, YearMonth month) {
    LocalDate from = month.minusMonths(11).atDay(1);
    LocalDate to = month.atEndOfMonth();
    Map<String, Map<String, String>> inForce = new HashMap<>();
    for (Map<String, String> row : surveyRows) {
      LocalDate d = LocalDate.parse(row.get("response_date"));
      if (d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      Map<String, String> current = inForce.get(row.get("respondent_id"));
      if (current == null || !d.isBefore(LocalDate.parse(current.get("response_date")))) {
        inForce.put(row.get("respondent_id"), row);
      }
    }
    return inForce;
  }
}
