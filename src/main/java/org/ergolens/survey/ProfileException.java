package org.ergolens.survey;

import org.ergolens.ErgoLensException;

/** A profile that cannot be used: its message names the profile and the key, and what to fix. */
public final class ProfileException extends ErgoLensException {
  public ProfileException(String message) {
    super(EXIT_INPUT, message);
  }
}
