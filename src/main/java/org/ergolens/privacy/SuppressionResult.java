package org.ergolens.privacy;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The suppressed cells of one attribute of a table, each with why.
 *
 * @param reasons suppressed cell id → reason, sorted by id; a cell not in the map is published
 */
public record SuppressionResult(Map<String, SuppressionReason> reasons) {

  /** Copies into a sorted, unmodifiable map. */
  public SuppressionResult {
    reasons = Collections.unmodifiableMap(new TreeMap<>(reasons));
  }

  /** True when the cell's value must be published as {@code null}. */
  public boolean isSuppressed(String cellId) {
    return reasons.containsKey(cellId);
  }

  /** Why the cell is suppressed, or empty when it is published. */
  public Optional<SuppressionReason> reason(String cellId) {
    return Optional.ofNullable(reasons.get(cellId));
  }

  /** The suppressed cell ids, sorted. */
  public Set<String> suppressed() {
    return reasons.keySet();
  }

  /**
   * The values a reader would see: {@code values} without the suppressed cells.
   *
   * @param values every cell's true value
   */
  public Map<String, Long> published(Map<String, Long> values) {
    Map<String, Long> published = new TreeMap<>(values);
    published.keySet().removeAll(reasons.keySet());
    return Collections.unmodifiableMap(published);
  }
}
