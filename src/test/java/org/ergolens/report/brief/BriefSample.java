package org.ergolens.report.brief;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the fixtures' briefs (a unit's PDF and HTML, the organisation's PDF and report.pdf) into a
 * directory. It names only ErgoLens types, so it runs against the application jar, whose libraries
 * are relocated: ShadedJarIT starts it there and compares the bytes with the ones the test class
 * path renders.
 */
public final class BriefSample {
  private BriefSample() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }

  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    byte[] unit = pdf(out -> BriefPdf.write(BriefFixtures.fieldSales(), out));
    byte[] org = pdf(out -> BriefPdf.write(BriefFixtures.organisation(), out));
    Files.write(dir.resolve("field-sales.pdf"), unit);
    Files.write(dir.resolve("organisation.pdf"), org);
    Files.writeString(
        dir.resolve("field-sales.html"), BriefHtml.render(BriefFixtures.fieldSales()));
    try (OutputStream out = Files.newOutputStream(dir.resolve("report.pdf"))) {
      ReportPdf.write(
          BriefFixtures.MONTH,
          List.of(
              new ReportPdf.Part(ReportPdf.ORGANISATION, () -> new ByteArrayInputStream(org)),
              new ReportPdf.Part("Field Sales", () -> new ByteArrayInputStream(unit))),
          out);
    }
  }

  private interface Render {
    void to(OutputStream out) throws IOException;
  }

  private static byte[] pdf(Render r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.to(out);
    return out.toByteArray();
  }
}
