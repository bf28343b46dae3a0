package org.ergolens.pseudonym;

import java.util.List;
import java.util.Objects;
import org.ergolens.model.Outcome;

/**
 * The contract ids of a survey platform's response, all keyed by the {@link Pseudonymizer}'s secret
 * so that none can be linked back to a person or an export row without it:
 *
 * <ul>
 *   <li>an identified respondent (work email, employee number) gets {@link #respondent}: exactly
 *       the id {@code ergolens pseudonymize} gives the same raw identity with the same key, so both
 *       routes into the job agree;
 *   <li>every response gets a {@link #responseToken} from the values that identify it in its export
 *       (its response id, times, identity), so a re-export of the same response gives the same
 *       token;
 *   <li>an anonymous response is its own respondent, {@link #anonymousRespondent};
 *   <li>each of its discomfort reports gets {@link #report}: the token and the body region, stable
 *       across re-exports, so a response delivered twice is a {@code duplicate_report_id}.
 * </ul>
 *
 * <p>The token's input starts with a control character that a trimmed identity never starts with,
 * so a token can never equal an identity's pseudonym.
 */
public final class ResponseIds {
  /** Hex characters of a response token: 128 bits. */
  public static final int TOKEN_LENGTH = 32;

  /** The prefix of an anonymous respondent's id. */
  public static final String ANONYMOUS_PREFIX = "anon-";

  private static final String TOKEN_DOMAIN = "\u0001response";
  private static final char SEPARATOR = '\u001f';

  private final Pseudonymizer pseudonymizer;

  public ResponseIds(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
  }

  /** The pseudonymous id of an identified respondent: the keyed HMAC of the identity. */
  public String respondent(String identity) {
    return pseudonymizer.pseudonymize(identity);
  }

  /**
   * The keyed token of one response, from the values that identify it in its export, in a fixed
   * order (e.g. its response id and completion time, and the identity when there is one).
   */
  public String responseToken(List<String> keyValues) {
    StringBuilder b = new StringBuilder(TOKEN_DOMAIN);
    for (String v : keyValues) {
      b.append(SEPARATOR).append(v);
    }
    return pseudonymizer.pseudonymize(b.toString()).substring(0, TOKEN_LENGTH);
  }

  /** The respondent id of an anonymous response: the response is its own respondent. */
  public static String anonymousRespondent(String responseToken) {
    return ANONYMOUS_PREFIX + responseToken;
  }

  /** The report id of a response's report for one body region, e.g. {@code 3f1c…-neck}. */
  public static String report(String responseToken, Outcome region) {
    if (!region.isRegion()) {
      throw new IllegalArgumentException("Cannot make a report id for " + region.id());
    }
    return responseToken + "-" + region.id();
  }
}
