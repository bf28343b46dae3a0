package org.ergolens.pseudonym;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The secret key of the {@link Pseudonymizer}, at least {@value #MIN_BYTES} bytes. It is loaded
 * from a file (its raw bytes) or from an environment variable (its UTF-8 bytes); one trailing
 * newline ({@code \n} or {@code \r\n}) is trimmed, because editors and {@code echo} add one.
 *
 * <p>The key's bytes never leave this class except into the MAC: {@link #toString()} and every
 * error message name only where the key comes from.
 */
public final class PseudonymizationKey {

  /** The shortest key accepted: 256 bits, the output size of SHA-256. */
  public static final int MIN_BYTES = 32;

  private final byte[] bytes;
  private final String source;

  private PseudonymizationKey(byte[] bytes, String source) {
    this.bytes = bytes;
    this.source = source;
  }

  /**
   * Loads the key from a file's raw bytes.
   *
   * @throws IllegalArgumentException when the file is missing or unreadable, or the key is shorter
   *     than {@value #MIN_BYTES} bytes
   */
  public static PseudonymizationKey fromFile(Path file) {
    String source = "file " + file;
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          "Cannot load pseudonymization key: " + source + " does not exist");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot load pseudonymization key: "
              + source
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + ")");
    }
    return of(raw, source);
  }

  /**
   * Loads the key from the UTF-8 bytes of an environment variable.
   *
   * @throws IllegalArgumentException when the variable is not set or the key is shorter than
   *     {@value #MIN_BYTES} bytes
   */
  public static PseudonymizationKey fromEnvironment(String variable) {
    return fromEnvironment(variable, System::getenv);
  }

  /** As {@link #fromEnvironment(String)}, reading variables through {@code environment}. */
  static PseudonymizationKey fromEnvironment(
      String variable, Function<String, String> environment) {
    String source = "environment variable " + variable;
    String value = environment.apply(variable);
    if (value == null) {
      throw new IllegalArgumentException(
          "Cannot load pseudonymization key: " + source + " is not set");
    }
    return of(value.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * A key from bytes already in memory (trailing newline trimmed as for files); the array is copied
   * and then zeroed.
   *
   * @param raw the key bytes
   * @param source where they came from, for messages (never the key itself)
   * @throws IllegalArgumentException when shorter than {@value #MIN_BYTES} bytes
   */
  public static PseudonymizationKey of(byte[] raw, String source) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(source, "source");
    int length = raw.length;
    if (length > 0 && raw[length - 1] == '\n') {
      length--;
      if (length > 0 && raw[length - 1] == '\r') {
        length--;
      }
    }
    byte[] key = Arrays.copyOf(raw, length);
    Arrays.fill(raw, (byte) 0);
    if (key.length < MIN_BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new IllegalArgumentException(
          "Cannot load pseudonymization key: "
              + source
              + " holds "
              + length
              + " bytes, at least "
              + MIN_BYTES
              + " are needed (e.g. head -c 32 /dev/urandom | base64 > key)");
    }
    return new PseudonymizationKey(key, source);
  }

  /** Where the key was loaded from, e.g. {@code environment variable ERGOLENS_KEY}. */
  public String source() {
    return source;
  }

  /** A copy of the key bytes, for the MAC only. */
  byte[] bytes() {
    return bytes.clone();
  }

  /** Names the source only; the key is redacted. */
  @Override
  public String toString() {
    return "PseudonymizationKey[" + source + ", redacted]";
  }
}
