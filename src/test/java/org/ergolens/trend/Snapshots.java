package org.ergolens.trend;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/** Published monthly summaries built by hand for the trend and follow-up tests. */
final class Snapshots {
  private Snapshots() {}

  /**
   * A summary with {@code cases} cases of every outcome and {@code laptop} respondents with a
   * laptop-only screen (the rest at eye level); null counts are withheld.
   */
  static UnitSummary unit(
      String id, Long respondents, Long cases, Long laptop, String... rolledUp) {
    Long[] all = new Long[Outcome.values().length];
    Arrays.fill(all, cases);
    Map<String, Long> levels = new LinkedHashMap<>();
    Factor f = Factor.MONITOR_POSITION;
    for (String level : f.levels()) {
      Long n =
          laptop == null || respondents == null
              ? null
              : level.equals("laptop_only")
                  ? laptop
                  : level.equals(f.reference()) ? respondents - laptop : 0L;
      levels.put(UnitSummary.levelKey(f, level), n);
    }
    boolean suppressed = respondents == null || cases == null || laptop == null;
    return new UnitSummary(
        id,
        id == null ? null : id.toUpperCase(java.util.Locale.ROOT),
        respondents,
        all,
        levels,
        respondents == null ? Map.of() : Map.of(f.id(), respondents),
        0L,
        List.of(rolledUp),
        suppressed,
        suppressed ? "below_min_group_size" : null);
  }

  static MonthSnapshot month(YearMonth m, UnitSummary org, UnitSummary... units) {
    return new MonthSnapshot(m, 100, org, List.of(units));
  }
}
