package org.ergolens.report.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Labels are shortened by their estimated width, never in the middle of a character. */
class TextTest {
  @Test
  void shortLabelsStayWhole() {
    assertEquals("Neck", Text.fit("Neck", 100, 12));
  }

  @Test
  void longLabelsEndWithAnEllipsisAndFit() {
    String fitted = Text.fit("<img src=x onerror=alert(1)>", 160, 12);
    assertTrue(fitted.endsWith("…"), fitted);
    assertTrue(Text.width(fitted, 12) <= 160, fitted);
    assertTrue(fitted.length() > 10, fitted);
  }

  @Test
  void surrogatePairsAreKeptWhole() {
    String fitted = Text.fit("😀😀😀😀😀😀😀😀😀😀", 40, 12);
    assertEquals("😀😀…", fitted);
  }
}
