package org.ergolens.analysis;

import java.util.Objects;
import java.util.Optional;
import org.ergolens.model.EffectId;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.CrudeEffect;

/**
 * One comparison of the month's analysis, before the privacy rules: what a row of {@code
 * factor_effects} is computed from. Only {@code org.ergolens.privacy} reads these; the report shows
 * its published form.
 *
 * @param id which level, outcome and scope
 * @param crude the 2×2 table, its ratios, test, p- and q-value
 * @param adjusted the organisation-wide adjusted odds and prevalence ratios of the level
 *     (organisation rows), or why there are none
 * @param attribution the scope's cases attributed to the level with the organisation's prevalence
 *     ratio (Miettinen); null when the organisation has no ratio for the level
 */
public record FactorEffect(
    EffectId id, CrudeEffect crude, AdjustedRatios adjusted, CaseAttribution attribution) {

  public FactorEffect {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(crude, "crude");
    Objects.requireNonNull(adjusted, "adjusted");
  }

  /** The attribution, if the organisation has a ratio for the level. */
  public Optional<CaseAttribution> attributionIfAny() {
    return Optional.ofNullable(attribution);
  }
}
