package org.ergolens.ingest;

import com.carrotsearch.hppc.LongHashSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import org.ergolens.Errors;
import org.ergolens.ingest.format.MalformedTextException;
import org.ergolens.ingest.format.RecordScanner;

/**
 * The first pass over one split of a text file (bytes only, nothing decoded): counts the split's
 * lines, checks that its bytes are valid UTF-8, and works out, for each of its first lines at which
 * a record from an earlier split could end, where a sequential parse that has a record start there
 * would hand over to the next split ({@link SplitSummary}).
 *
 * <p>The parse from the split's first line start runs to the split's end; the parses from the next
 * lines usually meet it within a record or two (a parse started inside a quoted field sees a quote
 * inside an unquoted field, a malformed record that ends at its line), and from where they meet
 * they are the same parse, so the pass costs about one scan of the split. A parse that has not met
 * it after the first {@link #WINDOW_BYTES} of the split runs to the split's end on its own.
 */
final class SplitScan {
  /** Bytes of the split kept in memory for the parses from its later first lines. */
  static final int WINDOW_BYTES = 4 << 20;

  private SplitScan() {}

  /** Opens the file's bytes at an offset. */
  @FunctionalInterface
  interface Source {
    InputStream openAt(long offset) throws IOException;
  }

  /**
   * Scans the split {@code [start, end)} of a file of {@code fileLength} bytes ({@code end} is
   * {@link Long#MAX_VALUE} for a file read whole).
   */
  static SplitSummary scan(
      FileLayout layout, String path, long start, long end, long fileLength, Source source) {
    try {
      long first = start == 0 ? 0 : firstLineStart(source, start);
      if (first < 0 || first >= end) {
        return empty(path, start, end, null);
      }
      return scanFrom(layout, path, start, end, fileLength, first, source);
    } catch (MalformedTextException e) {
      // A UTF-16 file, read whole: its decoder names the line.
      return new SplitSummary(
          path, start, end, new long[0], new long[0], 0, e.line() - 1, -1, null);
    } catch (IOException | RuntimeException e) {
      return empty(path, start, end, "cannot read it (" + Errors.oneLine(e.getMessage()) + ").");
    }
  }

  /** Opens a workbook as a local file. */
  @FunctionalInterface
  interface LocalWorkbook {
    InputStreams.LocalCopy open() throws IOException;
  }

  /**
   * Reads a workbook's sheet through, keeping nothing: the summary says only whether it could be
   * read (a workbook damaged after its header fails here, not in the middle of the run).
   */
  static SplitSummary scanWorkbook(String path, LocalWorkbook workbook, String sheet) {
    try (InputStreams.LocalCopy local = workbook.open();
        org.ergolens.ingest.format.XlsxSheetReader reader =
            org.ergolens.ingest.format.XlsxSheetReader.open(
                local.path(), java.util.Optional.ofNullable(sheet))) {
      while (reader.next().isPresent()) {
        // read through
      }
      return empty(path, 0, Long.MAX_VALUE, null);
    } catch (IOException | RuntimeException e) {
      return empty(path, 0, Long.MAX_VALUE, Errors.oneLine(e.getMessage()));
    }
  }

  private static SplitSummary empty(String path, long start, long end, String error) {
    return new SplitSummary(path, start, end, new long[0], new long[0], 0, -1, -1, error);
  }

