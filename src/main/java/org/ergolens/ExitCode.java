package org.ergolens;

import org.ergolens.config.ConfigException;

/**
 * What the {@code ergolens} command returns, and what each code means for what was written. {@link
 * #of(Throwable)} is the one place where a failure gets its code.
 */
public enum ExitCode {
  OK(0, "success: the report, or the files asked for, were written"),
  INTERNAL(1, "unexpected internal error (a bug); nothing new was published"),
  INPUT(
      ErgoLensException.EXIT_INPUT,
      "usage error, bad configuration or unreadable input; nothing was written"),
  REJECT_RATIO(
      ErgoLensException.EXIT_REJECT_RATIO,
      "more than max_reject_ratio of a dataset's rows were rejected; only the rejects and the"
          + " manifest were written"),
  OUTPUT(
      ErgoLensException.EXIT_OUTPUT,
      "the output could not be written; nothing new was published, and a report published before"
          + " is unchanged");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** What the code means, in one sentence for the user. */
  public String meaning() {
    return meaning;
  }

  /** The exit code with this number. */
  public static ExitCode ofCode(int code) {
    for (ExitCode c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new IllegalArgumentException("No exit code " + code);
  }

  /**
   * The code a failure ends the command with: a user-facing {@link ErgoLensException} carries its
   * own; a bad configuration or argument is a usage error; anything else is a bug.
   */
  public static ExitCode of(Throwable failure) {
    if (failure instanceof ErgoLensException e) {
      return ofCode(e.exitCode());
    }
    if (failure instanceof ConfigException || failure instanceof IllegalArgumentException) {
      return INPUT;
    }
    return INTERNAL;
  }
}
