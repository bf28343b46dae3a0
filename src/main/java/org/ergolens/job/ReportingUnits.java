package org.ergolens.job;

import java.util.Map;
import java.util.TreeMap;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Organisation;
import org.ergolens.privacy.DepartmentTree;
import org.ergolens.privacy.MinGroupSize;
import org.ergolens.privacy.RollUp;
import org.ergolens.privacy.RollUpResult;
import org.ergolens.privacy.UnitTree;

/** The month's reporting units: departments rolled up by size, through the tree when given. */
final class ReportingUnits {
  private ReportingUnits() {}

  static RollUpResult of(Iterable<CovariatePattern> patterns, Organisation org, MinGroupSize k) {
    Map<String, Long> respondents = new TreeMap<>();
    for (CovariatePattern p : patterns) {
      respondents.merge(p.department(), p.respondents(), Long::sum);
    }
    RollUp rollUp = RollUp.of(k);
    if (!org.hasTree()) {
      return rollUp.apply(respondents);
    }
    return rollUp.apply(departmentTree(org), respondents);
  }

  /** Which unit hangs under which: none without a department tree. */
  static UnitTree tree(RollUpResult units, Organisation org) {
    return org.hasTree() ? UnitTree.of(departmentTree(org), units) : UnitTree.none();
  }

  private static DepartmentTree departmentTree(Organisation org) {
    Map<String, String> parents = new TreeMap<>();
    org.parents().forEach((d, p) -> parents.put(d, p.isEmpty() ? null : p));
    return DepartmentTree.of(parents);
  }
}
