package org.ergolens.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.analysis.FactorEffect;

/** The published {@code factor_effects} rows, looked up by scope, factor, level and outcome. */
final class PublishedFigures {
  private record Key(String department, String factor, String level, String outcome) {}

  private final Map<Key, FactorEffect> rows = new HashMap<>();

  PublishedFigures(List<FactorEffect> effects) {
    for (FactorEffect e : effects) {
      String department = FactorEffect.SCOPE_ORGANIZATION.equals(e.scope()) ? null : e.department();
      rows.put(new Key(department, e.factor(), e.level(), e.outcome()), e);
    }
  }

  /**
   * The row of one comparison.
   *
   * @param department the reporting unit, or null for the organisation
   */
  Optional<FactorEffect> row(String department, String factor, String level, String outcome) {
    return Optional.ofNullable(rows.get(new Key(department, factor, level, outcome)));
  }
}
