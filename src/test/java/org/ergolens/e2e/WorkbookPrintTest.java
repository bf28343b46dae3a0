package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.InternalCodes;
import org.ergolens.testing.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample organisation's workbook as HR meets it: printed to PDF by LibreOffice (headless), it
 * is a few pages per sheet; every page is saved as an image under {@code target/workbook-pages/} to
 * look at; and no cell a person reads holds an internal code.
 */
class WorkbookPrintTest {
  /** The most pages any one sheet may print as. */
  static final int MAX_PAGES_PER_SHEET = 4;

  @TempDir static Path dir;
  static Path workbook;
  static List<String> sheets;
  static Map<String, Integer> pagesPerSheet = new LinkedHashMap<>();

  @BeforeAll
  static void runAndPrint() throws Exception {
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            Path.of("sample-data").toAbsolutePath().toString(),
            "--config",
            Path.of("jobs/sample-org.json").toAbsolutePath().toString(),
            "--out",
            dir.resolve("out").toString(),
            "--month",
            "2026-10");
    assertEquals(0, run.exitCode(), run.err());
    workbook = dir.resolve("out/month=2026-10/report.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
      sheets = new java.util.ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
    }
    Process p =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                workbook.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
    Path pdf = dir.resolve("report.pdf");
    Path images = Path.of("target/workbook-pages");
    Files.createDirectories(images);
    Files.copy(
        pdf, images.resolve("report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        workbook, images.resolve("report.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper text = new PDFTextStripper();
      text.setSortByPosition(true);
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        String first = text.getText(doc).strip().lines().findFirst().orElse("").strip();
        pagesPerSheet.merge(first, 1, Integer::sum);
        BufferedImage image = renderer.renderImageWithDPI(page - 1, 60);
        ImageIO.write(image, "png", images.resolve(String.format("page-%03d.png", page)).toFile());
      }
    }
  }

  @Test
  void everySheetPrintsAsAFewPagesWithItsNameAtTheTop() {
    assertEquals(sheets, List.copyOf(pagesPerSheet.keySet()), "each page names its sheet");
    pagesPerSheet.forEach(
        (sheet, pages) ->
            assertTrue(pages <= MAX_PAGES_PER_SHEET, sheet + " prints as " + pages + " pages"));
  }

  @Test
  void departmentsAreNamedNeverShownByTheirIds() throws IOException {
    List<String> ids =
        Files.readAllLines(Path.of("sample-data/departments.csv")).stream()
            .skip(1)
            .map(line -> line.split(",")[0])
            .toList();
    assertTrue(ids.contains("corp-legal"), "the sample's folded departments: " + ids);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (Sheets.TextCell t : Sheets.texts(wb)) {
        for (String id : ids) {
          assertFalse(
              java.util.regex.Pattern.compile(
                      "(?<![\\w-])" + java.util.regex.Pattern.quote(id) + "(?![\\w-])")
                  .matcher(t.text())
                  .find(),
              id + " in " + t);
        }
      }
    }
  }

  @Test
  void noCellAPersonReadsHoldsAnInternalCode() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
      List<Sheets.TextCell> texts = Sheets.texts(wb);
      assertTrue(texts.size() > 500, "the scan saw the workbook: " + texts.size());
      for (Sheets.TextCell t : texts) {
        assertEquals(Optional.empty(), InternalCodes.findIn(t.text()), t.toString());
        assertFalse(t.text().contains("avoid"), "no causal wording: " + t);
      }
      assertTrue(
          texts.stream()
              .anyMatch(t -> t.sheet().equals("Recommendations") && t.text().equals("Under way")),
          "the sample's docking-station change shows its action as under way");
    }
  }
}
