package org.ergolens.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ergolens.model.Outcome;

/**
 * The one way numbers are written for people, the same in every report: counts with thousands
 * separators ("1,234"), shares and prevalences as percentages with one decimal ("12.5%"), changes
 * in percentage points ("+1.6 pp"), ratios with two decimals ("1.84") and cases as whole people
 * ("about 120 (95% CI 90–150)").
 *
 * <p><b>One rounding rule.</b> A value is rounded half away from zero at the shown precision,
 * applied to the shortest decimal that identifies the double ({@link Double#toString}), so 0.125
 * reads "12.5%", 0.0125 reads "1.3%" and 2.675 reads "2.68", as a person rounding the printed
 * figure by hand would have it. When the two bounds of an interval round to the same figure they
 * are given one more decimal, so that an interval never reads as a single point.
 *
 * <p>Locale-independent: a dot for decimals, a comma between thousands, a true minus sign (U+2212)
 * and an en dash between the bounds of an interval (" to " when a bound is negative). A value the
 * privacy rules withhold reads {@value #WITHHELD}; a value that could not be computed (not finite)
 * reads {@value #NOT_AVAILABLE}: "NaN" and "Infinity" are never printed.
 */
public final class Numbers {
  /** How a value withheld by the privacy rules reads. */
  public static final String WITHHELD = "withheld";

  /** How a value that could not be computed reads. */
  public static final String NOT_AVAILABLE = "not available";

  static final char MINUS = '\u2212';
  static final String DASH = "\u2013";

  private Numbers() {}

  /** A count: {@code 1234} → "1,234". */
  public static String count(long n) {
    String digits = String.format(java.util.Locale.ROOT, "%,d", Math.abs(n));
    return n < 0 ? MINUS + digits : digits;
  }

  /** A count, or "withheld". */
  public static String count(OptionalLong n) {
    return n.isPresent() ? count(n.getAsLong()) : WITHHELD;
  }

  /** A signed change in a count: "+45", "−3", "0". */
  public static String countChange(long change) {
    return change > 0 ? "+" + count(change) : count(change);
  }

