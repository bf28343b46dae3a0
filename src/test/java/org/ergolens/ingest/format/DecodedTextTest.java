package org.ergolens.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-order mark decides the encoding; bad bytes are named by their line. */
class DecodedTextTest {
  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[3];
    for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static byte[] withMark(TextEncoding e, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(e.byteOrderMark());
    out.writeBytes(text.getBytes(e.charset()));
    return out.toByteArray();
  }

  @Test
  void theMarkChoosesTheEncodingAndIsNotText() throws IOException {
    String text = "respondent_id\tdepartment\r\nä1\tFinanzen 😀\r\n";
    for (TextEncoding e : TextEncoding.values()) {
      DecodedText d = DecodedText.open(new ByteArrayInputStream(withMark(e, text)));
      assertEquals(e, d.encoding());
      assertTrue(d.byteOrderMark());
      assertEquals(text, readAll(d.reader()), e.name());
    }
    DecodedText plain =
        DecodedText.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(TextEncoding.UTF_8, plain.encoding());
    assertFalse(plain.byteOrderMark());
    assertEquals(text, readAll(plain.reader()));
    assertEquals("", readAll(DecodedText.open(new ByteArrayInputStream(new byte[0])).reader()));
  }

  @Test
  void invalidUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
    byte[] cp1252 = "a,b\r\nc,d\nCafé,1\n".getBytes(Charset.forName("windows-1252"));
    DecodedText d = DecodedText.open(new ByteArrayInputStream(cp1252));
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> readAll(d.reader()));
    assertEquals(3, e.line());
    assertEquals("not valid UTF-8 (the first bad byte, 0xE9, is on line 3)", e.getMessage());
  }

  @Test
  void aTruncatedSequenceAtTheEndIsInvalidToo() throws IOException {
    byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x82};
    DecodedText d = DecodedText.open(new ByteArrayInputStream(bytes));
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> readAll(d.reader()));
    assertEquals(2, e.line());
  }

  @Test
  void anUnpairedSurrogateInUtf16IsNamedByItsLine() throws IOException {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, 0x00, (byte) 0xD8, 'b', 0};
    DecodedText d = DecodedText.open(new ByteArrayInputStream(bytes));
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> readAll(d.reader()));
    assertEquals("not valid UTF-16 (the first bad character is on line 2)", e.getMessage());
  }
}
