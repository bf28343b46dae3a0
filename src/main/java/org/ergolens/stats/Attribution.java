package org.ergolens.stats;

/**
 * An attributable fraction and the number of cases it stands for.
 *
 * @param fraction the share of cases attributable to the exposure; null when not estimable
 * @param cases {@code fraction ×} the cases it applies to; null when {@code fraction} is null
 */
public record Attribution(Double fraction, Double cases) {

  /** No fraction and no cases. */
  public static final Attribution NOT_ESTIMABLE = new Attribution(null, null);
}
