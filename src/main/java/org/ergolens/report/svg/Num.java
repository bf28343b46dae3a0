package org.ergolens.report.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coordinates and lengths written into SVG: at most two decimals, a dot, never {@code -0}. */
public final class Num {
  private Num() {}

  public static String of(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("Not a finite coordinate: " + v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }
}
