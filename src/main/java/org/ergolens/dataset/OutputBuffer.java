package org.ergolens.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * An unsynchronised UTF-8 byte buffer in front of an output stream, with allocation-free appenders
 * for the few value types the sinks write. It exists because formatting millions of rows through
 * {@link java.io.Writer} costs more than generating them.
 */
final class OutputBuffer implements Closeable {
  private final OutputStream out;
  private final byte[] buf;
  private int pos;

  OutputBuffer(OutputStream out, int size) {
    this.out = out;
    this.buf = new byte[size];
  }

  void append(char c) throws IOException {
    if (c >= 0x80) {
      append(String.valueOf(c));
      return;
    }
    if (pos == buf.length) {
      drain();
    }
    buf[pos++] = (byte) c;
  }

  void append(String s) throws IOException {
    int n = s.length();
    if (pos + n > buf.length) {
      drain();
    }
    if (n > buf.length) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
      return;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        appendNonAscii(s);
        return;
      }
      buf[pos + i] = (byte) c;
    }
    pos += n;
  }

  private void appendNonAscii(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (pos + bytes.length > buf.length) {
      drain();
    }
    if (bytes.length > buf.length) {
      out.write(bytes);
      return;
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  void appendLong(long v) throws IOException {
    if (pos + 20 > buf.length) {
      drain();
    }
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        append(Long.toString(v));
        return;
      }
      buf[pos++] = '-';
      v = -v;
    }
    int start = pos;
    do {
      buf[pos++] = (byte) ('0' + (v % 10));
      v /= 10;
    } while (v != 0);
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  /** Appends {@code yyyy-MM-dd} for years 0–9999. */
  void appendDate(LocalDate d) throws IOException {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      append(d.toString());
      return;
    }
    if (pos + 10 > buf.length) {
      drain();
    }
    digits(y, 4);
    buf[pos++] = '-';
    digits(d.getMonthValue(), 2);
    buf[pos++] = '-';
    digits(d.getDayOfMonth(), 2);
  }

  private void digits(int v, int width) {
    for (int i = width - 1; i >= 0; i--) {
      buf[pos + i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos += width;
  }

  private void drain() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }
}
