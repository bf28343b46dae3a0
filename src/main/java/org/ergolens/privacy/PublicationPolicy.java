package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.analysis.UnitSummary;

/**
 * Applies the privacy rules of the data contract (section 3) to a month's analysis before
 * anything is written: no published number describes fewer than {@code min_group_size}
 * respondents.
 */
public final class PublicationPolicy {
  public static final String BELOW_MIN_GROUP = "below_min_group_size";

  private final int k;

  public PublicationPolicy(int minGroupSize) {
    this.k = minGroupSize;
  }

  /** The published form of the analysis. */
  public MonthlyAnalysis.Result apply(MonthlyAnalysis.Result raw) {
    List<FactorEffect> effects = new ArrayList<>();
    for (FactorEffect e : raw.effects()) {
      boolean small = e.scope().equals(FactorEffect.SCOPE_DEPARTMENT)
          && (e.nExposed() < k || e.nReference() < k);
      effects.add(small ? e.suppress(BELOW_MIN_GROUP) : e);
    }
    List<UnitSummary> units = new ArrayList<>();
    for (UnitSummary u : raw.summaries()) {
      units.add(u.respondents() < k ? withheld(u) : u);
    }
    return new MonthlyAnalysis.Result(raw.organisation(), raw.units(), effects, units,
        raw.organisationSummary());
  }

  private static UnitSummary withheld(UnitSummary u) {
    Long[] none = new Long[u.cases().length];
    var levels = new java.util.LinkedHashMap<String, Long>();
    u.levelRespondents().keySet().forEach(key -> levels.put(key, null));
    return new UnitSummary(u.department(), u.name(), null, none, levels, u.levelKnown(), null,
        u.rolledUp(), true, BELOW_MIN_GROUP);
  }
}
