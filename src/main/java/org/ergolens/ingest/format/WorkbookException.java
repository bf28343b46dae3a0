package org.ergolens.ingest.format;

import java.io.IOException;

/**
 * A workbook that cannot be read: an Excel 97–2003 {@code .xls} file, a password-protected
 * workbook, a damaged file, or a sheet that is not there. The message completes "Cannot read
 * &lt;file&gt;: …" and says what to do.
 */
public final class WorkbookException extends IOException {
  private static final long serialVersionUID = 1L;

  public WorkbookException(String message) {
    super(message);
  }

  public WorkbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
