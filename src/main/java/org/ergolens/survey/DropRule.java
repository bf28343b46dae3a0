package org.ergolens.survey;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Responses a profile leaves out, counted by reason rather than rejected: a row is kept only when
 * its cell in {@code column} is one of {@code keep} (e.g. Qualtrics' {@code Status} {@code IP
 * Address}: anything else is a preview, a test or spam).
 *
 * @param column the export column
 * @param keep the values of responses to keep, as {@link Texts#key} compares them
 * @param reason why the others are left out, e.g. {@code preview} or {@code unfinished}
 */
public record DropRule(ColumnRef column, Set<String> keep, String reason) {
  public DropRule {
    keep = keep.stream().map(Texts::key).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the response with this cell is left out. */
  public boolean drops(Cell cell) {
    return !keep.contains(Texts.key(cell.text()));
  }
}
