package org.ergolens.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedMonth;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.FunnelPlot;

/**
 * Each reporting unit's prevalence of each outcome against the organisation's, with its
 * uncertainty: the funnel plot's exact binomial limits (Spiegelhalter 2005) around the
 * organisation's prevalence at the unit's size. Built from the published month only: a comparison
 * exists where the unit's respondents and cases and the organisation's prevalence are published, so
 * it tells nothing the tables do not.
 */
public final class UnitComparisons {
  private UnitComparisons() {}

  /** Every unit × outcome that can be compared, units in id order, outcomes in contract order. */
  public static List<UnitComparison> of(PublishedMonth month) {
    List<UnitComparison> out = new ArrayList<>();
    PublishedSummary org = month.organisation();
    for (PublishedSummary unit : month.units()) {
      Long respondents = unit.respondents();
      if (respondents == null || respondents == 0) {
        continue;
      }
      for (Outcome o : Outcome.values()) {
        Long cases = unit.cases(o);
        Double target = org.prevalence(o);
        if (cases != null && target != null) {
          out.add(
              new UnitComparison(
                  unit.department(),
                  unit.name(),
                  o,
                  FunnelPlot.compare(cases, respondents, target)));
        }
      }
    }
    return out;
  }

  /**
   * The units above the upper 95% limit for one outcome, by their excess cases (most first): the
   * "departments with the most discomfort".
   */
  public static List<UnitComparison> above95(List<UnitComparison> all, Outcome outcome) {
    return all.stream()
        .filter(c -> c.outcome() == outcome && c.funnel().aboveAt95())
        .sorted(
            Comparator.comparingDouble((UnitComparison c) -> c.funnel().excessCases()).reversed())
        .toList();
  }
}
