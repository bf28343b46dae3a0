package org.ergolens.survey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How export texts are compared: headers and answer labels match case-insensitively, after
 * trimming, with any run of white space (a line break, a non-breaking space) read as one space.
 */
final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  private Texts() {}

  /**
   * The form of {@code s} that matching compares: {@code " At my\u00a0eye level "} → {@code "at my
   * eye level"}.
   */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return SPACES.matcher(n).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** The text as shown in a message: white space collapsed, quoted. */
  static String quoted(String s) {
    String n = s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    return '"' + n.replace("\"", "\\\"") + '"';
  }
}
