package org.ergolens.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly, counting lines (LF, CRLF, CR) so that the first bad byte can be named by
 * its line.
 */
final class StrictReader extends Reader {
  private final InputStream in;
  private final TextEncoding encoding;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
  private long line = 1;
  private boolean lastWasCr;
  private boolean endOfInput;
  private boolean flushed;

  StrictReader(InputStream in, TextEncoding encoding) {
    this.in = in;
    this.encoding = encoding;
    this.decoder =
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decodeMore()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(dst, off, n);
    return n;
  }

  /** Decodes the next characters into {@code chars}; false at the end of the input. */
  private boolean decodeMore() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() && !endOfInput) {
          readBytes();
        }
        if (endOfInput && !bytes.hasRemaining() && flushed) {
          return false;
        }
        int before = chars.position();
        CoderResult r = decoder.decode(bytes, chars, endOfInput);
        countLines(before);
        if (r.isError()) {
          int bad = bytes.get(bytes.position()) & 0xFF;
          throw new MalformedTextException(encoding, line, bad);
        }
        if (endOfInput) {
          if (r.isUnderflow()) {
            decoder.flush(chars);
            flushed = true;
            if (chars.position() == 0) {
              return false;
            }
          }
        } else if (r.isUnderflow()) {
          readBytes();
        }
      }
      return true;
    } finally {
      chars.flip();
    }
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void countLines(int from) {
    for (int i = from; i < chars.position(); i++) {
      char c = chars.get(i);
      if (c == '\n') {
        if (!lastWasCr) {
          line++;
        }
        lastWasCr = false;
      } else if (c == '\r') {
        line++;
        lastWasCr = true;
      } else {
        lastWasCr = false;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
