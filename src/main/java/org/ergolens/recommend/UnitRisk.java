package org.ergolens.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;

/**
 * A reporting unit's risk level this month and what put it there, from its published numbers
 * ({@link RiskRules}).
 *
 * @param level low, moderate or high
 * @param reasons what raised it, the weightiest first; empty for a low level
 */
public record UnitRisk(RiskLevel level, List<Reason> reasons) {
  public UnitRisk {
    Objects.requireNonNull(level, "level");
    reasons = List.copyOf(reasons);
  }

  /** The {@code risk_reasons} column: each reason's code, {@code ;}-separated, or null. */
  public String reasonCodes() {
    return reasons.isEmpty() ? null : String.join(";", reasons.stream().map(Reason::code).toList());
  }

  /** One reason, with the numbers behind it. */
  public sealed interface Reason permits AboveLimit, LinkedExposure {
    /** The reason's code in the tables, e.g. {@code any_region_above_99.8}. */
    String code();

    /** The level this reason alone gives. */
    RiskLevel gives();
  }

  /**
   * The unit's prevalence lies above the organisation's funnel limit for a group of its size.
   *
   * @param outcome the region, or any region
   * @param prevalence the unit's published prevalence
   * @param organisation the organisation's published prevalence
   * @param limit the limit's level, e.g. 0.998
   * @param gives the level this gives
   */
  public record AboveLimit(
      Outcome outcome, double prevalence, double organisation, double limit, RiskLevel gives)
      implements Reason {
    public AboveLimit {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(gives, "gives");
    }

    @Override
    public String code() {
      return outcome.id() + "_above_" + percent(limit);
    }
  }

  /**
   * One factor's credibly raised levels are together associated with at least a configured share of
   * the unit's cases. Within one factor the levels' attributable cases add up (they never exceed
   * the unit's cases); across factors they overlap, so each factor is judged on its own.
   *
   * @param factor the factor
   * @param levels its credibly raised levels with published attribution in the unit, in the
   *     factor's order
   * @param outcome whose cases (any region)
   * @param associatedCases the unit's cases associated with those levels (published attribution)
   * @param cases the unit's published cases of the outcome
   * @param threshold the configured share it reached, e.g. 0.25
   * @param gives the level this gives
   */
  public record LinkedExposure(
      Factor factor,
      List<String> levels,
      Outcome outcome,
      double associatedCases,
      long cases,
      double threshold,
      RiskLevel gives)
      implements Reason {
    public LinkedExposure {
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(gives, "gives");
      levels = List.copyOf(levels);
      if (levels.isEmpty() || cases <= 0 || associatedCases < 0 || associatedCases > cases) {
        throw new IllegalArgumentException(
            "A linked exposure needs levels and 0 <= associated cases <= cases: "
                + levels
                + ", "
                + associatedCases
                + " of "
                + cases);
      }
    }

    /** The share of the unit's cases associated with the levels. */
    public double share() {
      return associatedCases / cases;
    }

    /** For example {@code exposure_desk_type_25}: the factor and the threshold, in percent. */
    @Override
    public String code() {
      return "exposure_" + factor.id() + "_" + percent(threshold);
    }
  }

  private static String percent(double level) {
    String s = String.format(Locale.ROOT, "%.4f", level * 100).replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
