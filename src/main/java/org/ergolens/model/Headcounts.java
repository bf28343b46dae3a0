package org.ergolens.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * People employed per department, from the optional {@code headcount} dataset's accepted rows. A
 * row with a month holds for that month; a row without one holds for every month in which its
 * department has no row of its own; rows for other months are not used.
 *
 * @param rows the accepted rows, in input order
 * @param given whether a headcount dataset was given at all
 */
public record Headcounts(List<Row> rows, boolean given) {

  /**
   * One accepted row.
   *
   * @param department the department id
   * @param month the month it holds for; empty for every month
   * @param headcount people employed, 0 or more
   */
  public record Row(String department, Optional<YearMonth> month, long headcount) {
    public Row {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(month, "month");
      if (headcount < 0) {
        throw new IllegalArgumentException("A headcount is 0 or more, not " + headcount);
      }
    }
  }

  public Headcounts {
    rows = List.copyOf(rows);
  }

  /** No headcount dataset: participation is not known. */
  public static Headcounts none() {
    return new Headcounts(List.of(), false);
  }

  /** The headcount of each department in {@code month}, by department id. */
  public Map<String, Long> in(YearMonth month) {
    Map<String, Long> dated = new TreeMap<>();
    Map<String, Long> undated = new TreeMap<>();
    for (Row r : rows) {
      if (r.month().isEmpty()) {
        undated.putIfAbsent(r.department(), r.headcount());
      } else if (r.month().get().equals(month)) {
        dated.putIfAbsent(r.department(), r.headcount());
      }
    }
    Map<String, Long> out = new TreeMap<>(undated);
    out.putAll(dated);
    return out;
  }
}
