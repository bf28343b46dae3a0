package org.ergolens.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte engine's promises that the parallel reader builds on: the same records whatever the
 * reads' sizes, exact offsets and lines, and a scan started at any record start agrees with one
 * started at the beginning.
 */
class RecordScannerTest {
  /** What a scan yields for a record: offset, line, lines, malformed reason and fields. */
  private record Seen(long offset, long line, int lines, String malformed, List<String> fields) {}

  private static List<Seen> scan(InputStream in, long firstLine, CsvOptions options, int fields)
      throws IOException {
    List<Seen> out = new ArrayList<>();
    RecordScanner s = RecordScanner.csv(in, options, firstLine);
    s.expectFields(fields);
    while (s.next()) {
      List<String> f = new ArrayList<>();
      if (s.malformed() == null) {
        for (int i = 0; i < s.fieldCount(); i++) {
          f.add(s.field(i));
        }
      }
      out.add(new Seen(s.offset(), s.line(), s.lineCount(), s.malformed(), f));
    }
    return out;
  }

  /** A stream that hands out at most {@code n} bytes per read, to cross every buffer edge. */
  private static InputStream trickle(byte[] bytes, int n) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(n, len));
      }
    };
  }

  /** Random CSV text with quoted fields, line breaks of every kind, stray quotes and blanks. */
  private static byte[] randomCsv(Random rnd, int records) {
    String[] pieces = {
      "a",
      "bb",
      "é",
      "😀",
      ",",
      "\"q\"",
      "\"x\ny\"",
      "\"x\r\ny\"",
      "\"\"\"\"",
      "\"",
      "\n",
      "\r\n",
      "\r",
      "",
      "z\"z",
      "\"open"
    };
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < records; r++) {
      int n = rnd.nextInt(6);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      sb.append(rnd.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsOfAnySizeGiveTheSameRecords() throws IOException {
    Random rnd = new Random(7);
    CsvOptions options = new CsvOptions(Delimiter.COMMA, 4, 200);
    for (int round = 0; round < 40; round++) {
      byte[] csv = randomCsv(rnd, 200);
      List<Seen> whole = scan(new ByteArrayInputStream(csv), 1, options, 3);
      for (int n : new int[] {1, 2, 3, 7}) {
        assertEquals(
            whole, scan(trickle(csv, n), 1, options, 3), "round " + round + ", reads of " + n);
      }
    }
  }

  @Test
  void aScanStartedAtAnyRecordStartAgreesWithTheWholeScan() throws IOException {
    Random rnd = new Random(11);
    CsvOptions options = new CsvOptions(Delimiter.COMMA, 4, 200);
    for (int round = 0; round < 20; round++) {
      byte[] csv = randomCsv(rnd, 120);
      List<Seen> whole = scan(new ByteArrayInputStream(csv), 1, options, 3);
      for (int k = 0; k < whole.size(); k += 7) {
        Seen start = whole.get(k);
        InputStream rest =
            new ByteArrayInputStream(csv, (int) start.offset(), csv.length - (int) start.offset());
        List<Seen> tail = scan(rest, start.line(), options, 3);
        List<Seen> shifted =
            tail.stream()
                .map(
                    s ->
                        new Seen(
                            s.offset() + start.offset(),
                            s.line(),
                            s.lines(),
                            s.malformed(),
                            s.fields()))
                .toList();
        assertEquals(
            whole.subList(k, whole.size()), shifted, "round " + round + " from record " + k);
      }
    }
  }

  @Test
  void recordsTileTheInputAndLinesCountEveryBreak() throws IOException {
    Random rnd = new Random(3);
    for (int round = 0; round < 30; round++) {
      byte[] csv = randomCsv(rnd, 100);
      String text = new String(csv, StandardCharsets.UTF_8);
      long breaks = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
      RecordScanner s =
          RecordScanner.csv(
              new ByteArrayInputStream(csv), new CsvOptions(Delimiter.COMMA, 3, 100), 1);
      long expectedOffset = 0;
      long lastLine = 0;
      int lines = 0;
      while (s.next()) {
        assertEquals(expectedOffset, s.offset(), "each record starts where the last ended");
        assertTrue(s.line() > lastLine);
        lastLine = s.line();
        lines = s.lineCount();
        expectedOffset = s.nextOffset();
      }
      assertEquals(csv.length, expectedOffset);
      assertEquals(breaks, lastLine + lines - 1, "the last record ends on the last line break");
    }
  }

  @Test
  void linesModeReadsEachLineAsARecordAndBoundsItsLength() throws IOException {
    byte[] jsonl = "{\"a\": \"x,\\\"y\"}\n\n{}\r\n".getBytes(StandardCharsets.UTF_8);
    RecordScanner s = RecordScanner.lines(new ByteArrayInputStream(jsonl), 1 << 20, 1);
    List<String> texts = new ArrayList<>();
    while (s.next()) {
      if (!s.isBlank()) {
        texts.add(s.line() + ":" + s.text(100));
      }
    }
    assertEquals(List.of("1:{\"a\": \"x,\\\"y\"}", "3:{}"), texts);
  }

  @Test
  void invalidUtf8IsFoundWithItsOffsetAndLine() throws IOException {
    byte[] bytes = {'a', ',', '"', 'x', '\n', (byte) 0xC3, (byte) 0x28, '"', '\n', 'o', 'k', '\n'};
    RecordScanner s =
        RecordScanner.csv(new ByteArrayInputStream(bytes), CsvOptions.of(Delimiter.COMMA), 1);
    s.next();
    assertEquals(5, s.firstInvalidUtf8());
    assertEquals(2, s.lineOf(5));
    s.next();
    assertEquals(-1, s.firstInvalidUtf8());
  }

  @Test
  void utf8CheckAgreesWithTheJdkDecoder() {
    Random rnd = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[1 + rnd.nextInt(6)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (rnd.nextBoolean() ? 0x80 + rnd.nextInt(0x80) : rnd.nextInt(0x100));
      }
      boolean jdk;
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(b));
        jdk = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        jdk = false;
      }
      assertEquals(jdk, Utf8.firstInvalid(b, 0, b.length, false) < 0, java.util.Arrays.toString(b));
    }
  }
}
