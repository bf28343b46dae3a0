package org.ergolens.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ergolens.report.dashboard.DashboardModel;
import org.ergolens.report.dashboard.InlineAssets;

/**
 * Renders {@code dashboard.html}: one self-contained page (inline CSS, inline SVG charts and one
 * inline script allowed by its hash; nothing to load) from an auto-escaping Pebble template, so
 * department names and every other input string appear as text.
 */
public final class DashboardWriter {
  static final String TEMPLATE = "org/ergolens/report/dashboard.peb";
  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .autoEscaping(true)
          .defaultEscapingStrategy("html")
          .strictVariables(true)
          .cacheActive(false)
          .build();
  private static final InlineAssets ASSETS = InlineAssets.load();

  private DashboardWriter() {}

  /** The dashboard of a month without a previous month to compare with. */
  public static void write(MonthlyReport report, OutputStream out) throws IOException {
    write(report, Optional.empty(), out);
  }

  public static void write(MonthlyReport report, Optional<PreviousMonth> previous, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    render(report, previous, w);
    w.flush();
  }

  /** The page as a string, for tests. */
  public static String render(MonthlyReport report, Optional<PreviousMonth> previous) {
    StringWriter w = new StringWriter();
    try {
      render(report, previous, w);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  private static void render(MonthlyReport report, Optional<PreviousMonth> previous, Writer w)
      throws IOException {
    PebbleTemplate template = ENGINE.getTemplate(TEMPLATE);
    template.evaluate(w, DashboardModel.of(report, previous, ASSETS));
  }
}
