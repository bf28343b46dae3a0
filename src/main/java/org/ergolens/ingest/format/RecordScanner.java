package org.ergolens.ingest.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The record engine under every text reader: splits a stream of UTF-8 bytes into records, either
 * CSV records by RFC 4180 ({@link #csv}) or lines ({@link #lines}, for JSON Lines). It works on
 * bytes and decodes only the fields asked for: every byte that matters to the syntax (quote,
 * separator, CR, LF) is ASCII, and no ASCII byte occurs inside a UTF-8 multi-byte sequence, so the
 * same records come out whatever the text holds. Positions (byte offsets in the stream, line
 * numbers) are exact, so that a reader started at any record start in the middle of a file agrees
 * with one that read it from the beginning.
 *
 * <p>The grammar is RFC 4180's, strict: a field is quoted only when its first character is a quote;
 * inside a quoted field a doubled quote stands for one quote, and the delimiter, CR, LF and CRLF
 * are text; a quote inside an unquoted field, or text after a closing quote, makes the record
 * malformed. Lines end with LF, CRLF or CR. A line with nothing on it is a blank record ({@link
 * #isBlank()}), which callers skip.
 *
 * <p>Records are bounded, so that one bad quote costs one row and never the rest of a file: a
 * record still open after {@link CsvOptions#maxRecordLines()} lines, after {@link
 * CsvOptions#maxRecordBytes()} bytes, or at the end of the input, is malformed; so is a record that
 * spans lines and breaks the grammar or has the wrong number of fields ({@link
 * #expectFields(int)}), which is what a stray quote looks like. Such a record is reported as its
 * first line only, and reading resumes at its second line. A single line longer than the byte limit
 * is malformed and skipped to its end; only its beginning is kept as its text.
 *
 * <p>Not thread-safe; one scanner reads one stream.
 */
public final class RecordScanner implements Closeable {
  /** Text kept of a line longer than the byte limit, for the rejects file. */
  static final int OVERLONG_TEXT_BYTES = 64 * 1024;

  private static final int CHUNK = 64 * 1024;

  // Byte classes.
  private static final byte OTHER = 0;
  private static final byte DELIM = 1;
  private static final byte QUOTE = 2;
  private static final byte CR = 3;
  private static final byte LF = 4;
  private static final byte NUL = 5;
  private static final byte HIGH = 6;

  // Parser states.
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;

  private static final int FLAG_QUOTED = 1;
  private static final int FLAG_ESCAPED = 2;

  private final InputStream in;
  private final byte[] classes = new byte[256];
  private final boolean csv;
  private final int maxLines;
  private final int maxBytes;
  private int expectedFields;

  private byte[] buf = new byte[CHUNK];
  private int pos;
  private int limit;
  private long bufOffset;
  private boolean eof;
  private long line;

  // The current record; positions inside it are relative to recStart.
  private int recStart;
  private int recEnd;
  private long recOffset;
  private long recLine;
  private int nLines;
  private int[] lineStarts;
  private int firstBreak;
  private int nFields;
  private int[] fieldStart = new int[32];
  private int[] fieldEnd = new int[32];
  private byte[] fieldFlags = new byte[32];
  private String malformed;
  private boolean structural;
  private boolean blank;
  private boolean nul;
  private boolean high;
  private byte[] overlongText;

  private RecordScanner(
      InputStream in, int delimiter, boolean csv, int maxLines, int maxBytes, long firstLine) {
    this.in = in;
    this.csv = csv;
    this.maxLines = maxLines;
    this.maxBytes = maxBytes;
    this.line = firstLine;
    this.lineStarts = new int[Math.min(maxLines, 1024) + 1];
    for (int b = 0x80; b < 0x100; b++) {
      classes[b] = HIGH;
    }
    classes['\r'] = CR;
    classes['\n'] = LF;
    classes[0] = NUL;
    if (csv) {
      classes['"'] = QUOTE;
      classes[delimiter] = DELIM;
    }
  }

  /**
   * A scanner of CSV records.
   *
   * @param in UTF-8 bytes, positioned at a record start
   * @param firstLine the line number of the first line read
   */
  public static RecordScanner csv(InputStream in, CsvOptions options, long firstLine) {
    return new RecordScanner(
        in,
        options.delimiter().symbol(),
        true,
        options.maxRecordLines(),
        options.maxRecordBytes(),
        firstLine);
  }

  /** A scanner of lines (JSON Lines): each line is one record with no fields. */
  public static RecordScanner lines(InputStream in, int maxLineBytes, long firstLine) {
    return new RecordScanner(in, -1, false, 1, maxLineBytes, firstLine);
  }

  /**
   * From now on, a CSV record with another number of fields is malformed (0: any number). The
   * header sets it.
   */
  public void expectFields(int count) {
    this.expectedFields = count;
  }

  /** Reads the next record, blank or not; false at the end of the input. */
  public boolean next() throws IOException {
    recStart = pos;
    recOffset = bufOffset + pos;
    recLine = line;
    nLines = 1;
    lineStarts[0] = 0;
    firstBreak = -1;
    nFields = 0;
    malformed = null;
    structural = false;
    blank = false;
    nul = false;
    high = false;
    overlongText = null;
    int state = FIELD_START;
    int fieldFrom = 0;
    int fieldFlag = 0;
    final byte[] cls = classes;
    while (true) {
      byte[] b = buf;
      int end = scanEnd();
      int p = pos;
      scan:
      while (p < end) {
        byte c = cls[b[p] & 0xFF];
        switch (state) {
          case FIELD_START -> {
            switch (c) {
              case DELIM -> {
                addField(p - recStart, p - recStart, 0);
                p++;
                continue scan;
              }
              case QUOTE -> {
                state = QUOTED;
                fieldFrom = p + 1 - recStart;
                fieldFlag = FLAG_QUOTED;
                p++;
                continue scan;
              }
              case CR, LF -> {
                pos = p;
                if (p == recStart) {
                  blank = true;
                } else {
                  addField(p - recStart, p - recStart, 0);
                }
                return endRecord(c);
              }
              default -> {
                state = UNQUOTED;
                fieldFrom = p - recStart;
                fieldFlag = 0;
                note(c);
                p++;
                continue scan;
              }
            }
          }
          case UNQUOTED -> {
            // The common case: a run of ordinary bytes.
            while (c == OTHER) {
              if (++p == end) {
                break scan;
              }
              c = cls[b[p] & 0xFF];
            }
            switch (c) {
              case DELIM -> {
                addField(fieldFrom, p - recStart, fieldFlag);
                state = FIELD_START;
                p++;
              }
              case CR, LF -> {
                addField(fieldFrom, p - recStart, fieldFlag);
                pos = p;
                return endRecord(c);
              }
              case QUOTE -> {
                grammar("a quote inside an unquoted field (field " + (nFields + 1) + ")");
                p++;
              }
              default -> {
                note(c);
                p++;
              }
            }
          }
          case QUOTED -> {
            while (c == OTHER) {
              if (++p == end) {
                break scan;
              }
              c = cls[b[p] & 0xFF];
            }
            switch (c) {
              case QUOTE -> {
                state = QUOTE_SEEN;
                p++;
              }
              case CR, LF -> {
                pos = p;
                if (!lineBreakInQuotes(c)) {
                  return openTooLong("lines");
                }
                b = buf;
                p = pos;
                end = scanEnd();
              }
              default -> {
                note(c);
                p++;
              }
            }
          }
          default -> { // QUOTE_SEEN
            switch (c) {
              case QUOTE -> {
                fieldFlag |= FLAG_ESCAPED;
                state = QUOTED;
                p++;
              }
              case DELIM -> {
                addField(fieldFrom, p - 1 - recStart, fieldFlag);
                state = FIELD_START;
                p++;
              }
              case CR, LF -> {
                addField(fieldFrom, p - 1 - recStart, fieldFlag);
                pos = p;
                return endRecord(c);
              }
              default -> {
                grammar("text after a closing quote (field " + (nFields + 1) + ")");
                note(c);
                state = UNQUOTED;
                fieldFlag = 0;
                p++;
              }
            }
          }
        }
      }
      pos = p;
      if (p - recStart > maxBytes) {
        return overlong();
      }
      if (!fill()) {
        return atEndOfInput(state, fieldFrom, fieldFlag);
      }
    }
  }

  /**
   * Where the scan of the buffer stops: its end, or the byte after the most a record may hold (its
   * line break may come right after the last byte allowed).
   */
  private int scanEnd() {
    return (int) Math.min(limit, (long) recStart + maxBytes + 1);
  }

  private void note(byte c) {
    if (c == NUL) {
      nul = true;
    } else if (c == HIGH) {
      high = true;
    }
  }

  private void grammar(String reason) {
    if (malformed == null) {
      malformed = reason;
      structural = true;
    }
  }

  private void addField(int from, int to, int flags) {
    if (nFields == fieldStart.length) {
      fieldStart = Arrays.copyOf(fieldStart, nFields * 2);
      fieldEnd = Arrays.copyOf(fieldEnd, nFields * 2);
      fieldFlags = Arrays.copyOf(fieldFlags, nFields * 2);
    }
    fieldStart[nFields] = from;
    fieldEnd[nFields] = to;
    fieldFlags[nFields] = (byte) flags;
    nFields++;
  }

  /**
   * A line break inside a quoted field at {@code pos}: records where the next line starts. False
   * when the record now spans more lines than allowed.
   */
  private boolean lineBreakInQuotes(byte c) throws IOException {
    int rel = pos - recStart;
    int step = c == CR && peekIsLf(pos + 1) ? 2 : 1; // may move the buffer: pos after it
    pos += step;
    if (firstBreak < 0) {
      firstBreak = rel;
    }
    if (nLines == lineStarts.length) {
      lineStarts = Arrays.copyOf(lineStarts, nLines * 2);
    }
    lineStarts[nLines++] = pos - recStart;
    return nLines <= maxLines;
  }

  /** Whether the byte at buffer index {@code at} is LF, reading more input when needed. */
  private boolean peekIsLf(int at) throws IOException {
    while (at >= limit) {
      int shift = pos;
      if (!fill()) {
        return false;
      }
      at -= shift - pos;
    }
    return buf[at] == '\n';
  }

  /** Ends the record at the line break at {@code pos} and consumes the break. */
  private boolean endRecord(byte c) throws IOException {
    recEnd = pos - recStart;
    int step = c == CR && peekIsLf(pos + 1) ? 2 : 1; // may move the buffer: pos after it
    pos += step;
    return finish();
  }

  private boolean finish() {
    line = recLine + nLines;
    if (malformed == null && csv && expectedFields > 0 && !blank && nFields != expectedFields) {
      malformed = nFields + " fields where the header has " + expectedFields;
      structural = true;
    }
    if (structural && nLines > 1) {
      malformed =
          "an unclosed quote: the quoted field runs over "
              + nLines
              + " lines into a malformed record ("
              + malformed
              + ")";
      firstLineOnly();
      return true;
    }
    if (malformed == null && nul) {
      malformed = "a NUL byte in the record";
    }
    return true;
  }

  /** Keeps the first line as the (malformed) record and resumes reading at the second line. */
  private void firstLineOnly() {
    recEnd = firstBreak;
    pos = recStart + lineStarts[1];
    nLines = 1;
    nFields = 0;
    line = recLine + 1;
  }

  private boolean openTooLong(String what) {
    malformed =
        "an unclosed quote: the record is still open after "
            + (what.equals("lines") ? maxLines + " lines" : bytes(maxBytes));
    structural = true;
    firstLineOnly();
    return true;
  }

  private static String bytes(int n) {
    return n % (1 << 20) == 0 ? (n >> 20) + " MiB" : n + " bytes";
  }

  private boolean overlong() throws IOException {
    if (nLines > 1) {
      return openTooLong("bytes");
    }
    malformed = "the line is longer than " + bytes(maxBytes);
    structural = true;
    overlongText =
        Arrays.copyOfRange(buf, recStart, recStart + Math.min(OVERLONG_TEXT_BYTES, pos - recStart));
    // Skip to the end of the line, whatever its quotes, keeping nothing.
    while (true) {
      while (pos < limit) {
        byte c = buf[pos];
        if (c == '\n' || c == '\r') {
          recEnd = 0;
          nFields = 0;
          int step = c == '\r' && peekIsLf(pos + 1) ? 2 : 1;
          pos += step;
          line = recLine + 1;
          return true;
        }
        pos++;
      }
      recStart = pos;
      if (!fill()) {
        recEnd = 0;
        nFields = 0;
        line = recLine + 1;
        return true;
      }
    }
  }

  private boolean atEndOfInput(int state, int fieldFrom, int fieldFlag) {
    if (pos == recStart) {
      return false;
    }
    recEnd = pos - recStart;
    if (state == QUOTED) {
      if (nLines > 1) {
        malformed = "an unclosed quote: the record is still open at the end of the file";
        structural = true;
        firstLineOnly();
        return true;
      }
      grammar("an unclosed quote (field " + (nFields + 1) + ")");
    } else if (state == FIELD_START) {
      addField(recEnd, recEnd, 0);
    } else if (state == QUOTE_SEEN) {
      addField(fieldFrom, recEnd - 1, fieldFlag);
    } else {
      addField(fieldFrom, recEnd, fieldFlag);
    }
    return finish();
  }

  /** Reads more input after {@code limit}; false at its end. May move the buffer's contents. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (limit == buf.length) {
      if (recStart > 0) {
        compact(recStart);
      } else {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    }
    int n = in.read(buf, limit, buf.length - limit);
    while (n == 0) {
      n = in.read(buf, limit, buf.length - limit);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Moves the bytes from {@code from} on to the start of the buffer. */
  private void compact(int from) {
    System.arraycopy(buf, from, buf, 0, limit - from);
    bufOffset += from;
    limit -= from;
    pos -= from;
    recStart -= from;
    if (recStart < 0) {
      recStart = 0;
    }
  }

  /** Byte offset of the record's first byte in the stream. */
  public long offset() {
    return recOffset;
  }

  /** Byte offset in the stream where the next record starts. */
  public long nextOffset() {
    return bufOffset + pos;
  }

  /** Line number of the record's first line. */
  public long line() {
    return recLine;
  }

  /** How many lines the record spans. */
  public int lineCount() {
    return nLines;
  }

  /** Byte offset in the stream of the record's {@code i}-th line (0: its first). */
  public long lineOffset(int i) {
    return recOffset + lineStarts[i];
  }

  /** Whether the record is an empty line. */
  public boolean isBlank() {
    return blank;
  }

  /** Why the record is malformed, or null when it is well-formed. */
  public String malformed() {
    return malformed;
  }

  /** The number of fields of a well-formed CSV record. */
  public int fieldCount() {
    return nFields;
  }

  /** Field {@code i} of a well-formed CSV record, quotes removed and doubled quotes undone. */
  public String field(int i) {
    String s =
        new String(
            buf, recStart + fieldStart[i], fieldEnd[i] - fieldStart[i], StandardCharsets.UTF_8);
    return (fieldFlags[i] & FLAG_ESCAPED) != 0 ? s.replace("\"\"", "\"") : s;
  }

  /** Whether field {@code i} was quoted. */
  public boolean quoted(int i) {
    return (fieldFlags[i] & FLAG_QUOTED) != 0;
  }

  /** The record as it stands in the input (without its line break), cut after {@code maxChars}. */
  public String text(int maxChars) {
    byte[] from = overlongText != null ? overlongText : buf;
    int start = overlongText != null ? 0 : recStart;
    int len = overlongText != null ? overlongText.length : recEnd;
    // A character takes at most 4 bytes: decoding more than 4 per character kept is waste.
    int take = (int) Math.min(len, 4L * maxChars + 4);
    String s = new String(from, start, take, StandardCharsets.UTF_8);
    return s.length() > maxChars || take < len ? s.substring(0, Math.min(maxChars, s.length())) : s;
  }

  /**
   * The stream offset of the record's first byte that is not valid UTF-8, or -1. Only records with
   * a byte above 0x7F are checked byte by byte.
   */
  public long firstInvalidUtf8() {
    if (overlongText != null) {
      int i = Utf8.firstInvalid(overlongText, 0, overlongText.length, true);
      return i < 0 ? -1 : recOffset + i;
    }
    if (!high) {
      return -1;
    }
    int i = Utf8.firstInvalid(buf, recStart, recStart + recEnd, false);
    return i < 0 ? -1 : recOffset + (i - recStart);
  }

  /** The value of the current record's byte at a stream offset (as {@link #firstInvalidUtf8}). */
  public int byteAt(long offset) {
    int rel = (int) (offset - recOffset);
    return (overlongText != null ? overlongText[rel] : buf[recStart + rel]) & 0xFF;
  }

  /** The line number of a byte offset inside the current record. */
  public long lineOf(long offset) {
    int rel = (int) (offset - recOffset);
    int i = 0;
    while (i + 1 < nLines && lineStarts[i + 1] <= rel) {
      i++;
    }
    return recLine + i;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
