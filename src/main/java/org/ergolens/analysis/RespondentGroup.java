package org.ergolens.analysis;

import java.util.List;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Scope;

/**
 * The respondents a table is computed for: the organisation, or one reporting unit.
 *
 * @param department null for the organisation, else the reporting unit's id
 * @param patterns the covariate patterns of its respondents
 */
public record RespondentGroup(String department, List<CovariatePattern> patterns) {
  public RespondentGroup {
    patterns = List.copyOf(patterns);
  }

  public boolean isOrganisation() {
    return department == null;
  }

  public Scope scope() {
    return isOrganisation() ? Scope.ORGANIZATION : Scope.DEPARTMENT;
  }

  public long respondents() {
    return patterns.stream().mapToLong(CovariatePattern::respondents).sum();
  }
}
