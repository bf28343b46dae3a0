package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The dashboard's inline stylesheet and its one inline script (table sorting, the department
 * filter, opening details for print), with the Content-Security-Policy that allows exactly these
 * two by their SHA-256 hashes and nothing else. Both are fixed resources: the script reads its data
 * from the page, so no input ever reaches them.
 *
 * @param style the stylesheet, exactly as it goes between the tags
 * @param script the script, exactly as it goes between the tags
 */
public record InlineAssets(String style, String script) {
  static final String STYLE = "org/ergolens/report/dashboard.css";
  static final String SCRIPT = "org/ergolens/report/dashboard.js";

  public InlineAssets {
    check(style, "</style");
    check(script, "</script");
  }

  /** The assets shipped with the job. */
  public static InlineAssets load() {
    return new InlineAssets(resource(STYLE), resource(SCRIPT));
  }

  /** Nothing may load or connect; only this stylesheet and this script apply. */
  public String contentSecurityPolicy() {
    return "default-src 'none'; style-src '"
        + hash(style)
        + "'; script-src '"
        + hash(script)
        + "'; base-uri 'none'; form-action 'none'";
  }

  public SafeString styleMarkup() {
    return new SafeString(style);
  }

  public SafeString scriptMarkup() {
    return new SafeString(script);
  }

  /** {@code sha256-<base64>}, as a CSP source expression expects it. */
  static String hash(String source) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(String source, String end) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.contains(end) || lower.contains("<!--")) {
      throw new IllegalArgumentException("An inline asset must not contain " + end + " or <!--");
    }
  }

  private static String resource(String name) {
    try (InputStream in = InlineAssets.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
