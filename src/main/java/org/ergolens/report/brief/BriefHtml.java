package org.ergolens.report.brief;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a brief as one self-contained XHTML page: inline CSS (the print stylesheet and a screen
 * one, allowed by their hashes in the page's Content-Security-Policy, which allows nothing else),
 * inline SVG charts, no script and nothing to load. The template auto-escapes every value, so unit
 * names and other input strings stay text. The same XHTML is what {@link BriefPdf} lays out, so the
 * page and the PDF say the same.
 */
public final class BriefHtml {
  static final String TEMPLATE = "org/ergolens/report/brief/brief.peb";
  static final String STYLE = "org/ergolens/report/brief/brief.css";
  static final String SCREEN_STYLE = "org/ergolens/report/brief/brief-screen.css";

  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .strictVariables(true)
          .newLineTrimming(false)
          .cacheActive(false)
          .build();
  private static final String CSS = resource(STYLE);
  private static final String SCREEN_CSS = resource(SCREEN_STYLE);

  private BriefHtml() {}

  /** A unit's brief as XHTML. */
  public static String render(UnitBrief brief) {
    return render(BriefPage.of(brief));
  }

  /** The organisation's brief as XHTML. */
  public static String render(OrganisationBrief brief) {
    return render(BriefPage.of(brief));
  }

  /** Writes a unit's brief as UTF-8. */
  public static void write(UnitBrief brief, OutputStream out) throws IOException {
    out.write(render(brief).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the organisation's brief as UTF-8. */
  public static void write(OrganisationBrief brief, OutputStream out) throws IOException {
    out.write(render(brief).getBytes(StandardCharsets.UTF_8));
  }

  /** The page's policy: no source of anything, except its two stylesheets by their hashes. */
  static String contentSecurityPolicy() {
    return "default-src 'none'; style-src '"
        + sha256(CSS)
        + "' '"
        + sha256(SCREEN_CSS)
        + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
  }

  static String render(BriefPage page) {
    return render(page, true);
  }

  /**
   * The XHTML of a page; without the screen stylesheet for the PDF, whose layout engine knows only
   * print media (it would warn about rules it cannot apply).
   */
  static String render(BriefPage page, boolean screen) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    model.put("style", new SafeString(CSS));
    model.put("screenStyle", screen ? new SafeString(SCREEN_CSS) : null);
    model.put("csp", contentSecurityPolicy());
    StringWriter w = new StringWriter();
    try {
      ENGINE.getTemplate(TEMPLATE).evaluate(w, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String sha256(String source) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = BriefHtml.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.contains("</style") || text.contains("<!--")) {
        throw new IllegalStateException(name + " must not contain </style or <!--");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