  /** The first line start at or after {@code start} (> 0), or -1 when no line starts there. */
  static long firstLineStart(Source source, long start) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(source.openAt(start - 1), 64 * 1024)) {
      long at = start - 1;
      int b = in.read();
      while (b >= 0) {
        if (b == '\n') {
          return at + 1;
        }
        if (b == '\r') {
          int c = in.read();
          if (c < 0) {
            return -1;
          }
          return c == '\n' ? at + 2 : at + 1;
        }
        b = in.read();
        at++;
      }
      return -1;
    }
  }

  private static SplitSummary scanFrom(
      FileLayout layout,
      String path,
      long start,
      long end,
      long fileLength,
      long first,
      Source source)
      throws IOException {
    int wanted =
        layout.file().format() == InputFormat.CSV ? layout.dialect().maxRecordLines() + 1 : 1;
    long[] lineStarts = new long[wanted];
    int nStarts = 0;
    long lineCount = 0;
    long badLine = -1;
    int badByte = -1;
    long handover = SplitSummary.END_OF_FILE;
    LongHashSet path0 = new LongHashSet();
    Window window = new Window(source.openAt(first), WINDOW_BYTES);
    try (RecordScanner scanner = scanner(layout, window, 0)) {
      while (scanner.next()) {
        long record = first + scanner.offset();
        if (record >= end) {
          handover = record;
          break;
        }
        if (record - first < WINDOW_BYTES) {
          path0.add(record);
        }
        for (int i = 0; i < scanner.lineCount(); i++) {
          long line = first + scanner.lineOffset(i);
          if (line < end) {
            lineCount++;
            if (nStarts < wanted) {
              lineStarts[nStarts++] = line;
            }
          }
        }
        if (badLine < 0) {
          long bad = scanner.firstInvalidUtf8();
          if (bad >= 0) {
            badLine = scanner.lineOf(bad);
            badByte = scanner.byteAt(bad);
          }
        }
      }
    }
    long[] handovers = new long[nStarts];
    Arrays.fill(handovers, handover);
    boolean last = end >= fileLength;
    for (int j = 1; j < nStarts && !last; j++) {
      if (!path0.contains(lineStarts[j])) {
        handovers[j] =
            handoverFrom(
                layout, lineStarts[j], first, end, window.prefix(), path0, handover, source);
      }
    }
    return new SplitSummary(
        path,
        start,
        end,
        Arrays.copyOf(lineStarts, nStarts),
        handovers,
        lineCount,
        badLine,
        badByte,
        null);
  }

  /** Where a parse with a record start at {@code from} hands over to the next split. */
  private static long handoverFrom(
      FileLayout layout,
      long from,
      long first,
      long end,
      byte[] prefix,
      LongHashSet path0,
      long handover0,
      Source source)
      throws IOException {
    int inPrefix = (int) Math.max(0, Math.min(prefix.length, first + prefix.length - from));
    InputStream in =
        inPrefix > 0
            ? new SequenceInputStream(
                new ByteArrayInputStream(prefix, (int) (from - first), inPrefix),
                new LazyStream(source, from + inPrefix))
            : source.openAt(from);
    try (RecordScanner scanner = scanner(layout, in, 0)) {
      while (scanner.next()) {
        long record = from + scanner.offset();
        if (record >= end) {
          return record;
        }
        if (path0.contains(record)) {
          return handover0;
        }
      }
      return SplitSummary.END_OF_FILE;
    }
  }

  static RecordScanner scanner(FileLayout layout, InputStream in, long firstLine) {
    if (layout.file().format() == InputFormat.CSV) {
      RecordScanner s = RecordScanner.csv(in, layout.dialect().csvOptions(), firstLine);
      s.expectFields(layout.fieldCount());
      return s;
    }
    return RecordScanner.lines(in, layout.dialect().maxRecordBytes(), firstLine);
  }

  /** A stream that keeps its first bytes, for the parses that start again near its beginning. */
  private static final class Window extends FilterInputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int max;

    Window(InputStream in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && kept.size() < max) {
        kept.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && kept.size() < max) {
        kept.write(b, off, Math.min(n, max - kept.size()));
      }
      return n;
    }

    byte[] prefix() {
      return kept.toByteArray();
    }
  }

  /** A stream opened only when first read. */
  private static final class LazyStream extends InputStream {
    private final Source source;
    private final long offset;
    private InputStream in;

    LazyStream(Source source, long offset) {
      this.source = source;
      this.offset = offset;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        in = source.openAt(offset);
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in().read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }
}
