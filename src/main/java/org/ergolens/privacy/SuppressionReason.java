package org.ergolens.privacy;

import org.ergolens.Messages;

/**
 * Why a published value is {@code null}. The {@link #id()} strings are stable: they are written to
 * output columns and documented in the README, so renaming one is a breaking change.
 */
public enum SuppressionReason {
  /** The group has fewer than k respondents (contract section 3, primary suppression). */
  BELOW_MIN_GROUP_SIZE("below_min_group_size"),
  /**
   * The group itself is large enough, but publishing its value would let a reader recover a
   * suppressed value by subtraction from published totals.
   */
  COMPLEMENTARY("complementary"),
  /** Every member of the group has the outcome or red flag, so the value would tell each one's. */
  ATTRIBUTE_DISCLOSURE("attribute_disclosure"),
  /**
   * A count of cases or red flags from 1 to {@code min_cell_count - 1} in a group large enough to
   * show, withheld when the organisation sets {@code min_cell_count}.
   */
  SMALL_COUNT("small_count"),
  /**
   * A root of the organisation (or the pooled {@code other} unit) stays below k after every
   * roll-up, so no department-level number is published at all.
   */
  ROLLED_UP_ROOT_BELOW_MIN("rolled_up_root_below_min");

  private final String id;

  SuppressionReason(String id) {
    this.id = id;
  }

  /** The stable id used in output columns, e.g. {@code below_min_group_size}. */
  public String id() {
    return id;
  }

  /** The reason with this {@link #id()}. */
  public static SuppressionReason byId(String id) {
    for (SuppressionReason r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown suppression reason: " + Messages.quote(id));
  }
}
