package org.ergolens.ingest.format;

/**
 * Checks that bytes are well-formed UTF-8 (the Unicode Standard, table 3-7): no stray continuation
 * byte, no over-long form, no surrogate, nothing above U+10FFFF. Java's decoder refuses the same
 * bytes.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The index of the first byte in {@code b[from, to)} that starts or continues an ill-formed
   * sequence, or -1.
   *
   * @param truncated whether the bytes were cut at {@code to}: a sequence cut there is not an error
   */
  static int firstInvalid(byte[] b, int from, int to, boolean truncated) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return i;
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) {
          return truncated ? -1 : i;
        }
        int d = b[i + k] & 0xFF;
        if (d < lo || d > hi) {
          return i;
        }
        lo = 0x80;
        hi = 0xBF;
      }
      i += need + 1;
    }
    return -1;
  }
}
