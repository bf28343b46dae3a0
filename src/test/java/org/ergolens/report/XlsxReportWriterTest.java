package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.config.JobConfig;
import org.ergolens.dataset.CsvFields;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.testing.Sheets;
import org.junit.jupiter.api.Test;

/** The workbook on hand-built tables with hostile department ids and texts. */
class XlsxReportWriterTest {
  static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://evil\",\"x\")",
          "a/b:c*?[d]",
          "Summary",
          "history",
          "'quoted'",
          "x".repeat(40),
          "x".repeat(40) + "y",
          "@SUM(1)",
          "ctl\u0001char");

  static PublishedSummary unit(String id, Long respondents) {
    Long six = respondents == null ? null : 6L;
    Long four = respondents == null ? null : 4L;
    return PublishedRows.summary(id, respondents)
        .name("+name of " + id)
        .everyOutcome(respondents == null ? null : 3L)
        .levels(Factor.LUMBAR_SUPPORT, six, four)
        .known(Factor.LUMBAR_SUPPORT, 10L)
        .redFlags(respondents == null ? null : 2L)
        .rolledUp("-folded")
        .build();
  }

  static MonthlyReport report() {
    List<PublishedSummary> units = new ArrayList<>();
    List<Recommendation> recs = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String id = HOSTILE.get(i);
      units.add(unit(id, i == 0 ? null : 10L));
      recs.add(
          new Recommendation(
              id,
              1,
              "lumbar-support",
              "=title",
              "-40% of respondents here",
              "lumbar_support",
              "no",
              0.4,
              2.5,
              "evidence",
              "hr",
              "lower_back",
              "text",
              List.of("-folded")));
    }
    recs.add(
        new Recommendation(
            null,
            1,
            "lumbar-support",
            "Title",
            "+rationale",
            "lumbar_support",
            "no",
            0.4,
            25.0,
            "evidence",
            "hr",
            "lower_back",
            "text",
            List.of()));
    return new MonthlyReport(
        "2026-10",
        JobConfig.defaults(),
        List.of(),
        Map.of(),
        List.of("lumbar_support"),
        PublishedRows.month(unit(null, 100L), units, List.of(), true),
        recs,
        List.of("=note"),
        List.of(),
        List.of());
  }

  static byte[] write(MonthlyReport report) throws IOException {
    List<Table> tables =
        List.of(
            Tables.departmentSummary(report.unitSummaries()),
            Tables.recommendations(report.recommendations()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxReportWriter.write(report, tables, out);
    return out.toByteArray();
  }

  @Test
  void opensWithValidUniqueSheetNamesSummaryFirst() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(report())))) {
      assertEquals(1 + HOSTILE.size(), wb.getNumberOfSheets());
      assertEquals("Summary", wb.getSheetName(0));
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        String name = wb.getSheetName(i);
        WorkbookUtil.validateSheetName(name);
        assertTrue(name.length() <= 31 && !name.startsWith("'") && !name.endsWith("'"), name);
        assertTrue(seen.add(name.toUpperCase(Locale.ROOT)), "unique ignoring case: " + name);
      }
      assertNotEquals("Summary", wb.getSheetName(3), "a unit called Summary gets its own name");
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    int formulaLike = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(report())))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName());
            if (cell.getCellType() == CellType.STRING
                && CsvFields.looksLikeFormula(cell.getStringCellValue())) {
              assertTrue(
                  cell.getCellStyle().getQuotePrefixed(),
                  "marked as literal text: " + cell.getStringCellValue());
              formulaLike++;
            }
          }
        }
      }
      assertEquals(
          "+name of " + HOSTILE.get(0) + " (" + HOSTILE.get(0) + ")",
          wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue(),
          "the unit's own text, with no apostrophe added");
    }
    assertTrue(formulaLike > 3 * HOSTILE.size(), "the test saw formula-like texts: " + formulaLike);
  }

  @Test
  void aWithheldNumberShowsWithheld() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(report())))) {
      Sheet withheld = wb.getSheetAt(1);
      Map<String, Cell> values = Sheets.measures(withheld, "This unit's numbers");
      assertEquals(SheetCursor.WITHHELD, values.get("respondents").getStringCellValue());
      assertEquals(SheetCursor.WITHHELD, values.get("cases_neck").getStringCellValue());
      assertEquals(
          SheetCursor.WITHHELD, values.get("share_lumbar_support_no").getStringCellValue());
      Map<String, Cell> published = Sheets.measures(wb.getSheetAt(2), "This unit's numbers");
      assertEquals(10.0, published.get("respondents").getNumericCellValue());
      assertEquals(0.4, published.get("share_lumbar_support_no").getNumericCellValue(), 1e-15);
    }
  }

  @Test
  void theFileHoldsNoTimestampsSoTheSameReportGivesTheSameBytes() throws IOException {
    byte[] bytes = write(report());
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
        if (e.getName().equals("docProps/core.xml")) {
          String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          assertFalse(core.contains("created"), core);
        }
      }
    }
    assertArrayEquals(bytes, write(report()));
  }
}
