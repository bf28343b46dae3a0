package org.ergolens.ingest.format;

import java.util.Locale;
import java.util.Optional;

/** The field separators a CSV file may use: comma, semicolon (European Excel) or tab. */
public enum Delimiter {
  COMMA(',', "','"),
  SEMICOLON(';', "';'"),
  TAB('\t', "tab");

  private final char symbol;
  private final String label;

  Delimiter(char symbol, String label) {
    this.symbol = symbol;
    this.label = label;
  }

  /** The separating character. */
  public char symbol() {
    return symbol;
  }

  /** How a message names it: {@code ','}, {@code ';'} or {@code tab}. */
  public String label() {
    return label;
  }

  /**
   * The delimiter a setting names: {@code ","}, {@code ";"}, a tab character, {@code "\t"} or
   * {@code "tab"}; empty for anything else.
   */
  public static Optional<Delimiter> ofSetting(String setting) {
    if (setting == null) {
      return Optional.empty();
    }
    return switch (setting.toLowerCase(Locale.ROOT)) {
      case "," -> Optional.of(COMMA);
      case ";" -> Optional.of(SEMICOLON);
      case "\t", "\\t", "tab" -> Optional.of(TAB);
      default -> Optional.empty();
    };
  }
}
