package org.ergolens.report.dashboard;

/**
 * Fitting untrusted text into a chart's label column; the full text goes in a tooltip. Widths are
 * estimated with DejaVu Sans's advance widths (the widest common sans-serif, the Linux default), so
 * a label that fits by this estimate fits in the usual system fonts too.
 */
final class Text {
  /** Advance widths of ASCII 32..126 in 1/2048 em (DejaVu Sans). */
  private static final int[] ASCII = {
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
    1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
    1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716
  };

  private static final int OTHER = 1500;
  private static final int WIDE = 2048;
  private static final String ELLIPSIS = "…";

  private Text() {}

  /** The estimated width of {@code s} in pixels at {@code fontPx}. */
  static double width(String s, double fontPx) {
    return s.codePoints().mapToDouble(Text::advance).sum() * fontPx / 2048;
  }

  /** {@code s}, or its longest start that fits in {@code maxPx} with an ellipsis. */
  static String fit(String s, double maxPx, double fontPx) {
    if (width(s, fontPx) <= maxPx) {
      return s;
    }
    double budget = maxPx * 2048 / fontPx - WIDE;
    int end = 0;
    double used = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      if (used + advance(cp) > budget) {
        break;
      }
      used += advance(cp);
      end += Character.charCount(cp);
    }
    return s.substring(0, end) + ELLIPSIS;
  }

  private static double advance(int cp) {
    if (cp >= 32 && cp <= 126) {
      return ASCII[cp - 32];
    }
    return Character.isIdeographic(cp)
            || cp >= 0x1100 && Character.getType(cp) == Character.OTHER_SYMBOL
        ? WIDE
        : OTHER;
  }
}
