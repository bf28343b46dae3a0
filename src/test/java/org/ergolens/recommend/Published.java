package org.ergolens.recommend;

import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.AssociationTest;
import org.ergolens.stats.AttributionBasis;
import org.ergolens.stats.AttributionRatio;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.CrudeEffect;
import org.ergolens.stats.TwoByTwo;
import org.ergolens.stats.TwoByTwoResult;

/**
 * Hand-built published {@code factor_effects} rows for the ranking tests, with the values the
 * ranking reads (the prevalence ratio and the attributable cases) chosen by the test. A null stands
 * for a withheld value, as after the privacy rules.
 */
final class Published {
  private Published() {}

  /**
   * An organisation-scope row: the organisation's adjusted prevalence ratio R (95% CI R/1.3 to
   * R·1.3, so credibly raised from R = 1.3 on) and the cases attributed with it (±20%).
   */
  static PublishedEffect organisation(
      Factor f, String level, Outcome o, Double ratio, Double attributable) {
    return effect(EffectId.organisation(f, level, o), ratio, attributable, ratio / 1.3);
  }

  /**
   * A department-scope row: the unit's cases attributed with an organisation's R of 2.0 (95% CI
   * 1.5–2.7, credibly raised), ±20%.
   */
  static PublishedEffect unit(
      String department, Factor f, String level, Outcome o, Double attributable) {
    return effect(EffectId.unit(department, f, level, o), 2.0, attributable, 1.5);
  }

  /** A department-scope row whose organisation's R of 1.4 has a lower 95% limit of 0.9. */
  static PublishedEffect unitNotCrediblyRaised(
      String department, Factor f, String level, Outcome o, Double attributable) {
    return effect(EffectId.unit(department, f, level, o), 1.4, attributable, 0.9);
  }

  /** A department-scope row withheld by the privacy rules. */
  static PublishedEffect withheld(String department, Factor f, String level, Outcome o) {
    return PublishedRows.withheld(
        EffectId.unit(department, f, level, o), SuppressionReason.BELOW_MIN_GROUP_SIZE);
  }

  private static PublishedEffect effect(
      EffectId id, Double ratio, Double attributable, double ratioLow) {
    TwoByTwoResult crude =
        new TwoByTwoResult(
            new TwoByTwo(30, 100, 10, 100),
            0.3,
            0.1,
            ratio,
            null,
            null,
            null,
            null,
            null,
            AssociationTest.CHI_SQUARE,
            0.01,
            "");
    return PublishedRows.effect(
        id,
        new CrudeEffect(crude, 0.02),
        AdjustedRatios.none(null),
        attributable == null
            ? null
            : new CaseAttribution(
                attributable / 100,
                attributable * 0.8 / 100,
                attributable * 1.2 / 100,
                attributable,
                attributable * 0.8,
                attributable * 1.2,
                new AttributionRatio(
                    ratio, Math.min(ratioLow, ratio), ratio * 1.3, AttributionBasis.ADJUSTED)));
  }
}
