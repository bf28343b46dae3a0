package org.ergolens.privacy;

import java.util.Objects;
import org.ergolens.Messages;

/**
 * One publishable number of a table, identified by {@code id}, describing a group of {@code size}
 * respondents. The same cell structure serves every attribute of the group (its respondent count,
 * its case count per outcome, its red flags): only which cells are primary-suppressed differs.
 *
 * @param id a unique id, e.g. from {@link CellIds}
 * @param size the number of respondents the cell describes (its group size)
 */
public record Cell(String id, long size) {

  /** Validates. */
  public Cell {
    Objects.requireNonNull(id, "id");
    if (size < 0) {
      throw new IllegalArgumentException(
          "Cell " + Messages.quote(id) + " has a negative group size " + size);
    }
  }
}