  /**
   * A share as a percentage with one decimal: {@code 0.125} → "12.5%". A share above 0 that would
   * round to 0.0% reads "under 0.1%", one below 1 that would round to 100.0% "over 99.9%".
   */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return NOT_AVAILABLE;
    }
    String s = round(percentOf(share), 1);
    if (share > 0 && isZero(s)) {
      return "under 0.1%";
    }
    if (share < 1 && s.equals("100.0")) {
      return "over 99.9%";
    }
    return signed(s) + "%";
  }

  /**
   * A share at the end of an axis: a whole percentage when it is one ("50%"), else as {@link
   * #percent(double)} has it ("2.5%").
   */
  public static String percentTick(double share) {
    String s = percent(share);
    return s.endsWith(".0%") ? s.substring(0, s.length() - 3) + "%" : s;
  }

  /** A share, or "withheld". */
  public static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : WITHHELD;
  }

  /** An interval of shares: "10.2–15.0%". */
  public static String percentInterval(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return NOT_AVAILABLE;
    }
    String[] b = bounds(percentOf(low), percentOf(high), 1);
    return range(b) + "%";
  }

  /** A share with its interval: "12.5% (95% CI 10.2–15.0%)". */
  public static String percent(Estimate e) {
    return percent(e.value()) + " (95% CI " + percentInterval(e.low(), e.high()) + ")";
  }

  /**
   * A change in percentage points, from a change in shares: {@code 0.016} → "+1.6 pp", {@code
   * -0.004} → "−0.4 pp", and "0.0 pp" when it rounds to nothing.
   */
  public static String points(double change) {
    if (!Double.isFinite(change)) {
      return NOT_AVAILABLE;
    }
    return pointsNumber(round(percentOf(change), 1)) + " pp";
  }

  /** An interval of changes: "−28.0 to −15.0 pp", "−2.1 to +3.4 pp". */
  public static String pointsInterval(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return NOT_AVAILABLE;
    }
    String[] b = bounds(percentOf(low), percentOf(high), 1);
    return pointsNumber(b[0]) + " to " + pointsNumber(b[1]) + " pp";
  }

  /** A change with its interval: "−22.1 pp (95% CI −28.0 to −15.0 pp)". */
  public static String points(Estimate e) {
    return points(e.value()) + " (95% CI " + pointsInterval(e.low(), e.high()) + ")";
  }

  /** A ratio with two decimals: "1.84"; a positive ratio that would read 0.00 "under 0.01". */
  public static String ratio(double ratio) {
    if (!Double.isFinite(ratio)) {
      return NOT_AVAILABLE;
    }
    String s = round(BigDecimal.valueOf(ratio), 2);
    if (ratio > 0 && isZero(s)) {
      return "under 0.01";
    }
    return signed(s);
  }

  /** An interval of ratios: "1.20–2.84". */
  public static String ratioInterval(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return NOT_AVAILABLE;
    }
    return range(bounds(BigDecimal.valueOf(low), BigDecimal.valueOf(high), 2));
  }

  /** A ratio with its interval: "1.84 (95% CI 1.20–2.84)". */
  public static String ratio(Estimate e) {
    return ratio(e.value()) + " (95% CI " + ratioInterval(e.low(), e.high()) + ")";
  }

  /** Cases as whole people: "about 120", "about 1,234", "less than one" below 0.5, "none" at 0. */
  public static String cases(double cases) {
    if (!Double.isFinite(cases)) {
      return NOT_AVAILABLE;
    }
    if (cases == 0) {
      return "none";
    }
    if (Math.abs(cases) < 0.5) {
      return "less than one";
    }
    return "about " + grouped(round(BigDecimal.valueOf(cases), 0));
  }

  /**
   * Cases with their interval: "about 120 (95% CI 90–150)", "less than one (95% CI 0–2)"; bounds
   * that round to the same whole number get one decimal: "about 4 (95% CI 3.6–4.4)". An estimate of
   * exactly none whose interval also rounds to none reads "none".
   */
  public static String cases(Estimate e) {
    if (e.value() == 0
        && isZero(round(BigDecimal.valueOf(e.low()), 0))
        && isZero(round(BigDecimal.valueOf(e.high()), 0))) {
      return "none";
    }
    String[] b = bounds(BigDecimal.valueOf(e.low()), BigDecimal.valueOf(e.high()), 0);
    return cases(e.value())
        + " (95% CI "
        + range(new String[] {grouped(b[0]), grouped(b[1])})
        + ")";
  }

  /**
   * Cases out of a month's cases of an outcome: "about 120 of this month's 450 lower-back cases";
   * without the total when it is withheld: "about 2 of this month's lower-back cases".
   */
  public static String casesOf(double cases, OptionalLong total, Outcome outcome) {
    return cases(cases) + " of " + monthsCases(total, outcome);
  }

  /**
   * The same with the interval: "about 120 (95% CI 90–150) of this month's 450 lower-back cases".
   */
  public static String casesOf(Estimate cases, OptionalLong total, Outcome outcome) {
    return cases(cases) + " of " + monthsCases(total, outcome);
  }

  /** A confidence level: {@code 0.95} → "95%", {@code 0.998} → "99.8%". */
  public static String level(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String monthsCases(OptionalLong total, Outcome outcome) {
    return "this month's "
        + (total.isPresent() ? count(total.getAsLong()) + " " : "")
        + Labels.cases(outcome);
  }

  /** The share as an exact decimal percentage. */
  private static BigDecimal percentOf(double share) {
    return BigDecimal.valueOf(share).movePointRight(2);
  }

  private static String round(BigDecimal v, int decimals) {
    return v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** Both bounds at {@code decimals}, or one more when they would read the same. */
  private static String[] bounds(BigDecimal low, BigDecimal high, int decimals) {
    String lo = round(low, decimals);
    String hi = round(high, decimals);
    if (lo.equals(hi) && low.compareTo(high) != 0) {
      lo = round(low, decimals + 1);
      hi = round(high, decimals + 1);
    }
    return new String[] {signed(lo), signed(hi)};
  }

  private static String range(String[] b) {
    boolean negative = b[0].charAt(0) == MINUS || b[1].charAt(0) == MINUS;
    return b[0] + (negative ? " to " : DASH) + b[1];
  }

  private static String pointsNumber(String rounded) {
    String s = signed(rounded);
    return isZero(s) || s.charAt(0) == MINUS ? s : "+" + s;
  }

  /** A rounded number with a true minus sign, and no sign on zero. */
  private static String signed(String rounded) {
    if (isZero(rounded)) {
      return rounded.replace("-", "");
    }
    return rounded.replace('-', MINUS);
  }

  private static String grouped(String wholeNumber) {
    boolean negative = wholeNumber.charAt(0) == MINUS || wholeNumber.charAt(0) == '-';
    String digits = negative ? wholeNumber.substring(1) : wholeNumber;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String rest = dot < 0 ? "" : digits.substring(dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    return (negative ? String.valueOf(MINUS) : "") + sb + rest;
  }

  private static boolean isZero(String rounded) {
    return new BigDecimal(rounded.replace(MINUS, '-')).signum() == 0;
  }
}
