package org.ergolens.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ergolens.Messages;

/**
 * Turns raw employee ids into the contract's pseudonymous {@code respondent_id}: the optional
 * prefix followed by the lowercase hex of HMAC-SHA256(key, UTF-8 bytes of the raw id). The same key
 * always gives the same id, so months can be joined; without the key nobody can link an id back to
 * an employee.
 *
 * <p><b>Why a keyed MAC and not a plain hash.</b> Employee ids are few and guessable (a payroll
 * number range, initials plus digits). Anyone could hash every candidate id with SHA-256, build the
 * table of hash → employee, and reverse every "pseudonym" in seconds. HMAC mixes a secret key into
 * the hash: without the key the table cannot be built, and with a 256-bit key the key cannot be
 * guessed. The key is therefore the secret that protects the pseudonymisation; keep it out of the
 * report's audience's hands, and rotating it unlinks all earlier ids.
 *
 * <p>Thread-safe. Neither the key nor a raw id appears in {@link #toString()} or in any message.
 *
 * <pre>{@code
 * Pseudonymizer p = Pseudonymizer.create(PseudonymizationKey.fromEnvironment("ERGOLENS_KEY"));
 * String respondentId = p.pseudonymize("E-004711"); // "r_3f1c…" with withPrefix("r_")
 * }</pre>
 */
public final class Pseudonymizer {

  /** The contract's pattern for {@code respondent_id}: 1–128 characters of [A-Za-z0-9_.:-]. */
  public static final Pattern RESPONDENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

  /** The longest prefix: leaves room for the 64 hex characters within 128. */
  public static final int MAX_PREFIX_LENGTH = 64;

  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern PREFIX =
      Pattern.compile("[A-Za-z0-9_.:-]{0," + MAX_PREFIX_LENGTH + "}");

  private final SecretKeySpec key;
  private final String prefix;
  private final ThreadLocal<Mac> mac;

  private Pseudonymizer(SecretKeySpec key, String prefix) {
    this.key = key;
    this.prefix = prefix;
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  /** A pseudonymizer with no prefix. */
  public static Pseudonymizer create(PseudonymizationKey key) {
    Objects.requireNonNull(key, "key");
    byte[] bytes = key.bytes();
    try {
      return new Pseudonymizer(new SecretKeySpec(bytes, ALGORITHM), "");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * The same pseudonymizer with a prefix before every id, e.g. {@code r_}.
   *
   * @throws IllegalArgumentException when the prefix is longer than {@value #MAX_PREFIX_LENGTH} or
   *     has a character outside [A-Za-z0-9_.:-]
   */
  public Pseudonymizer withPrefix(String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "Cannot use respondent id prefix "
              + Messages.quote(prefix)
              + ": it must be at most "
              + MAX_PREFIX_LENGTH
              + " characters of [A-Za-z0-9_.:-]");
    }
    return new Pseudonymizer(key, prefix);
  }

  /**
   * The pseudonymous respondent id of one raw employee id.
   *
   * @throws IllegalArgumentException when the raw id is null or empty (the message never shows it)
   */
  public String pseudonymize(String rawEmployeeId) {
    if (rawEmployeeId == null || rawEmployeeId.isEmpty()) {
      throw new IllegalArgumentException("Cannot pseudonymize: the employee id is empty");
    }
    byte[] digest = mac.get().doFinal(rawEmployeeId.getBytes(StandardCharsets.UTF_8));
    return prefix + HexFormat.of().formatHex(digest);
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance(ALGORITHM);
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot pseudonymize: " + ALGORITHM + " is not available");
    }
  }

  /** Names the algorithm and prefix only; the key is redacted. */
  @Override
  public String toString() {
    return "Pseudonymizer[" + ALGORITHM + ", prefix=" + Messages.quote(prefix) + ", key redacted]";
  }
}
