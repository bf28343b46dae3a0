package org.ergolens.recommend;

import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.AssociationTest;
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

  /** An organisation-scope row: prevalence ratio and Miettinen attributable cases. */
  static PublishedEffect organisation(
      Factor f, String level, Outcome o, Double ratio, Double attributable) {
    return effect(EffectId.organisation(f, level, o), ratio, attributable);
  }

  /** A department-scope row: the unit's Levin attributable cases. */
  static PublishedEffect unit(
      String department, Factor f, String level, Outcome o, Double attributable) {
    return effect(EffectId.unit(department, f, level, o), 1.0, attributable);
  }

  /** A department-scope row withheld by the privacy rules. */
  static PublishedEffect withheld(String department, Factor f, String level, Outcome o) {
    return PublishedRows.withheld(
        EffectId.unit(department, f, level, o), SuppressionReason.BELOW_MIN_GROUP_SIZE);
  }

  private static PublishedEffect effect(EffectId id, Double ratio, Double attributable) {
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
        attributable == null ? null : PublishedRows.attribution(attributable));
  }
}
