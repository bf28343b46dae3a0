package org.ergolens.dataset;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What the line-based sinks share: a large output buffer, one record per line, the record count,
 * verbatim malformed lines and closing the stream.
 */
abstract class LineRowSink implements RowSink {
  private static final int BUFFER_BYTES = 1 << 20;

  /** The buffered output; subclasses write a record's text here and then call {@link #endLine}. */
  protected final OutputBuffer out;

  private long records;

  LineRowSink(OutputStream out) {
    this.out = new OutputBuffer(out, BUFFER_BYTES);
  }

  /** Ends the current record's line and counts it. */
  protected final void endLine() throws IOException {
    out.append('\n');
    records++;
  }

  @Override
  public final void malformedLine(String text) throws IOException {
    out.append(text);
    endLine();
  }

  @Override
  public final long records() {
    return records;
  }

  @Override
  public final void close() throws IOException {
    out.close();
  }
}
