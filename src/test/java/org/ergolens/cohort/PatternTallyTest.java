package org.ergolens.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fold's primitive pattern counts against a plain map of the same visits. */
class PatternTallyTest {
  record Key(int month, int department, int levels) {}

  @Test
  void countsEveryKeyApartAsAMapWould() {
    Random random = new Random(7);
    PatternTally tally = new PatternTally(13, 2);
    Map<Key, long[]> expected = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      // Levels with the sign bit set, and department -1 (none), are keys like any other.
      int levels = random.nextInt(50) - (random.nextInt(10) == 0 ? Integer.MIN_VALUE : 0);
      Key k = new Key(random.nextInt(13), random.nextInt(40) - 1, levels);
      int n = random.nextInt(3);
      int row = tally.row(k.month(), k.department(), k.levels());
      tally.add(row, 0, 1);
      tally.add(row, 1, n);
      long[] c = expected.computeIfAbsent(k, x -> new long[2]);
      c[0]++;
      c[1] += n;
    }
    assertEquals(expected.size(), tally.rows());
    for (int r = 0; r < tally.rows(); r++) {
      long[] c = expected.get(new Key(tally.month(r), tally.department(r), tally.levels(r)));
      assertEquals(
          List.of(c[0], c[1]), Arrays.stream(tally.counts(r)).boxed().toList(), "row " + r);
    }
  }

  @Test
  void aKeySeenAgainKeepsItsRow() {
    PatternTally tally = new PatternTally(2, 1);
    int first = tally.row(1, 3, 9);
    tally.row(0, 3, 9);
    tally.row(1, 4, 9);
    assertEquals(first, tally.row(1, 3, 9));
    assertEquals(3, tally.rows());
  }
}
