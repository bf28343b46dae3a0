package org.ergolens.model;

import java.util.Objects;

/**
 * Which comparison a row of {@code factor_effects} is: a non-reference level of a factor against
 * the factor's reference level, for one outcome, in one scope.
 *
 * @param scope the organisation, or one reporting unit
 * @param department the reporting unit's id; null for the organisation
 * @param factor the factor
 * @param level the non-reference level compared
 * @param outcome the outcome
 */
public record EffectId(
    Scope scope, String department, Factor factor, String level, Outcome outcome) {

  /** Checks that the department goes with the scope and the level is a non-reference level. */
  public EffectId {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(outcome, "outcome");
    if ((scope == Scope.ORGANIZATION) != (department == null)) {
      throw new IllegalArgumentException(
          "A " + scope.id() + " row " + (department == null ? "needs" : "has no") + " department");
    }
    if (factor.indexOf(level) < 1) {
      throw new IllegalArgumentException(
          "Level " + level + " of " + factor.id() + " is the reference level, not compared");
    }
  }

  /** The comparison at organisation scope. */
  public static EffectId organisation(Factor factor, String level, Outcome outcome) {
    return new EffectId(Scope.ORGANIZATION, null, factor, level, outcome);
  }

  /** The comparison in one reporting unit. */
  public static EffectId unit(String department, Factor factor, String level, Outcome outcome) {
    return new EffectId(Scope.DEPARTMENT, department, factor, level, outcome);
  }

  /** The level it is compared with: the factor's reference level. */
  public String referenceLevel() {
    return factor.reference();
  }

  /** The same comparison at organisation scope. */
  public EffectId atOrganisation() {
    return organisation(factor, level, outcome);
  }
}
