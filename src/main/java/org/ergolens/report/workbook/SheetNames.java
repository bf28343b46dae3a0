package org.ergolens.report.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Valid, unique worksheet names from untrusted text such as department ids: at most 31 characters,
 * none of {@code [ ] : * ? / \} or control characters, no apostrophe at either end, not blank and
 * not Excel's reserved {@code History}; unique ignoring case (as Excel compares them), by a {@code
 * ~2}, {@code ~3} … suffix within the 31 characters.
 */
final class SheetNames {
  /** Excel's limit on the length of a sheet name. */
  static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  /** A name for a new sheet, as close to {@code wanted} as the rules allow. */
  String next(String wanted) {
    String base = clean(wanted);
    String name = base;
    for (int n = 2; !taken.add(key(name)); n++) {
      String suffix = "~" + n;
      name = trimEnd(truncate(base, MAX_LENGTH - suffix.length())) + suffix;
    }
    return name;
  }

  private static String clean(String wanted) {
    StringBuilder sb = new StringBuilder();
    (wanted == null ? "" : wanted)
        .codePoints()
        .forEach(
            cp -> {
              boolean bad = cp < 0x20 || cp == 0x7f || "[]:*?/\\".indexOf(cp) >= 0;
              sb.appendCodePoint(bad ? '_' : cp);
            });
    String s = trimEnd(truncate(stripApostrophes(sb.toString().strip()), MAX_LENGTH));
    if (s.isEmpty()) {
      return "unit";
    }
    return s.equalsIgnoreCase("History") ? s + "_" : s;
  }

  private static String stripApostrophes(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '\'') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '\'') {
      to--;
    }
    return s.substring(from, to);
  }

  /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
  private static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }

  /** Truncation can leave a trailing apostrophe or space; neither may end a name. */
  private static String trimEnd(String s) {
    return stripApostrophes(s.stripTrailing());
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
