package org.ergolens.privacy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reporting units of one month, as computed by {@link RollUp}.
 *
 * @param unitByDepartment for each department with at least one respondent, the id of the unit its
 *     respondents count in (its own id when it was not folded); sorted by department
 * @param units the units with at least one respondent, by id, sorted
 * @param departmentLevelPublishable false when some unit stays below k after every roll-up (a root,
 *     or {@code other} without a unit to fold into): then no department-level number may be
 *     published, only organisation-wide ones
 * @param unitsBelowMin the ids of the units that block publication (empty when publishable)
 */
public record RollUpResult(
    Map<String, String> unitByDepartment,
    Map<String, ReportingUnit> units,
    boolean departmentLevelPublishable,
    List<String> unitsBelowMin) {

  /** Copies into sorted, unmodifiable collections. */
  public RollUpResult {
    unitByDepartment = Collections.unmodifiableMap(new TreeMap<>(unitByDepartment));
    units = Collections.unmodifiableMap(new TreeMap<>(units));
    unitsBelowMin = List.copyOf(unitsBelowMin);
    if (departmentLevelPublishable != unitsBelowMin.isEmpty()) {
      throw new IllegalArgumentException(
          "departmentLevelPublishable must be true exactly when no unit is below k");
    }
  }

  /** The unit a department's respondents count in, or empty for a department without any. */
  public Optional<String> unitOf(String department) {
    return Optional.ofNullable(unitByDepartment.get(department));
  }

  /**
   * {@link SuppressionReason#ROLLED_UP_ROOT_BELOW_MIN} when department-level numbers are withheld.
   */
  public Optional<SuppressionReason> withheldReason() {
    return departmentLevelPublishable
        ? Optional.empty()
        : Optional.of(SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN);
  }

  /** All respondents over all units: the month's population. */
  public long totalRespondents() {
    return units.values().stream().mapToLong(ReportingUnit::respondents).sum();
  }
}
