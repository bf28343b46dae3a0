package org.ergolens.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines of wrapped text, counted as a spreadsheet wraps them at spaces. */
class RowHeightsTest {
  @Test
  void textThatFitsTakesOneLine() {
    assertEquals(1, RowHeights.lines("", 10));
    assertEquals(1, RowHeights.lines("abc def", 10));
    assertEquals(1, RowHeights.lines("aaaa bbbb", 10), "nine characters in a column of ten");
  }

  @Test
  void wordsWrapAtSpacesAndLineBreaksStartALine() {
    assertEquals(2, RowHeights.lines("aaaa bbbb cccc", 10));
    assertEquals(3, RowHeights.lines("a\nb\nc", 10));
    assertEquals(2, RowHeights.lines("aaaa\n", 10), "a trailing line break adds an empty line");
  }

  @Test
  void aWordLongerThanALineIsBrokenInside() {
    assertEquals(3, RowHeights.lines("x".repeat(25), 10), "10 + 10 + 5");
    assertEquals(4, RowHeights.lines("ab " + "x".repeat(25), 10));
  }

  @Test
  void heightIsLinesTimesTheLineHeightWithPadding() {
    assertEquals(15.75f, RowHeights.points(1));
    assertEquals(28.5f, RowHeights.points(2));
  }
}
