package org.ergolens.privacy;

import java.util.Map;
import org.ergolens.Messages;

/**
 * The contract's attribute-disclosure rule: in a group where every member has an outcome (or a red
 * flag), publishing the count tells each member's health status, however large the group. Such a
 * value is primary-suppressed with {@link SuppressionReason#ATTRIBUTE_DISCLOSURE}.
 *
 * <p>Only "all members have it" is a disclosure under the contract; a count of 0 ("none has it") is
 * published when the group is large enough.
 */
public final class AttributeDisclosure {

  private AttributeDisclosure() {}

  /** True when every one of {@code respondents} (at least one) has the attribute. */
  public static boolean discloses(long cases, long respondents) {
    return respondents > 0 && cases == respondents;
  }

  /**
   * The primary set for one counted attribute (one outcome's cases, or red flags): cells below k
   * ({@link SuppressionReason#BELOW_MIN_GROUP_SIZE}, which takes precedence) and cells whose every
   * member has the attribute ({@link SuppressionReason#ATTRIBUTE_DISCLOSURE}).
   *
   * @param table the cells and their group sizes
   * @param counts for every cell, how many of its respondents have the attribute
   * @param k the minimum group size
   * @throws IllegalArgumentException when a cell has no count or a count is outside 0..size
   */
  public static Map<String, SuppressionReason> primary(
      TableStructure table, Map<String, Long> counts, MinGroupSize k) {
    return primary(table, counts, k, MinCellCount.OFF);
  }

  /**
   * As {@link #primary(TableStructure, Map, MinGroupSize)}, and with {@code m} on, the counts from
   * 1 to {@code m - 1} of the remaining cells ({@link SuppressionReason#SMALL_COUNT}).
   */
  public static Map<String, SuppressionReason> primary(
      TableStructure table, Map<String, Long> counts, MinGroupSize k, MinCellCount m) {
    Map<String, SuppressionReason> primary = PrimarySuppression.belowMinGroupSize(table, k);
    for (Cell cell : table.cells()) {
      Long count = counts.get(cell.id());
      if (count == null || count < 0 || count > cell.size()) {
        throw new IllegalArgumentException(
            "Cannot check attribute disclosure: cell "
                + Messages.quote(cell.id())
                + " has count "
                + count
                + " for a group of "
                + cell.size());
      }
      if (discloses(count, cell.size())) {
        primary.putIfAbsent(cell.id(), SuppressionReason.ATTRIBUTE_DISCLOSURE);
      } else if (m.withholds(count)) {
        primary.putIfAbsent(cell.id(), SuppressionReason.SMALL_COUNT);
      }
    }
    return primary;
  }
}
