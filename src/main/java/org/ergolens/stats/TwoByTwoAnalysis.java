package org.ergolens.stats;

/**
 * Computes the crude statistics of a {@link TwoByTwo} table exactly as contract section 2.1 says.
 *
 * <ul>
 *   <li>Prevalences are the raw {@code a/n1} and {@code c/n0}.
 *   <li>{@code PR = (a/n1)/(c/n0)}, 95% CI {@code exp(ln PR ± z·√(1/a − 1/n1 + 1/c − 1/n0))}.
 *   <li>{@code OR = ad/(bc)}, Woolf 95% CI {@code exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d))}.
 *   <li>Zero-cell rule: if any of a, b, c, d is 0, 0.5 is added to all four cells (so 1 to {@code
 *       n1} and {@code n0}) for PR, OR and their CIs only.
 *   <li>p-value of the uncorrected table by {@link IndependenceTest}.
 * </ul>
 *
 * <p>Hard cases give {@code null} values and a note instead of an exception:
 *
 * <ul>
 *   <li>no respondents at the level or at the reference level: no ratio and no p-value;
 *   <li>no cases at all, or no non-cases at all: the outcome does not vary, so the table says
 *       nothing about association. The ratios follow the contract's zero-cell rule to the letter
 *       (independent implementations compute the same numbers), the p-value is Fisher's, which is
 *       1, and the note warns that the ratios reflect only the 0.5 correction.
 * </ul>
 *
 * <p>{@code z} is {@link Wald#Z_95}.
 */
public final class TwoByTwoAnalysis {

  static final String NOTE_ZERO_CELL =
      "a cell is zero: 0.5 was added to each cell for the ratios and their intervals";
  static final String NOTE_NO_EXPOSED = "no respondents at this level";
  static final String NOTE_NO_REFERENCE = "no respondents at the reference level";
  static final String NOTE_NO_CASES =
      "no cases among these respondents: the ratios reflect only the 0.5 zero-cell correction";
  static final String NOTE_ALL_CASES =
      "every one of these respondents is a case: the ratios reflect only the 0.5 zero-cell"
          + " correction";

  private TwoByTwoAnalysis() {}

  /** Analyses one table. */
  public static TwoByTwoResult analyze(TwoByTwo t) {
    if (t.n1() == 0 || t.n0() == 0) {
      String note =
          t.n1() == 0 && t.n0() == 0
              ? NOTE_NO_EXPOSED + "; " + NOTE_NO_REFERENCE
              : t.n1() == 0 ? NOTE_NO_EXPOSED : NOTE_NO_REFERENCE;
      return withoutRatios(t, null, note);
    }
    IndependenceTest.Result test = IndependenceTest.test(t);
    String note =
        t.cases() == 0
            ? NOTE_NO_CASES
            : t.nonCases() == 0 ? NOTE_ALL_CASES : t.hasZeroCell() ? NOTE_ZERO_CELL : "";
    double shift = t.hasZeroCell() ? 0.5 : 0;
    double a = t.a() + shift;
    double b = t.b() + shift;
    double c = t.c() + shift;
    double d = t.d() + shift;

    double logPr = Math.log(a / (a + b)) - Math.log(c / (c + d));
    double sePr = Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d));
    Double[] prCi = Wald.interval(logPr, sePr);

    double logOr = Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c);
    double seOr = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    Double[] orCi = Wald.interval(logOr, seOr);

    return new TwoByTwoResult(
        t,
        prevalence(t.a(), t.n1()),
        prevalence(t.c(), t.n0()),
        Finite.orNull((a / (a + b)) / (c / (c + d))),
        prCi[0],
        prCi[1],
        Finite.orNull((a * d) / (b * c)),
        orCi[0],
        orCi[1],
        test.test(),
        test.pValue(),
        note);
  }

  /** A result with prevalences but no ratios, and the p-value of {@code test} if there is one. */
  private static TwoByTwoResult withoutRatios(
      TwoByTwo t, IndependenceTest.Result test, String note) {
    return new TwoByTwoResult(
        t,
        prevalence(t.a(), t.n1()),
        prevalence(t.c(), t.n0()),
        null,
        null,
        null,
        null,
        null,
        null,
        test == null ? null : test.test(),
        test == null ? null : test.pValue(),
        note);
  }

  private static Double prevalence(long cases, long respondents) {
    return respondents == 0 ? null : (double) cases / respondents;
  }
}
