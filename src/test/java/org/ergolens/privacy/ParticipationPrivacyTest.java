package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.ergolens.model.Outcome;
import org.ergolens.model.Participation;
import org.junit.jupiter.api.Test;

/**
 * A summary whose respondent count is withheld carries no headcount or rate, whatever it is given.
 */
class ParticipationPrivacyTest {
  private static PublishedSummary summary(Long respondents) {
    return new PublishedSummary(
        "fin",
        "Finance",
        List.of(),
        respondents,
        respondents == null ? Map.of() : Map.of(Outcome.ANY_REGION, 3L),
        Map.of(),
        Map.of(),
        respondents == null ? null : 1L,
        respondents == null
            ? Suppression.of(SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN)
            : Suppression.NONE);
  }

  @Test
  void aWithheldCountWithholdsItsParticipation() {
    Participation known = Participation.ofUnit(12, List.of("fin"), Map.of("fin", 17L), 0.6);
    PublishedSummary shown = summary(12L).withParticipation(known);
    assertEquals(17L, shown.participation().headcount());
    PublishedSummary withheld = summary(null).withParticipation(known);
    assertEquals(Participation.Unknown.WITHHELD, withheld.participation().unknown());
    assertNull(withheld.participation().headcount());
    assertNull(withheld.participation().responseRate());
  }
}
