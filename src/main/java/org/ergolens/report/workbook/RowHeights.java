package org.ergolens.report.workbook;

/**
 * Row heights that fit wrapped text, which neither POI nor the file format computes: the lines a
 * text takes when wrapped at spaces in a column of a given width, times the line height. A column's
 * width is counted in the default font's digit "0" (Arial 10); running text averages about as wide,
 * so a column of width w holds about {@value #CHARACTERS_PER_WIDTH} w characters of it. The
 * estimate errs on the tall side: a row a little too tall wastes space, one too short cuts text.
 */
final class RowHeights {
  /** The height of one line of 10-point Arial, in points (Excel's default row height for it). */
  static final float LINE = 12.75f;

  /** Space above and below the text, in points. */
  static final float PADDING = 3f;

  /** Characters of running text per unit of column width. */
  static final double CHARACTERS_PER_WIDTH = 1.1;

  private RowHeights() {}

  /**
   * The lines a text takes when wrapped at spaces in a column {@code width} wide: each line break
   * starts a line, and a word longer than a line is broken inside.
   */
  static int lines(String text, double width) {
    int capacity = Math.max(1, (int) Math.floor(width * CHARACTERS_PER_WIDTH) - 1);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += paragraphLines(paragraph, capacity);
    }
    return Math.max(1, lines);
  }

  /** The height in points of a row whose tallest cell has this many lines. */
  static float points(int lines) {
    return lines * LINE + PADDING;
  }

  private static int paragraphLines(String paragraph, int capacity) {
    int lines = 1;
    int used = 0;
    for (String word : paragraph.strip().split(" +")) {
      int length = word.codePointCount(0, word.length());
      if (length == 0) {
        continue;
      }
      int needed = used == 0 ? length : used + 1 + length;
      if (needed <= capacity) {
        used = needed;
        continue;
      }
      if (used > 0) {
        lines++;
      }
      lines += (length - 1) / capacity;
      used = (length - 1) % capacity + 1;
    }
    return lines;
  }
}
