package org.ergolens.ingest.format;

import java.io.IOException;
import java.util.Locale;

/**
 * Bytes that are not valid text in the file's encoding, with the line of the first bad byte. Its
 * message completes "the file is …", e.g. "not valid UTF-8 (the first bad byte, 0xE9, is on line
 * 16)".
 */
public final class MalformedTextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;

  public MalformedTextException(TextEncoding encoding, long line, int firstBadByte) {
    super(describe(encoding, line, firstBadByte));
    this.line = line;
  }

  /** The line (1 is the first) holding the first bad byte. */
  public long line() {
    return line;
  }

  /** The words of the message, for a reader that finds bad bytes by other means. */
  public static String describe(TextEncoding encoding, long line, int firstBadByte) {
    if (encoding == TextEncoding.UTF_8) {
      return String.format(
          Locale.ROOT,
          "not valid UTF-8 (the first bad byte, 0x%02X, is on line %d)",
          firstBadByte & 0xFF,
          line);
    }
    return "not valid " + encoding.label() + " (the first bad character is on line " + line + ")";
  }
}
