package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BriefPdfTest {
  static byte[] fieldSales;
  static byte[] longest;
  static byte[] withheld;
  static byte[] organisation;

  @BeforeAll
  static void render() throws IOException {
    fieldSales = BriefTexts.pdf(BriefFixtures.fieldSales());
    longest = BriefTexts.pdf(BriefFixtures.longest());
    withheld = BriefTexts.pdf(BriefFixtures.mostlyWithheld());
    organisation = BriefTexts.pdf(BriefFixtures.organisation());
    Path dir = Files.createDirectories(Path.of("target/brief-pdf"));
    Files.write(dir.resolve("field-sales.pdf"), fieldSales);
    Files.write(dir.resolve("longest.pdf"), longest);
    Files.write(dir.resolve("withheld.pdf"), withheld);
    Files.write(dir.resolve("organisation.pdf"), organisation);
  }

  @Test
  void theTextIsTheModelsFiguresAsFormatted() throws IOException {
    UnitBrief b = BriefFixtures.fieldSales();
    List<String> lines = List.of(BriefTexts.pdfText(fieldSales).split("\n"));
    for (RegionFigure r : b.regions()) {
      String row =
          String.join(
                  " ",
                  Labels.regionTitle(r.outcome()),
                  Numbers.count(r.cases()),
                  r.prevalence().map(e -> Numbers.percent(e.value())).orElse(Numbers.WITHHELD),
                  r.prevalence().map(e -> Numbers.percentInterval(e.low(), e.high())).orElse(""),
                  Numbers.percent(r.organisation()),
                  r.comparison().map(BriefWording::comparison).orElse(""))
              .replaceAll("\\s+", " ")
              .trim();
      assertTrue(lines.stream().map(String::trim).anyMatch(row::equals), () -> row + "\n" + lines);
    }
    String flat = BriefTexts.pdfFlatText(fieldSales);
    assertTrue(flat.contains(BriefWording.headline(b)), flat);
    for (Action a : b.actions()) {
      assertTrue(flat.contains(BriefWording.basis(a.basis(), false)), a.title());
      assertTrue(flat.contains(a.rank() + " " + a.title()), a.title());
    }
    assertTrue(flat.contains(BriefWording.trend(b.trend(), false)));
    assertTrue(flat.contains(BriefWording.followUp(b.followUps().get(0))));
    assertTrue(flat.contains(Labels.privacyNote(5)));
    assertTrue(flat.contains("It is not medical advice"));
    assertTrue(flat.contains("80 of 104"));
    assertTrue(flat.contains("Page 1 of 2"));
  }

  @Test
  void theOrganisationsBriefListsTheUnitsAtRisk() throws IOException {
    String flat = BriefTexts.pdfFlatText(organisation);
    OrganisationBrief b = BriefFixtures.organisation();
    assertTrue(flat.contains(BriefWording.headline(b)), flat);
    assertTrue(
        flat.contains(
            "Of 21 reporting units, 1 is at high risk and 1 at moderate risk this month."));
    assertTrue(flat.contains("Field Sales High 38.8%"), flat);
    for (Action a : b.actions()) {
      assertTrue(flat.contains(BriefWording.basis(a.basis(), true)), a.title());
    }
  }

  @Test
  void aBriefIsOneOrTwoPages() throws IOException {
    assertEquals(1, BriefTexts.pages(withheld), "a short brief is one page");
    assertEquals(2, BriefTexts.pages(fieldSales));
    assertTrue(BriefTexts.pages(longest) <= 2, "the longest content still fits two pages");
    assertTrue(BriefTexts.pages(organisation) <= 2);
    assertTrue(
        BriefTexts.pdfFlatText(longest).contains("Customer Service Operations North and Central"),
        "nothing of the long brief is cut");
  }

  @Test
  void everyFontIsEmbeddedAndTheChartsAreVectors() throws IOException {
    for (byte[] pdf : List.of(fieldSales, longest, withheld, organisation)) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
          check(page.getResources(), fonts);
        }
        assertTrue(fonts.stream().allMatch(f -> f.contains("LiberationSans")), fonts.toString());
        assertFalse(fonts.isEmpty());
      }
    }
  }

  /** Fonts embedded, recursively through form XObjects (the charts); no raster image anywhere. */
  private static void check(PDResources resources, List<String> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      assertTrue(font.isEmbedded(), font.getName() + " is embedded");
      fonts.add(font.getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      assertFalse(x instanceof PDImageXObject, "a chart drawn as a picture: " + name.getName());
      if (x instanceof PDFormXObject form) {
        check(form.getResources(), fonts);
      }
    }
  }

  @Test
  void theSameBriefGivesTheSameBytes() throws IOException {
    assertArrayEquals(fieldSales, BriefTexts.pdf(BriefFixtures.fieldSales()));
    assertArrayEquals(organisation, BriefTexts.pdf(BriefFixtures.organisation()));
    try (PDDocument doc = Loader.loadPDF(fieldSales)) {
      var info = doc.getDocumentInformation();
      assertNull(info.getCreationDate());
      assertNull(info.getModificationDate());
      assertEquals("ErgoLens", info.getProducer());
      assertEquals("Field Sales — workstation wellbeing brief, October 2026", info.getTitle());
      assertEquals(2, doc.getDocument().getDocumentID().size());
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
    }
  }

  @Test
  void aWithheldValueIsInNoBriefsText() throws IOException {
    Pattern alone = Pattern.compile("(?<![0-9.,])" + BriefFixtures.WITHHELD_CASES + "(?![0-9])");
    for (byte[] pdf : List.of(fieldSales, longest, withheld, organisation)) {
      String text = BriefTexts.pdfText(pdf);
      assertFalse(alone.matcher(text).find(), text);
      assertFalse(text.contains("46.3%"), "37 of 80, the withheld prevalence");
    }
  }
}
