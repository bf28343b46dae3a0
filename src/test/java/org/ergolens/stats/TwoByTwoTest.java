package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoByTwoTest {

  @Test
  void derivesTheOtherCellsAndMargins() {
    TwoByTwo t = new TwoByTwo(3, 10, 2, 8);
    assertEquals(7, t.b());
    assertEquals(6, t.d());
    assertEquals(5, t.cases());
    assertEquals(13, t.nonCases());
    assertEquals(18, t.total());
    assertFalse(t.hasZeroCell());
    assertTrue(new TwoByTwo(0, 10, 2, 8).hasZeroCell(), "a = 0");
    assertTrue(new TwoByTwo(10, 10, 2, 8).hasZeroCell(), "b = 0");
    assertTrue(new TwoByTwo(3, 10, 8, 8).hasZeroCell(), "d = 0");
  }

  @Test
  void rejectsCountsOutsideTheirRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(11, 10, 2, 8));
    assertEquals(
        "Cannot build a 2x2 table: exposed cases a=11 must be within 0..n1=10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(-1, 10, 2, 8));
    assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(1, 10, 9, 8));
    assertThrows(IllegalArgumentException.class, () -> new TwoByTwo(1, 10, -1, 8));
  }

  @Test
  void acceptsEmptyRows() {
    TwoByTwo t = new TwoByTwo(0, 0, 0, 0);
    assertEquals(0, t.total());
  }
}
