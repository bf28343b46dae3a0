package org.ergolens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.privacy.SuppressionReason;
import org.junit.jupiter.api.Test;

class LabelsTest {
  /** What a code looks like: lower case joined by underscores, or a bare id. */
  static final Pattern CODE = Pattern.compile("[a-z0-9]+_[a-z0-9_]+");

  @Test
  void levelsInContextReadAsPhrases() {
    assertEquals("Sitting 6–8 h a day", Labels.exposure(Factor.SITTING_BAND, "6_to_8h"));
    assertEquals("Screen: laptop only", Labels.exposure(Factor.MONITOR_POSITION, "laptop_only"));
    assertEquals("No lumbar support", Labels.exposure(Factor.LUMBAR_SUPPORT, "no"));
    assertEquals("No weekly exercise", Labels.exposure(Factor.EXERCISE_BAND, "none"));
    assertEquals("Fixed-height desk", Labels.exposure(Factor.DESK_TYPE, "fixed"));
    assertEquals(
        "a chair without lumbar support", Labels.exposurePhrase(Factor.LUMBAR_SUPPORT, "no"));
    assertEquals(
        "a laptop screen only", Labels.exposurePhrase(Factor.MONITOR_POSITION, "laptop_only"));
    assertEquals(
        "Screen: above eye level or below eye level",
        Labels.exposures(Factor.MONITOR_POSITION, List.of("above_eye_level", "below_eye_level")));
    assertEquals("Breaks rarely", Labels.exposures(Factor.BREAK_FREQUENCY, List.of("rarely")));
  }

  @Test
  void sameLevelIdOfDifferentFactorsReadsDifferently() {
    assertEquals("none", Labels.level(Factor.EXERCISE_BAND, "none"));
    assertEquals("none", Labels.level(Factor.LUMBAR_SUPPORT, "no"));
    assertEquals("Lumbar support", Labels.exposure(Factor.LUMBAR_SUPPORT, "yes"));
  }

  @Test
  void everyFactorLevelHasEveryFormAndNoneIsACode() {
    Set<String> exposures = new HashSet<>();
    for (Factor f : Factor.values()) {
      assertFalse(CODE.matcher(Labels.factor(f)).find(), f.id());
      for (String level : f.levels()) {
        for (String text :
            List.of(
                Labels.level(f, level),
                Labels.exposure(f, level),
                Labels.exposurePhrase(f, level))) {
          assertFalse(text.isBlank(), f.id() + " " + level);
          assertFalse(CODE.matcher(text).find(), text);
          assertFalse(text.contains(level) && level.contains("_"), text);
        }
        assertTrue(exposures.add(Labels.exposure(f, level)), "unique: " + level);
      }
    }
  }

  @Test
  void anUnknownCodeIsRefusedNeverShown() {
    assertThrows(
        IllegalArgumentException.class, () -> Labels.exposure(Factor.DESK_TYPE, "standing"));
    assertThrows(IllegalArgumentException.class, () -> Labels.level(Factor.DESK_TYPE, null));
    assertThrows(IllegalArgumentException.class, () -> Labels.suppressionReason("tiny"));
    assertThrows(IllegalArgumentException.class, () -> Labels.trendNote("odd_note"));
    assertThrows(IllegalArgumentException.class, () -> Labels.audience("ceo"));
  }

  @Test
  void regionsAsNounsPhrasesAndCaseCounts() {
    assertEquals("lower back", Labels.region(Outcome.LOWER_BACK));
    assertEquals("Lower back", Labels.regionTitle(Outcome.LOWER_BACK));
    assertEquals("wrists and hands", Labels.region(Outcome.WRISTS_HANDS));
    assertEquals("any body region", Labels.region(Outcome.ANY_REGION));
    assertEquals("Any body region", Labels.regionTitle(Outcome.ANY_REGION));
    assertEquals("lower-back discomfort", Labels.discomfort(Outcome.LOWER_BACK));
    assertEquals("upper-back discomfort", Labels.discomfort(Outcome.UPPER_BACK));
    assertEquals("discomfort in any body region", Labels.discomfort(Outcome.ANY_REGION));
    assertEquals("lower-back cases", Labels.cases(Outcome.LOWER_BACK));
    for (Outcome o : Outcome.values()) {
      for (String text :
          List.of(Labels.region(o), Labels.discomfort(o), Labels.cases(o), Labels.regionTitle(o))) {
        assertFalse(CODE.matcher(text).find(), text);
      }
    }
  }

  @Test
  void everySuppressionReasonHasWords() {
    for (SuppressionReason r : SuppressionReason.values()) {
      assertFalse(CODE.matcher(Labels.suppressionReason(r.id())).find(), r.id());
    }
    assertEquals(
        "withheld because the group is smaller than the minimum group size; or it could otherwise"
            + " be worked out from the other numbers by subtraction",
        Labels.withheldBecause("below_min_group_size;complementary"));
    assertEquals("withheld to protect privacy", Labels.withheldBecause(null));
  }

  @Test
  void trendNotesAndAudiences() {
    assertEquals(
        "no discomfort reports that month; fewer than 3 comparable earlier months",
        Labels.trendNote("no_reports_in_month;baseline_too_short"));
    assertEquals("", Labels.trendNote(""));
    assertEquals("Ergonomist", Labels.audience("ergonomist"));
    assertEquals("HR and wellness team", Labels.audience("hr"));
    assertEquals("Everyone in the team", Labels.audience("employees"));
  }

  @Test
  void riskLevels() {
    assertEquals("High", Labels.risk(RiskLevel.HIGH));
    assertEquals("moderate risk", Labels.riskPhrase(RiskLevel.MODERATE));
    assertEquals(RiskLevel.LOW, RiskLevel.byId("low"));
  }

  @Test
  void aUnitIsNamedForWhatItHolds() {
    assertEquals("Field Sales", Labels.unit("com-fs", "Field Sales", false));
    assertEquals("com-fs", Labels.unit("com-fs", null, false));
    assertEquals("com-fs", Labels.unit("com-fs", " ", false));
    assertEquals("Commercial (staff outside its teams)", Labels.unit("com", "Commercial", true));
  }

  @Test
  void notesMonthsAndLists() {
    assertEquals(
        "No group of fewer than 5 people is shown; counts within a shown group can be small.",
        Labels.privacyNote(5));
    assertEquals(
        "No group of fewer than 5 people is shown, and no count of 1 to 4 people with discomfort"
            + " or a red flag.",
        Labels.privacyNote(5, 5));
    assertEquals(
        "No group of fewer than 3 people is shown, and no count of a single person with discomfort"
            + " or a red flag.",
        Labels.privacyNote(3, 2));
    assertEquals("October 2026", Labels.month(YearMonth.of(2026, 10)));
    assertEquals("Oct 2026", Labels.shortMonth(YearMonth.of(2026, 10)));
    assertEquals("more than 3 days", Labels.moreThanDays(3));
    assertEquals("more than 1 day", Labels.moreThanDays(1));
    assertEquals("", Labels.and(List.of()));
    assertEquals("a", Labels.and(List.of("a")));
    assertEquals("a and b", Labels.and(List.of("a", "b")));
    assertEquals("a, b and c", Labels.and(List.of("a", "b", "c")));
    assertEquals("a, b or c", Labels.or(List.of("a", "b", "c")));
    assertEquals("Neck", Labels.capitalise("neck"));
  }
}
