package org.ergolens.generate;

/** Identifier formats: respondents {@code r000123}, reports {@code rep00001234}. */
final class Ids {
  static final int REPORT_DIGITS = 8;

  private final int respondentDigits;

  /** Ids for respondents numbered 1 to {@code maxRespondent}, zero-padded to at least 6 digits. */
  Ids(long maxRespondent) {
    this.respondentDigits = Math.max(6, Long.toString(maxRespondent).length());
  }

  /** The id of respondent number {@code n} (1-based). */
  String respondent(long n) {
    return padded("r", n, respondentDigits);
  }

  /** The id of report number {@code n} (1-based). */
  static String report(long n) {
    return padded("rep", n, REPORT_DIGITS);
  }

  private static String padded(String prefix, long n, int width) {
    String digits = Long.toString(n);
    StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
    b.append(prefix);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }
}
