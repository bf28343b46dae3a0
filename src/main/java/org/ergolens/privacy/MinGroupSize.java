package org.ergolens.privacy;

/**
 * The privacy threshold k of the data contract (section 3, {@code min_group_size}): a number
 * describing a group of respondents is published only if the group has at least k respondents.
 *
 * @param value k; the contract's default is {@value #DEFAULT_VALUE} and it is never below {@value
 *     #FLOOR}
 */
public record MinGroupSize(int value) {

  /** The contract's default k. */
  public static final int DEFAULT_VALUE = 5;

  /** The smallest k the contract allows. */
  public static final int FLOOR = 3;

  /** k = {@value #DEFAULT_VALUE}. */
  public static final MinGroupSize DEFAULT = new MinGroupSize(DEFAULT_VALUE);

  /** Refuses a k below {@value #FLOOR}. */
  public MinGroupSize {
    if (value < FLOOR) {
      throw new IllegalArgumentException(
          "Cannot use min_group_size " + value + ": it must be at least " + FLOOR);
    }
  }

  /** Shorthand for {@code new MinGroupSize(value)}. */
  public static MinGroupSize of(int value) {
    return new MinGroupSize(value);
  }

  /** True when a group of this many respondents is large enough to be published. */
  public boolean admits(long respondents) {
    return respondents >= value;
  }
}
