package org.ergolens.generate;

import java.util.Locale;

/**
 * Alternative spellings that the contract accepts for enum and boolean values (matched
 * case-insensitively after trimming, spaces and hyphens counting as {@code _}; booleans also as
 * {@code yes}/{@code no} and {@code 1}/{@code 0}). A small share of cells uses one, so that the
 * job's normalisation is exercised by ordinary data.
 */
final class Spellings {
  /** Chance that an enum or boolean cell is written in an alternative spelling. */
  static final double VARIANT_PROBABILITY = 0.005;

  private Spellings() {}

  /** Kind 0–3: upper case, hyphens, capitalised words with spaces, padded with spaces. */
  static String enumVariant(String canonical, int kind) {
    return switch (kind) {
      case 0 -> canonical.toUpperCase(Locale.ROOT);
      case 1 -> canonical.replace('_', '-');
      case 2 -> capitalised(canonical.replace('_', ' '));
      default -> " " + canonical + " ";
    };
  }

  /** Kind 0–3: yes/no, 1/0, TRUE/FALSE, Yes/No. */
  static String booleanVariant(boolean value, int kind) {
    return switch (kind) {
      case 0 -> value ? "yes" : "no";
      case 1 -> value ? "1" : "0";
      case 2 -> value ? "TRUE" : "FALSE";
      default -> value ? "Yes" : "No";
    };
  }

  /** The canonical value, or (with {@link #VARIANT_PROBABILITY}) an alternative spelling. */
  static Object enumValue(String canonical, double u) {
    if (u >= VARIANT_PROBABILITY) {
      return canonical;
    }
    return enumVariant(canonical, (int) (u / VARIANT_PROBABILITY * 4));
  }

  /** {@link Boolean} value, or (with {@link #VARIANT_PROBABILITY}) an alternative spelling. */
  static Object booleanValue(boolean value, double u) {
    if (u >= VARIANT_PROBABILITY) {
      return value;
    }
    return booleanVariant(value, (int) (u / VARIANT_PROBABILITY * 4));
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
