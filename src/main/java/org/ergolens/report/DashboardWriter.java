package org.ergolens.report;

import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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

  /**
   * Writes the page.
   *
   * @param previous the previous month's published totals, if any, for the changes since then
   */
  public static void write(MonthlyReport report, Optional<PreviousMonth> previous, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ENGINE.getTemplate(TEMPLATE).evaluate(w, DashboardModel.of(report, previous, ASSETS));
    w.flush();
  }
}
