package org.ergolens.trend;

import java.time.YearMonth;
import java.util.Locale;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;

/** Published monthly summaries built by hand for the trend and follow-up tests. */
final class Snapshots {
  private Snapshots() {}

  /**
   * A summary with {@code cases} cases of every outcome and {@code laptop} respondents with a
   * laptop-only screen (the rest at eye level); null counts are withheld.
   */
  static PublishedSummary unit(
      String id, Long respondents, Long cases, Long laptop, String... rolledUp) {
    Factor f = Factor.MONITOR_POSITION;
    Long[] levels = new Long[f.levels().size()];
    for (int i = 0; i < levels.length; i++) {
      String level = f.levels().get(i);
      levels[i] =
          laptop == null || respondents == null
              ? null
              : level.equals("laptop_only")
                  ? laptop
                  : level.equals(f.reference()) ? respondents - laptop : 0L;
    }
    return PublishedRows.summary(id, respondents)
        .name(id == null ? null : id.toUpperCase(Locale.ROOT))
        .everyOutcome(cases)
        .levels(f, levels)
        .known(f, respondents)
        .redFlags(0L)
        .rolledUp(rolledUp)
        .build();
  }

  static MonthSnapshot month(YearMonth m, PublishedSummary org, PublishedSummary... units) {
    return new MonthSnapshot(m, 100, PublishedRows.month(org, units));
  }
}
