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
 * organisation scope and one scope per reporting unit, their factor effects and summaries. Privacy
 * rules are applied afterwards, to the result.
 */
public final class MonthlyAnalysis {
  private MonthlyAnalysis() {}

  /**
   * The analysis before privacy rules.
   *
   * @param organisation all respondents
   * @param units the reporting units, by id, in id order
   * @param effects factor effects, organisation first, then units in id order
   * @param summaries one summary per unit, in id order
   */
  public record Result(
      Scope organisation,
      Map<String, Scope> units,
      List<FactorEffect> effects,
      List<UnitSummary> summaries,
      UnitSummary organisationSummary) {}

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
   * The summaries alone, without factor effects or models: what a month of history needs for the
   * trend table. The privacy rules give the same published summaries as for {@link #run}.
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
    Scope all = new Scope(null, patterns);
    Map<String, List<CovariatePattern>> byUnit = new TreeMap<>();
    for (CovariatePattern p : patterns) {
      String unit = unitOf.getOrDefault(p.department(), p.department());
      byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(p);
    }
    Map<String, Scope> units = new LinkedHashMap<>();
    byUnit.forEach((u, ps) -> units.put(u, new Scope(u, List.copyOf(ps))));

    List<FactorEffect> orgEffects =
        withEffects ? FactorEffectsCalculator.organisation(all, factors) : List.of();
    List<FactorEffect> effects = new ArrayList<>(orgEffects);
    List<UnitSummary> summaries = new ArrayList<>();
    for (Scope unit : units.values()) {
      if (withEffects) {
        effects.addAll(FactorEffectsCalculator.unit(unit, factors, orgEffects));
      }
      summaries.add(
          UnitSummary.of(
              unit,
              org.name(unit.department()).orElse(null),
              rolledUp.getOrDefault(unit.department(), List.of()),
              factors));
    }
    UnitSummary orgSummary = UnitSummary.of(all, null, List.of(), factors);
    return new Result(all, units, effects, summaries, orgSummary);
  }
}
