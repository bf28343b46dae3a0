package org.ergolens.privacy;

import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A suppressed cell whose value a reader can work out from the published ones.
 *
 * @param cellId the cell's id
 * @param value the value the published tables force (exact; an integer for consistent counts)
 */
public record RecoveredCell(String cellId, BigFraction value) {

  /** Validates. */
  public RecoveredCell {
    Objects.requireNonNull(cellId, "cellId");
    Objects.requireNonNull(value, "value");
  }
}
