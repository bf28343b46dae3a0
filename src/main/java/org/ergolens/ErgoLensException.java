package org.ergolens;

/**
 * A failure the user can act on: its message is one line that names the file, row or column and
 * what to fix, and its exit code is the one the CLI returns. Create them with {@link Errors}.
 */
public class ErgoLensException extends RuntimeException {
  /** Bad usage or unreadable input: nothing was written. */
  public static final int EXIT_INPUT = 2;

  /** Too many rejected rows: only the rejects and the manifest were written. */
  public static final int EXIT_REJECT_RATIO = 3;

  /**
   * The output could not be written (disk full, permissions, the object store): nothing of the
   * month was published, and a report published before is unchanged.
   */
  public static final int EXIT_OUTPUT = 4;

  private final int exitCode;

  public ErgoLensException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  public ErgoLensException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
