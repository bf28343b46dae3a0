package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPdfTest {
  static byte[] organisation;
  static byte[] fieldSales;
  static byte[] withheld;

  @BeforeAll
  static void briefs() throws IOException {
    organisation = BriefTexts.pdf(BriefFixtures.organisation());
    fieldSales = BriefTexts.pdf(BriefFixtures.fieldSales());
    withheld = BriefTexts.pdf(BriefFixtures.mostlyWithheld());
  }

  static byte[] report() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPdf.write(
        BriefFixtures.MONTH,
        List.of(
            new ReportPdf.Part(
                ReportPdf.ORGANISATION, () -> new ByteArrayInputStream(organisation)),
            new ReportPdf.Part("Field Sales", () -> new ByteArrayInputStream(fieldSales)),
            new ReportPdf.Part("fin-ap", () -> new ByteArrayInputStream(withheld))),
        out);
    return out.toByteArray();
  }

  @Test
  void theOrganisationThenEveryUnitWithABookmarkEach(@TempDir Path dir) throws IOException {
    byte[] report = report();
    Files.write(Files.createDirectories(Path.of("target/brief-pdf")).resolve("report.pdf"), report);
    try (PDDocument doc = Loader.loadPDF(report)) {
      int org = BriefTexts.pages(organisation);
      int fs = BriefTexts.pages(fieldSales);
      int wh = BriefTexts.pages(withheld);
      assertEquals(org + fs + wh, doc.getNumberOfPages());
      List<String> titles = new ArrayList<>();
      List<Integer> firstPages = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
        PDPageDestination d = (PDPageDestination) item.getDestination();
        firstPages.add(doc.getPages().indexOf(d.getPage()));
      }
      assertEquals(List.of("Your organisation", "Field Sales", "fin-ap"), titles);
      assertEquals(List.of(0, org, org + fs), firstPages);
      assertEquals(PageMode.USE_OUTLINES, doc.getDocumentCatalog().getPageMode());
      assertEquals(
          "Workstation wellbeing briefs, October 2026", doc.getDocumentInformation().getTitle());
      assertNull(doc.getDocumentInformation().getCreationDate());

      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(org + 1);
      s.setEndPage(org + fs);
      assertEquals(
          new PDFTextStripper().getText(Loader.loadPDF(fieldSales)),
          s.getText(doc),
          "the unit's pages are its own brief's");
    }
  }

  @Test
  void theSameBriefsGiveTheSameBytes() throws IOException {
    assertArrayEquals(report(), report());
  }

  @Test
  void aReportNeedsABrief() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportPdf.write(BriefFixtures.MONTH, List.of(), new ByteArrayOutputStream()));
  }

  @Test
  void itRefusesSomethingThatIsNotAPdf() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ReportPdf.write(
                    BriefFixtures.MONTH,
                    List.of(
                        new ReportPdf.Part(
                            "x", () -> new ByteArrayInputStream("<html/>".getBytes()))),
                    new ByteArrayOutputStream()));
    assertEquals(
        "Cannot add the brief 'x' to report.pdf: it is not a readable PDF", e.getMessage());
  }
}
