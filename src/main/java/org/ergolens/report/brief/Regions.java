package org.ergolens.report.brief;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ergolens.model.Outcome;

/** The rule for a brief's region rows: every outcome once, any region first. */
final class Regions {
  private Regions() {}

  static List<RegionFigure> check(List<RegionFigure> regions) {
    List<RegionFigure> copy = Checks.list(regions, "regions");
    if (copy.isEmpty() || copy.get(0).outcome() != Outcome.ANY_REGION) {
      throw new IllegalArgumentException("The regions start with any region");
    }
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    for (RegionFigure r : copy) {
      if (!seen.add(r.outcome())) {
        throw new IllegalArgumentException("A region appears twice: " + r.outcome().id());
      }
    }
    return copy;
  }

  static RegionFigure of(List<RegionFigure> regions, Outcome outcome) {
    return regions.stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
  }
}
