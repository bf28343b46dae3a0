package org.ergolens.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The unit of analysis handed from Spark to the driver: the respondents of one department that
 * share one combination of factor levels, with their case and red-flag counts for the month. Every
 * table, statistic and model of a run is computed from a list of these, so nothing that grows with
 * the number of employees ever reaches the driver.
 *
 * @param department the respondent's own department id
 * @param levels level index per {@link Factor} (by ordinal), {@link Factor#MISSING} when absent
 * @param respondents respondents with this pattern
 * @param cases respondents with each {@link Outcome} (by ordinal)
 * @param redFlags respondents with a red flag in the month
 */
public record CovariatePattern(
    String department, int[] levels, long respondents, long[] cases, long redFlags) {

  public CovariatePattern {
    Objects.requireNonNull(department, "department");
    if (levels.length != Factor.values().length) {
      throw new IllegalArgumentException("levels must have one entry per factor");
    }
    if (cases.length != Outcome.values().length) {
      throw new IllegalArgumentException("cases must have one entry per outcome");
    }
    levels = levels.clone();
    cases = cases.clone();
  }

  public int level(Factor f) {
    return levels[f.ordinal()];
  }

  public long cases(Outcome o) {
    return cases[o.ordinal()];
  }

  @Override
  public int[] levels() {
    return levels.clone();
  }

  @Override
  public long[] cases() {
    return cases.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CovariatePattern p
        && department.equals(p.department)
        && Arrays.equals(levels, p.levels)
        && respondents == p.respondents
        && Arrays.equals(cases, p.cases)
        && redFlags == p.redFlags;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        department, Arrays.hashCode(levels), respondents, Arrays.hashCode(cases), redFlags);
  }

  @Override
  public String toString() {
    return "CovariatePattern["
        + department
        + " "
        + Arrays.toString(levels)
        + " n="
        + respondents
        + " cases="
        + Arrays.toString(cases)
        + " redFlags="
        + redFlags
        + "]";
  }
}
