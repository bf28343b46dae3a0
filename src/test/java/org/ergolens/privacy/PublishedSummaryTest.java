package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

/** A published summary keeps what it was given, and derives shares only from published counts. */
class PublishedSummaryTest {
  @Test
  void theCallersCollectionsCannotChangeIt() {
    Map<Outcome, Long> cases = new EnumMap<>(Outcome.class);
    cases.put(Outcome.NECK, 3L);
    Map<String, Long> levels = new LinkedHashMap<>();
    levels.put(PublishedSummary.levelKey(Factor.LUMBAR_SUPPORT, "yes"), 6L);
    levels.put(PublishedSummary.levelKey(Factor.LUMBAR_SUPPORT, "no"), null);
    Map<Factor, Long> known = new EnumMap<>(Factor.class);
    known.put(Factor.LUMBAR_SUPPORT, 10L);
    List<String> rolledUp = new ArrayList<>(List.of("fin-ap"));
    PublishedSummary s =
        new PublishedSummary(
            "fin", "Finance", rolledUp, 10L, cases, levels, known, 2L, Suppression.NONE);

    cases.put(Outcome.NECK, 99L);
    levels.put(PublishedSummary.levelKey(Factor.LUMBAR_SUPPORT, "no"), 4L);
    known.put(Factor.LUMBAR_SUPPORT, 99L);
    rolledUp.add("x");

    assertEquals(3L, s.cases(Outcome.NECK));
    assertNull(s.respondentsAt(Factor.LUMBAR_SUPPORT, "no"), "withheld stays withheld");
    assertEquals(0.6, s.share(Factor.LUMBAR_SUPPORT, "yes"), 1e-12);
    assertNull(s.share(Factor.LUMBAR_SUPPORT, "no"));
    assertEquals(List.of("fin-ap"), s.rolledUp());
    assertThrows(UnsupportedOperationException.class, () -> s.rolledUp().add("y"));
  }

  @Test
  void aWithheldCountWithholdsWhatIsComputedFromIt() {
    PublishedSummary s =
        new PublishedSummary(
            "fin",
            null,
            List.of(),
            null,
            Map.of(Outcome.NECK, 3L),
            Map.of(),
            Map.of(),
            1L,
            Suppression.of(SuppressionReason.BELOW_MIN_GROUP_SIZE));
    assertNull(s.prevalence(Outcome.NECK));
    assertNull(s.redFlagShare());
    assertNull(s.cases(Outcome.KNEES));
    assertEquals("below_min_group_size", s.suppressionReason());
  }
}
