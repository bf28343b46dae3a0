package org.ergolens.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.ergolens.Messages;

/**
 * An additive relation that a reader of the published tables knows: the value of {@code total}
 * equals the sum of the values of {@code parts}. A total may itself be a part of another constraint
 * (a department total is a part of the organisation total), so two-way tables with margins and
 * hierarchies are expressed as several constraints sharing cells.
 *
 * @param total the id of the total cell
 * @param parts the ids of the cells that add up to it, at least one, each once, not the total
 */
public record SumConstraint(String total, List<String> parts) {

  /** Validates and copies. */
  public SumConstraint {
    Objects.requireNonNull(total, "total");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot add constraint: total " + Messages.quote(total) + " has no parts");
    }
    if (new HashSet<>(parts).size() != parts.size()) {
      throw new IllegalArgumentException(
          "Cannot add constraint: total " + Messages.quote(total) + " lists a part twice");
    }
    if (parts.contains(total)) {
      throw new IllegalArgumentException(
          "Cannot add constraint: total " + Messages.quote(total) + " is one of its own parts");
    }
  }

  /** The same constraint with its parts sorted, so that equal relations compare equal. */
  SumConstraint canonical() {
    return new SumConstraint(total, parts.stream().sorted().toList());
  }
}
