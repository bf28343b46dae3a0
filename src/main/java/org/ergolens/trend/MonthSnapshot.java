package org.ergolens.trend;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ergolens.analysis.UnitSummary;

/**
 * One month as its report publishes it: the organisation's and each reporting unit's summary with
 * the privacy rules applied. Trends and follow-ups are computed from these published values only,
 * so that they can never reveal a number a monthly report withholds.
 *
 * @param month the month
 * @param reports accepted discomfort reports dated in the month; 0 means the month was not surveyed
 *     for discomfort and has no prevalence to compare
 * @param organisation the organisation's published summary
 * @param units the reporting units' published summaries, in id order (empty when department-level
 *     numbers are withheld)
 */
public record MonthSnapshot(
    YearMonth month, long reports, UnitSummary organisation, List<UnitSummary> units) {
  public MonthSnapshot {
    units = List.copyOf(units);
  }

  /** Whether the month has discomfort data: anyone in the population and any report. */
  public boolean hasData() {
    return reports > 0 && organisation.respondents() != null && organisation.respondents() > 0;
  }

  /** The unit with this id, if the month has it. */
  public Optional<UnitSummary> unit(String id) {
    return units.stream().filter(u -> u.department().equals(id)).findFirst();
  }

  /** The unit a department is counted in this month: its own, or the one it is folded into. */
  public Optional<UnitSummary> unitHolding(String department) {
    return units.stream()
        .filter(u -> u.department().equals(department) || u.rolledUp().contains(department))
        .findFirst();
  }
}
