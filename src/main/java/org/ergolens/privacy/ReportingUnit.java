package org.ergolens.privacy;

import java.util.List;
import java.util.Objects;
import org.ergolens.Messages;

/**
 * One reporting unit of a month: a department's own respondents plus those of the departments
 * folded into it.
 *
 * @param id the unit's id: the id of the department that hosts it, or {@link RollUp#OTHER} for the
 *     pool of small departments when there is no tree
 * @param respondents all respondents counted in the unit (never 0: empty units are not reported)
 * @param rolledUp the ids of the departments folded into this unit, sorted; the contract's {@code
 *     rolled_up} column. Departments with no respondents are never listed, and neither is the host
 *     department itself
 */
public record ReportingUnit(String id, long respondents, List<String> rolledUp) {

  /** Validates and copies. */
  public ReportingUnit {
    Objects.requireNonNull(id, "id");
    if (respondents <= 0) {
      throw new IllegalArgumentException(
          "A reporting unit needs respondents, " + Messages.quote(id) + " has " + respondents);
    }
    rolledUp = List.copyOf(rolledUp);
  }
}
