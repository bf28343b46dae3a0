package org.ergolens.stats;

/**
 * The counts behind one comparison of a factor level against the reference level for one outcome.
 *
 * <pre>
 *                 cases   non-cases   respondents
 *   exposed         a         b           n1
 *   reference       c         d           n0
 * </pre>
 *
 * @param a exposed cases
 * @param n1 exposed respondents
 * @param c reference cases
 * @param n0 reference respondents
 */
public record TwoByTwo(long a, long n1, long c, long n0) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException unless {@code 0 <= a <= n1} and {@code 0 <= c <= n0}
   */
  public TwoByTwo {
    if (a < 0 || a > n1) {
      throw new IllegalArgumentException(
          "Cannot build a 2x2 table: exposed cases a=" + a + " must be within 0..n1=" + n1);
    }
    if (c < 0 || c > n0) {
      throw new IllegalArgumentException(
          "Cannot build a 2x2 table: reference cases c=" + c + " must be within 0..n0=" + n0);
    }
  }

  /** Exposed non-cases, {@code n1 - a}. */
  public long b() {
    return n1 - a;
  }

  /** Reference non-cases, {@code n0 - c}. */
  public long d() {
    return n0 - c;
  }

  /** All cases, {@code a + c}. */
  public long cases() {
    return a + c;
  }

  /** All non-cases, {@code b + d}. */
  public long nonCases() {
    return b() + d();
  }

  /** All respondents, {@code n1 + n0}. */
  public long total() {
    return n1 + n0;
  }

  /** True when one of the four cells a, b, c, d is zero (the zero-cell rule applies). */
  public boolean hasZeroCell() {
    return a == 0 || b() == 0 || c == 0 || d() == 0;
  }
}
