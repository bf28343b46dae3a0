package org.ergolens.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters as a stream of UTF-8 bytes, encoded as they are read: how text from a {@link Reader}
 * (a UTF-16 file, a driver-side import) reaches {@link RecordScanner}, which works on UTF-8.
 */
final class Utf8Bytes extends InputStream {
  private final Reader reader;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8 * 1024);
  private final ByteBuffer bytes = ByteBuffer.allocate(32 * 1024);
  private boolean endOfInput;
  private boolean done;

  Utf8Bytes(Reader reader) {
    this.reader = reader;
    chars.flip();
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (done) {
        return -1;
      }
      encodeMore();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(dst, off, n);
    return n;
  }

  private void encodeMore() throws IOException {
    bytes.clear();
    try {
      if (!endOfInput && chars.remaining() < 2) {
        chars.compact();
        int n = reader.read(chars.array(), chars.position(), chars.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          chars.position(chars.position() + n);
        }
        chars.flip();
      }
      CoderResult r = encoder.encode(chars, bytes, endOfInput);
      if (r.isError()) {
        throw new CharacterCodingException();
      }
      if (endOfInput && r.isUnderflow() && !chars.hasRemaining()) {
        encoder.flush(bytes);
        done = true;
      }
    } finally {
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
