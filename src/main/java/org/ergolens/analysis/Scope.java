package org.ergolens.analysis;

import java.util.List;
import org.ergolens.model.CovariatePattern;

/**
 * A set of respondents that tables are computed for: the organisation, or one reporting unit.
 *
 * @param department null for the organisation, else the reporting unit's id
 * @param patterns the covariate patterns of its respondents
 */
public record Scope(String department, List<CovariatePattern> patterns) {
  public boolean isOrganisation() {
    return department == null;
  }

  public String scopeName() {
    return isOrganisation() ? FactorEffect.SCOPE_ORGANIZATION : FactorEffect.SCOPE_DEPARTMENT;
  }

  public long respondents() {
    return patterns.stream().mapToLong(CovariatePattern::respondents).sum();
  }
}
