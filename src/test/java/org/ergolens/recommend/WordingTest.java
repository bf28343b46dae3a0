package org.ergolens.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

/** How numbers read in a rationale. */
class WordingTest {
  @Test
  void percentagesAreWholeAndNeverRoundToNothingOrEverything() {
    assertEquals("41%", Wording.percent(0.4123));
    assertEquals("42%", Wording.percent(0.415));
    assertEquals("29%", Wording.percent(0.285));
    assertEquals("0%", Wording.percent(0));
    assertEquals("under 1%", Wording.percent(0.004));
    assertEquals("over 99%", Wording.percent(0.996));
    assertEquals("100%", Wording.percent(1));
  }

  @Test
  void ratiosHaveOneDecimal() {
    assertEquals("1.8×", Wording.ratio(1.8333));
    assertEquals("2.0×", Wording.ratio(1.96));
  }

  @Test
  void casesAreRoundedToWholePeople() {
    assertEquals("about 6", Wording.about(6.4));
    assertEquals("about 7", Wording.about(6.5));
    assertEquals("about 1", Wording.about(0.5));
    assertEquals("less than one", Wording.about(0.49));
  }

  @Test
  void levelsOutcomesDaysAndLists() {
    assertEquals("95%", Wording.level(0.95));
    assertEquals("97.5%", Wording.level(0.975));
    assertEquals("90%", Wording.level(0.9));
    assertEquals("lower-back discomfort", Wording.discomfort(Outcome.LOWER_BACK));
    assertEquals("more than 1 day", Wording.moreThanDays(1));
    assertEquals("more than 3 days", Wording.moreThanDays(3));
    assertEquals("a, b and c", Wording.and(List.of("a", "b", "c")));
    assertEquals("a", Wording.and(List.of("a")));
  }
}
