package org.ergolens;

/** Renders untrusted ids (department names, cell ids) safely inside one-line error messages. */
public final class Messages {

  private static final int MAX_SHOWN = 80;

  private Messages() {}

  /**
   * Quotes an id for a message: control characters are escaped so that the message stays on one
   * line, and very long ids are shortened.
   */
  public static String quote(String id) {
    if (id == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < id.length() && shown < MAX_SHOWN; i++, shown++) {
      char c = id.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (id.length() > MAX_SHOWN) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
