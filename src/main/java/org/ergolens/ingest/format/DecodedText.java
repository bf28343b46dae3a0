package org.ergolens.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;

/**
 * A text file's characters, in the encoding its first bytes announce ({@link TextEncoding#detect}):
 * a UTF-16 or UTF-8 byte-order mark, otherwise UTF-8. The mark itself is not part of the text.
 * Decoding is strict: the reader throws a {@link MalformedTextException} naming the line of the
 * first byte that is not valid in the encoding, rather than replacing it.
 *
 * @param encoding the file's encoding
 * @param byteOrderMark whether the file started with a byte-order mark
 * @param reader the text, without the mark; closing it closes the stream
 */
public record DecodedText(TextEncoding encoding, boolean byteOrderMark, Reader reader) {

  /** Reads the first bytes of {@code in} and decodes the rest. */
  public static DecodedText open(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = pushback.readNBytes(3);
    TextEncoding encoding = TextEncoding.detect(head, head.length);
    boolean mark = encoding.startsWithMark(head, head.length);
    int skip = mark ? encoding.byteOrderMark().length : 0;
    pushback.unread(head, skip, head.length - skip);
    return new DecodedText(encoding, mark, new StrictReader(pushback, encoding));
  }

  /**
   * The text as a stream of UTF-8 bytes (what {@link RecordScanner} reads), without the mark;
   * decoding errors surface as a {@link MalformedTextException} from its reads.
   */
  public InputStream asUtf8() {
    return new Utf8Bytes(reader);
  }
}
