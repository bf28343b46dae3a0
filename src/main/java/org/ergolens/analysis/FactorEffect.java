package org.ergolens.analysis;

import java.util.Objects;
import org.ergolens.model.EffectId;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.Attribution;
import org.ergolens.stats.CrudeEffect;

/**
 * One comparison of the month's analysis, before the privacy rules: what a row of {@code
 * factor_effects} is computed from. Only {@code org.ergolens.privacy} reads these; the report shows
 * its published form.
 *
 * @param id which level, outcome and scope
 * @param crude the 2×2 table, its ratios, test, p- and q-value
 * @param adjusted the organisation-wide adjusted ratios of the level (organisation rows), or why
 *     there are none
 * @param attribution the attributable fraction and cases
 */
public record FactorEffect(
    EffectId id, CrudeEffect crude, AdjustedRatios adjusted, Attribution attribution) {

  public FactorEffect {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(crude, "crude");
    Objects.requireNonNull(adjusted, "adjusted");
    Objects.requireNonNull(attribution, "attribution");
  }
}
