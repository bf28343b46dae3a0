package org.ergolens.privacy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a published row withholds values, and why.
 *
 * @param reasons the reasons, in the order they were found; empty when nothing is withheld
 */
public record Suppression(List<SuppressionReason> reasons) {

  /** Nothing withheld. */
  public static final Suppression NONE = new Suppression(List.of());

  public Suppression {
    reasons = List.copyOf(reasons);
  }

  public static Suppression of(SuppressionReason... reasons) {
    return new Suppression(List.of(reasons));
  }

  /** The {@code suppressed} column: whether any value of the row is withheld. */
  public boolean suppressed() {
    return !reasons.isEmpty();
  }

  /** The {@code suppression_reason} column: the reasons' ids joined with {@code ;}, or null. */
  public String reason() {
    return reasons.isEmpty()
        ? null
        : reasons.stream().map(SuppressionReason::id).collect(Collectors.joining(";"));
  }
}
