package org.ergolens.trend;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;

/**
 * One month as its report publishes it. Trends and follow-ups are computed from these published
 * values only, so that they can never reveal a number a monthly report withholds.
 *
 * @param month the month
 * @param reports accepted discomfort reports dated in the month; 0 means the month was not surveyed
 *     for discomfort and has no prevalence to compare
 * @param published the month's published summaries
 */
public record MonthSnapshot(YearMonth month, long reports, PublishedMonth published) {
  public MonthSnapshot {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(published, "published");
  }

  /** The organisation's published summary. */
  public PublishedSummary organisation() {
    return published.organisation();
  }

  /** The reporting units' published summaries, in id order. */
  public List<PublishedSummary> units() {
    return published.units();
  }

  /** Whether the month has discomfort data: anyone in the population and any report. */
  public boolean hasData() {
    Long respondents = organisation().respondents();
    return reports > 0 && respondents != null && respondents > 0;
  }

  /** The unit with this id, if the month has it. */
  public Optional<PublishedSummary> unit(String id) {
    return units().stream().filter(u -> u.department().equals(id)).findFirst();
  }

  /** The unit a department is counted in this month: its own, or the one it is folded into. */
  public Optional<PublishedSummary> unitHolding(String department) {
    return units().stream()
        .filter(u -> u.department().equals(department) || u.rolledUp().contains(department))
        .findFirst();
  }
}
