package org.ergolens.ingest;

import java.util.Optional;

/**
 * The character between a decimal number's whole and fractional parts: {@code 7.5} or {@code 7,5}.
 */
public enum DecimalMark {
  POINT('.'),
  COMMA(',');

  private final char symbol;

  DecimalMark(char symbol) {
    this.symbol = symbol;
  }

  public char symbol() {
    return symbol;
  }

  /** The mark a setting names, {@code "."} or {@code ","}; empty for anything else. */
  public static Optional<DecimalMark> ofSetting(String setting) {
    if (".".equals(setting)) {
      return Optional.of(POINT);
    }
    if (",".equals(setting)) {
      return Optional.of(COMMA);
    }
    return Optional.empty();
  }

  /**
   * A decimal written with this mark, as the contract's checks read decimals (with a point). With
   * the comma, the point and the comma trade places, so {@code 7,5} reads as {@code 7.5}, while
   * {@code 7.5} or {@code 1.234,5} become texts that no number matches: a point is a thousands
   * separator in a decimal-comma locale, and thousands separators are {@code bad_number}.
   */
  public String toPointDecimal(String value) {
    if (this == POINT || value == null) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      sb.append(ch == ',' ? '.' : ch == '.' ? ',' : ch);
    }
    return sb.toString();
  }
}
