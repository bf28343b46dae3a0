package org.ergolens.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
  public sealed interface Reason permits AboveLimit {
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

    private static String percent(double level) {
      String s = String.format(Locale.ROOT, "%.4f", level * 100).replaceAll("0+$", "");
      return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
  }
}
