package org.ergolens.report.svg;

import java.util.regex.Pattern;

/** Escaping for text and attribute values in inline SVG and HTML. */
public final class Xml {
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(:[A-Za-z][A-Za-z0-9_-]*)?");

  private Xml() {}

  /**
   * Escapes {@code & < > " '} so that the text can go inside an element or a quoted attribute, and
   * replaces characters XML does not allow (control characters, lone surrogates) with U+FFFD.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE
              || c == 0xFFFF) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Checks an element or attribute name written by our own code. Event handlers ({@code on…}) and
   * links ({@code href}, {@code src}) are refused: charts never need them, so the builder can never
   * be talked into running or loading anything.
   */
  static String checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not an XML name: " + name);
    }
    String local = name.substring(name.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
    if (local.startsWith("on")
        || local.equals("href")
        || local.equals("src")
        || local.equals("script")
        || local.equals("foreignobject")) {
      throw new IllegalArgumentException("Refused in a chart: " + name);
    }
    return name;
  }
}
