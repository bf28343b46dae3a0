package org.ergolens.stats;

/**
 * Where the prevalence ratio behind an attribution comes from: the contract's {@code
 * attribution_basis}.
 */
public enum AttributionBasis {
  /** The organisation's adjusted prevalence ratio ({@link PrevalenceRatioModel}). */
  ADJUSTED("adjusted"),
  /** The organisation's crude prevalence ratio, used when the adjusted one is not available. */
  CRUDE("crude");

  private final String id;

  AttributionBasis(String id) {
    this.id = id;
  }

  /** The value of the {@code attribution_basis} column. */
  public String id() {
    return id;
  }
}
