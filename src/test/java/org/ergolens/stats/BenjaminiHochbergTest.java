package org.ergolens.stats;

import static org.ergolens.stats.Fixtures.assertClose;
import static org.ergolens.stats.Fixtures.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  /** Benjamini & Hochberg (1995), JRSS B 57(1), section 4.1: the 15 p-values of their example. */
  private static final List<Double> BH_1995 =
      List.of(
          0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
          0.5719, 0.6528, 0.7590, 1.0000);

  @Test
  void workedExampleOfTheOriginalPaperRejectsFourAtFivePercent() {
    // The paper's procedure at q* = 0.05 rejects the four smallest p-values (Bonferroni only
    // three): exactly the q-values <= 0.05.
    List<Double> q = BenjaminiHochberg.adjust(BH_1995);
    assertEquals(4, q.stream().filter(v -> v <= 0.05).count());
    // p.adjust(p, "BH")[1:4] = 0.0015, 0.003, 0.0095, 0.035625
    assertEquals(0.0015, q.get(0), 1e-15);
    assertEquals(0.003, q.get(1), 1e-15);
    assertEquals(0.0095, q.get(2), 1e-15);
    assertEquals(0.035625, q.get(3), 1e-15);
  }

  @Test
  void matchesRsPAdjustForEverySet() {
    // benjamini_hochberg.csv: p.adjust(p, method = "BH") per set, including NA entries.
    Map<String, List<Map<String, String>>> sets = new LinkedHashMap<>();
    for (Map<String, String> row : Fixtures.csv("benjamini_hochberg.csv")) {
      sets.computeIfAbsent(row.get("set"), k -> new ArrayList<>()).add(row);
    }
    assertEquals(
        List.of("bh1995", "with_na", "ties", "single", "random"), List.copyOf(sets.keySet()));
    for (Map.Entry<String, List<Map<String, String>>> set : sets.entrySet()) {
      List<Double> p = new ArrayList<>();
      set.getValue().forEach(row -> p.add(number(row.get("p_value"))));
      List<Double> q = BenjaminiHochberg.adjust(p);
      for (int i = 0; i < p.size(); i++) {
        assertClose(
            "BH q",
            number(set.getValue().get(i).get("q_value")),
            q.get(i),
            1e-12,
            "q[" + i + "] of set " + set.getKey());
      }
    }
  }

  @Test
  void nullsStayNullAndAreNotCounted() {
    // p.adjust(c(0.04, NA, 0.01), "BH") = c(0.04, NA, 0.02): m = 2, not 3.
    List<Double> q = BenjaminiHochberg.adjust(Arrays.asList(0.04, null, 0.01));
    assertEquals(0.04, q.get(0), 1e-15);
    assertNull(q.get(1));
    assertEquals(0.02, q.get(2), 1e-15);
  }

  @Test
  void edgeCases() {
    assertEquals(List.of(), BenjaminiHochberg.adjust(List.of()));
    assertEquals(
        Arrays.asList((Double) null), BenjaminiHochberg.adjust(Arrays.asList((Double) null)));
    assertEquals(List.of(0.3), BenjaminiHochberg.adjust(List.of(0.3)));
    assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(List.of(1.2)));
    assertThrows(
        IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(List.of(Double.NaN)));
  }
}
