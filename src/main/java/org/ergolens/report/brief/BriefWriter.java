package org.ergolens.report.brief;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ergolens.Futures;
import org.ergolens.model.Organisation;
import org.ergolens.report.MonthDirectory;
import org.ergolens.report.MonthlyReport;

/**
 * Writes a month's briefs into its (staging) directory: {@code briefs/<unit>.html} and {@code .pdf}
 * for every reporting unit, {@code organisation.html} and {@code .pdf}, and {@code report.pdf} (the
 * organisation's brief, then every unit's in id order). The briefs are rendered side by side, at
 * most one per core, and written in a fixed order; the same report gives the same bytes.
 */
public final class BriefWriter {
  private BriefWriter() {}

  /** One brief, rendered. */
  private record Rendered(
      String bookmark, String htmlPath, String pdfPath, String html, byte[] pdf) {}

  public static void write(MonthlyReport report, Organisation tree, MonthDirectory dir)
      throws IOException {
    BriefModels models = new BriefModels(report, tree);
    List<UnitBrief> units = models.units();
    OrganisationBrief organisation = models.organisation();
    int threads =
        Math.max(1, Math.min(units.size() + 1, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ergolens-brief-writer");
              t.setDaemon(true);
              return t;
            });
    List<Rendered> rendered;
    try {
      List<CompletableFuture<Rendered>> running = new ArrayList<>();
      running.add(
          CompletableFuture.supplyAsync(
              () ->
                  render(
                      ReportPdf.ORGANISATION,
                      BriefFiles.ORGANISATION + ".html",
                      BriefFiles.ORGANISATION + ".pdf",
                      BriefHtml.render(organisation),
                      out -> BriefPdf.write(organisation, out)),
              pool));
      for (UnitBrief b : units) {
        running.add(
            CompletableFuture.supplyAsync(
                () ->
                    render(
                        b.unit().displayName(),
                        BriefFiles.html(b.unit().id()),
                        BriefFiles.pdf(b.unit().id()),
                        BriefHtml.render(b),
                        out -> BriefPdf.write(b, out)),
                pool));
      }
      running.forEach(Futures::awaitQuietly);
      rendered = running.stream().map(Futures::join).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    List<ReportPdf.Part> parts = new ArrayList<>();
    for (Rendered r : rendered) {
      try (OutputStream out = dir.create(r.htmlPath())) {
        out.write(r.html().getBytes(StandardCharsets.UTF_8));
      }
      try (OutputStream out = dir.create(r.pdfPath())) {
        out.write(r.pdf());
      }
      parts.add(new ReportPdf.Part(r.bookmark(), () -> new ByteArrayInputStream(r.pdf())));
    }
    try (OutputStream out = dir.create(BriefFiles.REPORT_PDF)) {
      ReportPdf.write(YearMonth.parse(report.month()), parts, out);
    }
  }

  private interface PdfRender {
    void to(OutputStream out) throws IOException;
  }

  private static Rendered render(
      String bookmark, String htmlPath, String pdfPath, String html, PdfRender pdf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      pdf.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(bookmark, htmlPath, pdfPath, html, out.toByteArray());
  }
}
