package org.ergolens.stats;

/**
 * The test that produced a crude p-value; {@link #id()} is the value of the column {@code test}.
 */
public enum AssociationTest {
  /** Pearson's χ² with 1 degree of freedom and no continuity correction. */
  CHI_SQUARE("chi_square"),
  /** Two-sided Fisher's exact test, as R's {@code fisher.test}. */
  FISHER_EXACT("fisher_exact");

  private final String id;

  AssociationTest(String id) {
    this.id = id;
  }

  /** The identifier used in output tables: {@code chi_square} or {@code fisher_exact}. */
  public String id() {
    return id;
  }
}
