package org.ergolens.privacy;

import java.util.Map;
import java.util.TreeMap;

/** The contract's primary rule for group sizes: a group with fewer than k respondents. */
public final class PrimarySuppression {

  private PrimarySuppression() {}

  /**
   * The cells whose group has fewer than k respondents, including empty groups (0 respondents is a
   * number about a group below k too), each with {@link SuppressionReason#BELOW_MIN_GROUP_SIZE}.
   * This is the whole primary set for respondent counts; for case and red-flag counts use {@link
   * AttributeDisclosure#primary}.
   */
  public static Map<String, SuppressionReason> belowMinGroupSize(
      TableStructure table, MinGroupSize k) {
    Map<String, SuppressionReason> primary = new TreeMap<>();
    for (Cell cell : table.cells()) {
      if (!k.admits(cell.size())) {
        primary.put(cell.id(), SuppressionReason.BELOW_MIN_GROUP_SIZE);
      }
    }
    return primary;
  }
}
