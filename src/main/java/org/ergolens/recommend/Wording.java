package org.ergolens.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ergolens.model.Outcome;

/**
 * How the rationales say numbers: whole percentages, ratios with one decimal and a ×, counts of
 * cases rounded to whole people ("about 6"), outcomes as kinds of discomfort. Locale-independent.
 */
final class Wording {
  private Wording() {}

  /** A share as a whole percentage: {@code 0.4123} → "41%", small non-zero shares "under 1%". */
  static String percent(double share) {
    if (share > 0 && share < 0.005) {
      return "under 1%";
    }
    if (share < 1 && share >= 0.995) {
      return "over 99%";
    }
    return BigDecimal.valueOf(share)
            .movePointRight(2)
            .setScale(0, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  /** A prevalence ratio: {@code 1.8333} → "1.8×". */
  static String ratio(double ratio) {
    return round(ratio, 1) + "×";
  }

  /** A count of expected cases: "about 6", "about 1", "less than one". */
  static String about(double cases) {
    return cases < 0.5 ? "less than one" : "about " + round(cases, 0);
  }

  /** The confidence level as a percentage: {@code 0.95} → "95%", {@code 0.975} → "97.5%". */
  static String level(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** The kind of discomfort an outcome counts: "neck discomfort", "discomfort anywhere". */
  static String discomfort(Outcome o) {
    return switch (o) {
      case NECK -> "neck discomfort";
      case SHOULDERS -> "shoulder discomfort";
      case UPPER_BACK -> "upper-back discomfort";
      case ELBOWS -> "elbow discomfort";
      case WRISTS_HANDS -> "wrist and hand discomfort";
      case LOWER_BACK -> "lower-back discomfort";
      case HIPS_THIGHS -> "hip and thigh discomfort";
      case KNEES -> "knee discomfort";
      case ANKLES_FEET -> "ankle and foot discomfort";
      case ANY_REGION -> "discomfort in any body region";
    };
  }

  /** "more than 3 days", "more than 1 day". */
  static String moreThanDays(int days) {
    return "more than " + days + (days == 1 ? " day" : " days");
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private static String round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
