package org.ergolens.stats;

import java.util.Objects;

/**
 * The crude comparison of a factor level with the reference level for one outcome: the 2×2 table's
 * statistics and the Benjamini–Hochberg q-value among the comparisons of its scope.
 *
 * @param result the table and its prevalences, ratios, test and p-value
 * @param qValue the q-value; null when the comparison has no p-value
 */
public record CrudeEffect(TwoByTwoResult result, Double qValue) {

  public CrudeEffect {
    Objects.requireNonNull(result, "result");
  }

  /** The counts behind the comparison. */
  public TwoByTwo table() {
    return result.table();
  }

  /** What a reader should know about the ratios (the zero-cell correction), or null. */
  public String note() {
    return result.note() == null || result.note().isEmpty() ? null : result.note();
  }
}
