package org.ergolens.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;

/**
 * The driver-side analysis of a month, from covariate-pattern counts to unpublished tables: the
 * organisation and one group per reporting unit, their comparisons and counts. Nothing here is
 * published as it is: {@code org.ergolens.privacy} turns a {@link Result} into the published month.
 */
public final class MonthlyAnalysis {
  private MonthlyAnalysis() {}

  /**
   * The analysis before the privacy rules.
   *
   * @param organisation all respondents
   * @param units the reporting units, by id, in id order
   * @param effects comparisons, organisation first, then units in id order; empty when not asked
   *     for
   * @param summaries one set of counts per unit, in id order
   * @param organisationSummary the organisation's counts
   */
  public record Result(
      RespondentGroup organisation,
      Map<String, RespondentGroup> units,
      List<FactorEffect> effects,
      List<UnitCounts> summaries,
      UnitCounts organisationSummary) {
    public Result {
      units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
      effects = List.copyOf(effects);
      summaries = List.copyOf(summaries);
    }
  }

  /**
   * @param unitOf reporting unit of each department
   * @param rolledUp departments folded into each unit
   */
  public static Result run(
      List<CovariatePattern> patterns,
      Set<Factor> factors,
      Organisation org,
      Map<String, String> unitOf,
      Map<String, List<String>> rolledUp) {
    return analyse(patterns, factors, org, unitOf, rolledUp, true);
  }

  /**
   * The counts alone, without comparisons or models: what a month of history needs for the trend
   * table. The privacy rules give the same published summaries as for {@link #run}.
   */
  public static Result summaries(
      List<CovariatePattern> patterns,
      Set<Factor> factors,
      Organisation org,
      Map<String, String> unitOf,
      Map<String, List<String>> rolledUp) {
    return analyse(patterns, factors, org, unitOf, rolledUp, false);
  }

  private static Result analyse(
      List<CovariatePattern> patterns,
      Set<Factor> factors,
      Organisation org,
      Map<String, String> unitOf,
      Map<String, List<String>> rolledUp,
      boolean withEffects) {
    RespondentGroup all = new RespondentGroup(null, patterns);
    Map<String, List<CovariatePattern>> byUnit = new TreeMap<>();
    for (CovariatePattern p : patterns) {
      String unit = unitOf.getOrDefault(p.department(), p.department());
      byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(p);
    }
    Map<String, RespondentGroup> units = new LinkedHashMap<>();
    byUnit.forEach((u, ps) -> units.put(u, new RespondentGroup(u, ps)));

    List<FactorEffect> orgEffects =
        withEffects ? FactorEffectsCalculator.organisation(all, factors) : List.of();
    List<FactorEffect> effects = new ArrayList<>(orgEffects);
    List<UnitCounts> summaries = new ArrayList<>();
    for (RespondentGroup unit : units.values()) {
      if (withEffects) {
        effects.addAll(FactorEffectsCalculator.unit(unit, factors, orgEffects));
      }
      summaries.add(
          UnitCounts.of(
              unit,
              org.name(unit.department()).orElse(null),
              rolledUp.getOrDefault(unit.department(), List.of()),
              factors));
    }
    UnitCounts orgSummary = UnitCounts.of(all, null, List.of(), factors);
    return new Result(all, units, effects, summaries, orgSummary);
  }
}
