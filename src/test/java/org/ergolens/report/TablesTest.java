package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.CrudeEffect;
import org.ergolens.stats.TwoByTwo;
import org.ergolens.stats.TwoByTwoAnalysis;
import org.junit.jupiter.api.Test;

/** The output tables take each column from its own part of a published row. */
class TablesTest {
  private static final EffectId LAPTOP =
      EffectId.unit("fin", Factor.MONITOR_POSITION, "laptop_only", Outcome.NECK);

  private static PublishedEffect shown(TwoByTwo table) {
    return PublishedRows.effect(
        LAPTOP,
        new CrudeEffect(TwoByTwoAnalysis.analyze(table), 0.5),
        AdjustedRatios.none("fitted organisation-wide"),
        PublishedRows.attribution(1.5, 0.5, 2.5, 15, 1.1));
  }

  private static Object value(Table t, int row, String column) {
    return t.rows().get(row).get(t.columnIndex(column));
  }

  @Test
  void theCrudeTablesZeroCellNoteReachesFactorEffects() {
    Table t =
        Tables.factorEffects(
            List.of(
                shown(new TwoByTwo(0, 10, 3, 12)),
                shown(new TwoByTwo(4, 10, 3, 12)),
                PublishedRows.withheld(LAPTOP, SuppressionReason.BELOW_MIN_GROUP_SIZE)));
    assertEquals("note", t.columns().get(t.columns().size() - 1).name(), "added last");
    assertEquals(
        "a cell is zero: 0.5 was added to each cell for the ratios and their intervals",
        value(t, 0, "note"));
    assertNull(value(t, 1, "note"), "nothing to say");
    assertNull(value(t, 2, "note"), "a withheld row says nothing of its counts");
  }

  @Test
  void eachColumnComesFromItsPartOfTheRow() {
    Table t = Tables.factorEffects(List.of(shown(new TwoByTwo(4, 10, 3, 12))));
    assertEquals("department", value(t, 0, "scope"));
    assertEquals("fin", value(t, 0, "department"));
    assertEquals("at_eye_level", value(t, 0, "reference_level"));
    assertEquals(10L, value(t, 0, "n_exposed"));
    assertEquals(4L, value(t, 0, "cases_exposed"));
    assertEquals(12L, value(t, 0, "n_reference"));
    assertEquals(3L, value(t, 0, "cases_reference"));
    assertEquals(0.4 / 0.25, (Double) value(t, 0, "prevalence_ratio"), 1e-12);
    assertEquals(0.5, value(t, 0, "q_value"));
    assertEquals("fitted organisation-wide", value(t, 0, "adjusted_note"));
    assertNull(value(t, 0, "adjusted_odds_ratio"));
    assertEquals(0.1, value(t, 0, "attributable_fraction"));
    assertEquals(1.5, value(t, 0, "attributable_cases"));
    assertEquals(0.5, value(t, 0, "attributable_cases_ci_low"));
    assertEquals(2.5, value(t, 0, "attributable_cases_ci_high"));
    assertEquals("adjusted", value(t, 0, "attribution_basis"));
    assertNull(value(t, 0, "adjusted_prevalence_ratio"));
    assertEquals(false, value(t, 0, "suppressed"));
  }
}
