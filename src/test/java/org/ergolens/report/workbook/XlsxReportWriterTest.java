package org.ergolens.report.workbook;

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
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.config.JobConfig;
import org.ergolens.dataset.CsvFields;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.Table;
import org.ergolens.report.Tables;
import org.ergolens.testing.InternalCodes;
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
              "monitor_position",
              "laptop_only;below_eye_level",
              0.4,
              2.5,
              "evidence",
              "ergonomist",
              "wrists_hands",
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

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @Test
  void sheetsComeInReadingOrderWithValidUniqueUnitNames() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(
          List.of("Summary", "Recommendations", "Heatmap", "Trends", "Follow-up"),
          sheets.subList(0, 5));
      assertEquals("Methods & definitions", sheets.get(sheets.size() - 1));
      assertEquals(6 + HOSTILE.size(), sheets.size());
      Set<String> seen = new HashSet<>();
      for (String name : sheets) {
        WorkbookUtil.validateSheetName(name);
        assertTrue(name.length() <= 31 && !name.startsWith("'") && !name.endsWith("'"), name);
        assertTrue(seen.add(name.toUpperCase(Locale.ROOT)), "unique ignoring case: " + name);
      }
      List<String> units = sheets.subList(5, sheets.size() - 1);
      assertEquals("+name of a_b_c___d_", units.get(1), "the unit's name, made valid");
      assertEquals("+name of Summary", units.get(2));
      String long1 = units.get(5);
      String long2 = units.get(6);
      assertEquals(31, long1.length(), long1);
      assertEquals("+name of " + "x".repeat(22), long1, "cut to Excel's 31 characters");
      assertEquals("+name of " + "x".repeat(20) + "~2", long2, "a clash gets a number");
    }
  }

  @Test
  void aUnitNamedLikeASheetOfTheWorkbookGetsItsOwnName() throws IOException {
    MonthlyReport base = report();
    List<PublishedSummary> units = List.of(unit("summary", 10L), unit("heatmap", 10L));
    List<PublishedSummary> renamed = new ArrayList<>();
    for (PublishedSummary u : units) {
      renamed.add(
          PublishedRows.summary(u.department(), 10L)
              .name(u.department().equals("summary") ? "Summary" : "HEATMAP")
              .build());
    }
    MonthlyReport report =
        new MonthlyReport(
            base.month(),
            base.config(),
            List.of(),
            Map.of(),
            base.factors(),
            PublishedRows.month(unit(null, 100L), renamed, List.of(), true),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    try (XSSFWorkbook wb = open(write(report))) {
      assertEquals("Summary~2", wb.getSheetName(5));
      assertEquals("HEATMAP~2", wb.getSheetName(6));
      assertEquals("Summary", wb.getSheetName(0));
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    int formulaLike = 0;
    try (XSSFWorkbook wb = open(write(report()))) {
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
          "+name of " + HOSTILE.get(0),
          wb.getSheetAt(5).getRow(0).getCell(0).getStringCellValue(),
          "the unit's own text, with no apostrophe added");
    }
    assertTrue(formulaLike > 3 * HOSTILE.size(), "the test saw formula-like texts: " + formulaLike);
  }

  @Test
  void aWithheldNumberShowsWithheldAndTheOrganisationStandsBesideTheUnit() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      Map<String, Row> withheld = Sheets.block(wb.getSheetAt(5), "At a glance");
      assertEquals("withheld", Sheets.text(withheld.get("People who answered").getCell(1)));
      assertEquals(100.0, withheld.get("People who answered").getCell(2).getNumericCellValue());
      Map<String, Row> regions = Sheets.block(wb.getSheetAt(5), "Body region");
      assertEquals("withheld", Sheets.text(regions.get("Neck").getCell(1)));
      assertEquals("withheld", Sheets.text(regions.get("Neck").getCell(2)));
      Map<String, Row> exposures = Sheets.block(wb.getSheetAt(6), "Workstation or habit");
      Row none = exposures.get("No lumbar support");
      assertEquals(0.4, none.getCell(1).getNumericCellValue(), 1e-15);
      assertEquals("0.0%", none.getCell(1).getCellStyle().getDataFormatString());
      assertEquals(0.4, none.getCell(2).getNumericCellValue(), 1e-15, "the organisation's");
      assertEquals(
          "Some figures are withheld because the group is smaller than the minimum group size.",
          wb.getSheetAt(5)
              .getRow(wb.getSheetAt(5).getLastRowNum())
              .getCell(0)
              .getStringCellValue());
    }
  }

  @Test
  void actionsReadInWordsWithTheSameRoundingAsTheText() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      Map<String, Row> actions = Sheets.block(wb.getSheetAt(6), "Action");
      Row action = actions.get("=title");
      assertEquals(0.4, action.getCell(1).getNumericCellValue());
      assertEquals("0.0%", action.getCell(1).getCellStyle().getDataFormatString());
      assertEquals(2.5, action.getCell(2).getNumericCellValue(), "exact value kept");
      assertEquals("#,##0", action.getCell(2).getCellStyle().getDataFormatString());
      assertEquals(
          "about 3", org.ergolens.text.Numbers.cases(2.5), "the text rounds as the cell shows");
      assertEquals("Wrists and hands", Sheets.text(action.getCell(3)));
      assertEquals("Screen: laptop only or below eye level", Sheets.text(action.getCell(4)));
      assertEquals("Ergonomist", Sheets.text(action.getCell(5)));
    }
  }

  @Test
  void noInternalCodeInAnyCellAPersonReads() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      List<Sheets.TextCell> texts = Sheets.texts(wb);
      assertTrue(texts.size() > 200, "the scan saw the workbook: " + texts.size());
      for (Sheets.TextCell t : texts) {
        assertEquals(java.util.Optional.empty(), InternalCodes.findIn(t.text()), t.toString());
      }
    }
    assertTrue(InternalCodes.findIn("The share at laptop_only fell").isPresent());
    assertTrue(InternalCodes.findIn("Sitting: 6_to_8h;8h_plus").isPresent());
    assertFalse(InternalCodes.findIn("Neck, lower back, no lumbar support").isPresent());
  }

  @Test
  void everySheetHasFrozenHeadingsAndPrintsLandscapeToTheWidthOfAPage() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      for (Sheet sheet : wb) {
        String name = sheet.getSheetName();
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(
            pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() > 0, name);
        PrintSetup ps = sheet.getPrintSetup();
        assertTrue(ps.getLandscape(), name);
        assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), name);
        assertTrue(sheet.getFitToPage(), name);
        assertEquals(1, ps.getFitWidth(), name);
        assertEquals(0, ps.getFitHeight(), name + ": as many pages down as needed");
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertEquals(0, repeated.getFirstRow(), name);
        assertEquals(pane.getHorizontalSplitPosition() - 1, repeated.getLastRow(), name);
        assertEquals("&A", sheet.getHeader().getLeft(), name + ": pages name their sheet");
        assertTrue(sheet.getColumnWidth(0) >= 26 * 256, name);
      }
    }
  }

  @Test
  void everyFontIsArialNotTheThemeFontSoTextWrapsAlikeInExcelAndLibreOffice() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      for (int i = 0; i < wb.getNumberOfFonts(); i++) {
        XSSFFont font = wb.getFontAt(i);
        assertEquals("Arial", font.getFontName());
        assertEquals(FontScheme.NONE, font.getScheme(), "font " + i);
      }
    }
  }

  @Test
  void wrappedTextRowsAreTallEnoughForTheirText() throws IOException {
    int checked = 0;
    try (XSSFWorkbook wb = open(write(report()))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
              continue;
            }
            double chars = widthInCharacters(sheet, cell);
            int points = cell.getCellStyle().getFontIndex() == 0 ? 11 : fontPoints(wb, cell);
            // At least the lines its characters fill at Calibri's 1.2 per unit of width.
            long lines =
                (long)
                    Math.ceil(cell.getStringCellValue().length() * points / 11.0 / (chars * 1.2));
            assertTrue(
                row.getHeightInPoints() >= lines * 12.0,
                sheet.getSheetName()
                    + "!"
                    + cell.getAddress()
                    + " needs "
                    + lines
                    + " lines: "
                    + row.getHeightInPoints()
                    + " pt");
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 100, "wrapped cells checked: " + checked);
  }

  static int fontPoints(XSSFWorkbook wb, Cell cell) {
    return wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
  }

  /** A cell's width in characters, over its merged region when it has one. */
  static double widthInCharacters(Sheet sheet, Cell cell) {
    int first = cell.getColumnIndex();
    int last = first;
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      if (merged.isInRange(cell)) {
        first = merged.getFirstColumn();
        last = merged.getLastColumn();
      }
    }
    double width = 0;
    for (int c = first; c <= last; c++) {
      width += sheet.getColumnWidth(c) / 256.0;
    }
    return width;
  }

  @Test
  void theRecommendationsSheetFiltersEveryUnitsActions() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      XSSFSheet sheet = wb.getSheet("Recommendations");
      CellRangeAddress filter =
          CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(1, filter.getFirstRow(), "from the header row");
      assertEquals("Reporting unit", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals(1 + HOSTILE.size() + 1, filter.getLastRow(), "to the last action");
      assertEquals(0, filter.getFirstColumn());
      assertEquals(sheet.getRow(1).getLastCellNum() - 1, filter.getLastColumn());
      assertEquals(XlsxReportWriter.ORGANISATION, sheet.getRow(2).getCell(0).getStringCellValue());
    }
  }

  @Test
  void theHeatmapColoursItsPublishedValuesAndMarksWithheldOnes() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      XSSFSheet sheet = wb.getSheet("Heatmap");
      SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
      assertEquals(10, cf.getNumConditionalFormattings(), "one scale per body region");
      for (int i = 0; i < 10; i++) {
        ConditionalFormatting scale = cf.getConditionalFormattingAt(i);
        assertEquals(3, scale.getRule(0).getColorScaleFormatting().getNumControlPoints());
        CellRangeAddress range = scale.getFormattingRanges()[0];
        assertEquals(2, range.getFirstRow(), "from the organisation's row");
        assertEquals(2 + HOSTILE.size(), range.getLastRow(), "to the last unit's");
        assertEquals(2 + i, range.getFirstColumn());
        assertEquals(2 + i, range.getLastColumn());
      }
      assertEquals(XlsxReportWriter.ORGANISATION, sheet.getRow(2).getCell(0).getStringCellValue());
      assertEquals("Neck", sheet.getRow(1).getCell(2).getStringCellValue());
      assertEquals("withheld", sheet.getRow(3).getCell(2).getStringCellValue());
      assertEquals(0.3, sheet.getRow(4).getCell(2).getNumericCellValue(), 1e-15);
    }
  }

  @Test
  void theSummaryLinksToEverySheet() throws IOException {
    try (XSSFWorkbook wb = open(write(report()))) {
      Set<String> linked = new HashSet<>();
      for (Row row : wb.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getHyperlink() != null) {
            String address = cell.getHyperlink().getAddress();
            CellReference target = new CellReference(address);
            assertTrue(wb.getSheet(target.getSheetName()) != null, address);
            assertEquals(target.getSheetName(), cell.getStringCellValue());
            linked.add(target.getSheetName());
          }
        }
      }
      Set<String> all = new HashSet<>();
      wb.forEach(s -> all.add(s.getSheetName()));
      all.remove("Summary");
      assertEquals(all, linked);
    }
  }

  @Test
  void everyUnitsRiskLevelIsOnTheSummaryAndItsSheetWithItsReasons() throws IOException {
    MonthlyReport report = report();
    try (XSSFWorkbook wb = open(write(report))) {
      // The summary lists the unit sheets in department_summary's order, with a level each.
      List<Row> unitRows = new ArrayList<>();
      for (Row row : wb.getSheetAt(0)) {
        Cell link = row.getCell(0);
        if (link != null
            && link.getHyperlink() != null
            && row.getCell(2) != null
            && !Sheets.text(row.getCell(2)).isEmpty()) {
          unitRows.add(row);
        }
      }
      List<org.ergolens.report.UnitSummary> units = report.unitSummaries();
      assertEquals(units.size(), unitRows.size());
      int assessed = 0;
      for (int i = 0; i < units.size(); i++) {
        org.ergolens.report.UnitSummary u = units.get(i);
        String level = org.ergolens.report.RiskText.level(u.risk());
        assertEquals(level, Sheets.text(unitRows.get(i).getCell(2)), u.published().department());
        String line = "Risk level: " + level;
        String why = org.ergolens.report.RiskText.reasons(u.risk());
        String sheet = unitRows.get(i).getCell(0).getStringCellValue();
        boolean found = false;
        for (Row row : wb.getSheet(sheet)) {
          Cell c = row.getCell(0);
          if (c != null && Sheets.text(c).startsWith(line)) {
            assertEquals(why.isEmpty() ? line + "." : line + ", as " + why + ".", Sheets.text(c));
            found = true;
          }
        }
        assertTrue(found, sheet + " says its risk level");
        assessed += u.risk().isPresent() ? 1 : 0;
      }
      assertTrue(assessed > 0 && assessed < units.size(), "assessed and withheld units");
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
