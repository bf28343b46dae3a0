package org.ergolens.report.svg;

import java.util.List;
import java.util.Locale;

/**
 * Colour-blind-safe colours: the Okabe–Ito set for categories and a viridis ramp (light for low,
 * dark for high) for quantities.
 */
public final class Palette {
  public static final String BLUE = "#0072B2";
  public static final String ORANGE = "#E69F00";
  public static final String VERMILLION = "#D55E00";
  public static final String REDDISH_PURPLE = "#CC79A7";
  public static final String GREY = "#6B6B6B";
  public static final String INK = "#1B1F24";
  public static final String WITHHELD_FILL = "#EEEEEE";
  public static final String WITHHELD_LINE = "#8C8C8C";

  /** Colours for the levels of one factor, reference level first. */
  public static final List<String> LEVELS = List.of(BLUE, ORANGE, VERMILLION, REDDISH_PURPLE);

  /** Viridis from high (dark purple) to low (yellow). */
  private static final int[][] VIRIDIS = {
    {0xFD, 0xE7, 0x25},
    {0x90, 0xD7, 0x43},
    {0x35, 0xB7, 0x79},
    {0x21, 0x91, 0x8C},
    {0x31, 0x68, 0x8E},
    {0x44, 0x3A, 0x83},
    {0x44, 0x01, 0x54}
  };

  private Palette() {}

  /** A colour for {@code t} in [0, 1]: light yellow at 0, dark purple at 1. */
  public static String sequential(double t) {
    double x = Math.max(0, Math.min(1, Double.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
    int i = Math.min((int) Math.floor(x), VIRIDIS.length - 2);
    double f = x - i;
    int[] a = VIRIDIS[i];
    int[] b = VIRIDIS[i + 1];
    return String.format(
        Locale.ROOT, "#%02X%02X%02X", mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f));
  }

  /** Black or white, whichever reads better on {@code background} ({@code #RRGGBB}). */
  public static String textOn(String background) {
    int rgb = Integer.parseInt(background.substring(1), 16);
    double l =
        0.2126 * linear((rgb >> 16) & 0xFF)
            + 0.7152 * linear((rgb >> 8) & 0xFF)
            + 0.0722 * linear(rgb & 0xFF);
    // Contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05): equal at l ≈ 0.179.
    return l > 0.179 ? "#000000" : "#FFFFFF";
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
