package org.ergolens.survey;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who responded: the export column that identifies the respondent (a work email or an employee
 * number), read only to make the pseudonym.
 *
 * @param column the export column
 * @param optional whether the export may lack the column (a form that does not collect emails);
 *     then every response is anonymous
 * @param anonymous values that mark an anonymous response, as {@link Texts#key} compares them (e.g.
 *     {@code anonymous}; {@code ""} for an empty cell)
 * @param ignoreCase whether {@code Anna@Example.org} and {@code anna@example.org} are one person
 */
public record Identity(
    ColumnRef column, boolean optional, Set<String> anonymous, boolean ignoreCase) {
  public Identity {
    anonymous = anonymous.stream().map(Texts::key).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether this cell marks an anonymous response. */
  public boolean isAnonymous(Cell cell) {
    return anonymous.contains(Texts.key(cell.text()));
  }

  /** The identity the pseudonym is made of: trimmed, lower case when case is ignored. */
  public String normalised(Cell cell) {
    String s = cell.text().strip();
    return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
  }
}
