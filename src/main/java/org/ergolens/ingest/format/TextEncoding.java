package org.ergolens.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encodings a text export may be in: UTF-8 (with or without a byte-order mark), or UTF-16 with
 * a byte-order mark, which is what Excel's "Unicode text" writes.
 */
public enum TextEncoding {
  UTF_8(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
  UTF_16LE(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
  UTF_16BE(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF});

  private final Charset charset;
  private final byte[] byteOrderMark;

  TextEncoding(Charset charset, byte[] byteOrderMark) {
    this.charset = charset;
    this.byteOrderMark = byteOrderMark;
  }

  public Charset charset() {
    return charset;
  }

  /** The byte-order mark that announces the encoding. */
  public byte[] byteOrderMark() {
    return byteOrderMark.clone();
  }

  /** The encoding's name for people: "UTF-8", "UTF-16". */
  public String label() {
    return this == UTF_8 ? "UTF-8" : "UTF-16";
  }

  /** Whether a file starts with this encoding's byte-order mark. */
  public boolean startsWithMark(byte[] head, int length) {
    if (length < byteOrderMark.length) {
      return false;
    }
    for (int i = 0; i < byteOrderMark.length; i++) {
      if (head[i] != byteOrderMark[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The encoding announced by the first bytes of a file: UTF-16 LE or BE by its byte-order mark,
   * otherwise UTF-8 (with or without its mark).
   */
  public static TextEncoding detect(byte[] head, int length) {
    if (UTF_16LE.startsWithMark(head, length)) {
      return UTF_16LE;
    }
    if (UTF_16BE.startsWithMark(head, length)) {
      return UTF_16BE;
    }
    return UTF_8;
  }
}
