package org.ergolens.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by POI, read back as typed cells with the sheet's row numbers. */
class XlsxSheetReaderTest {
  @TempDir Path dir;

  private static List<SheetRow> readAll(Path file, Optional<String> sheet) throws IOException {
    List<SheetRow> rows = new ArrayList<>();
    try (XlsxSheetReader r = XlsxSheetReader.open(file, sheet)) {
      for (Optional<SheetRow> row = r.next(); row.isPresent(); row = r.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  private Path typedWorkbook(boolean date1904) throws IOException {
    Path file = dir.resolve(date1904 ? "typed1904.xlsx" : "typed.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var pr = wb.getCTWorkbook().getWorkbookPr();
      (pr == null ? wb.getCTWorkbook().addNewWorkbookPr() : pr).setDate1904(date1904);
      Sheet first = wb.createSheet("Answers");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle dateTime = wb.createCellStyle();
      dateTime.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
      Row header = first.createRow(0);
      for (String h : List.of("id", "when", "hours", "flag", "at", "sum", "err")) {
        header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h);
      }
      Row r = first.createRow(1);
      r.createCell(0).setCellValue("a1");
      Cell when = r.createCell(1);
      when.setCellValue(LocalDate.of(2026, 10, 1));
      when.setCellStyle(date);
      r.createCell(2).setCellValue(7.5);
      r.createCell(3).setCellValue(true);
      Cell at = r.createCell(4);
      at.setCellValue(LocalDateTime.of(2026, 10, 1, 9, 30));
      at.setCellStyle(dateTime);
      r.createCell(5).setCellFormula("C2*2");
      r.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
      first.createRow(2); // an empty row in the middle
      Row third = first.createRow(3);
      third.createCell(0).setCellValue(3.0);
      third.createCell(3).setCellValue("text");
      first.createRow(4).createCell(0).setCellValue("");
      first.createRow(9).createCell(2).setCellStyle(date); // formatted, but empty
      wb.createSheet("Other").createRow(0).createCell(0).setCellValue("second sheet");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  @Test
  void typedCellsRowNumbersAndEmptyRows() throws IOException {
    List<SheetRow> rows = readAll(typedWorkbook(false), Optional.empty());
    assertEquals(List.of(1, 2, 4), rows.stream().map(SheetRow::rowNumber).toList());
    SheetRow r = rows.get(1);
    assertEquals(new CellValue.Text("a1"), r.cell(0));
    assertEquals(new CellValue.Date(LocalDate.of(2026, 10, 1)), r.cell(1));
    assertEquals("7.5", r.cell(2).text());
    assertEquals(new CellValue.Bool(true), r.cell(3));
    assertEquals(new CellValue.DateTime(LocalDateTime.of(2026, 10, 1, 9, 30)), r.cell(4));
    assertEquals("2026-10-01T09:30", r.cell(4).text());
    assertEquals("15", r.cell(5).text(), "a formula is its cached value");
    assertEquals(new CellValue.Error("#N/A"), r.cell(6));
    assertEquals("3", rows.get(2).cell(0).text(), "a whole number reads without a point");
    assertInstanceOf(CellValue.Blank.class, rows.get(2).cell(1));
    assertEquals("text", rows.get(2).cell(3).text());
    assertInstanceOf(CellValue.Blank.class, rows.get(2).cell(99));
  }

  @Test
  void the1904DateSystemGivesTheSameDates() throws IOException {
    SheetRow r = readAll(typedWorkbook(true), Optional.empty()).get(1);
    assertEquals(new CellValue.Date(LocalDate.of(2026, 10, 1)), r.cell(1));
  }

  @Test
  void aSheetIsChosenByName() throws IOException {
    Path file = typedWorkbook(false);
    assertEquals("second sheet", readAll(file, Optional.of("Other")).get(0).cell(0).text());
    WorkbookException e =
        assertThrows(WorkbookException.class, () -> readAll(file, Optional.of("Survey")));
    assertEquals(
        "the workbook has no sheet named 'Survey' (its sheets: 'Answers', 'Other'); set"
            + " xlsx_sheet to one of them.",
        e.getMessage());
  }

  @Test
  void numbersKeepTheirDecimalValue() {
    assertEquals("0.1", new CellValue.Number(new BigDecimal("0.1")).text());
    assertEquals("1200", new CellValue.Number(new BigDecimal("1.2E3")).text());
    assertEquals("0", new CellValue.Number(new BigDecimal("-0.0")).text());
  }

  @Test
  void oldEncryptedAndDamagedWorkbooksAreRefusedInOneLine() throws Exception {
    Path xls = dir.resolve("old.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      wb.createSheet("s").createRow(0).createCell(0).setCellValue("id");
      wb.write(out);
    }
    assertEquals(
        "it is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx).",
        assertThrows(WorkbookException.class, () -> readAll(xls, Optional.empty())).getMessage());

    Path encrypted = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(typedWorkbook(false).toFile());
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }
    assertEquals(
        "the workbook is protected with a password (encrypted); save a copy without a password.",
        assertThrows(WorkbookException.class, () -> readAll(encrypted, Optional.empty()))
            .getMessage());

    Path truncated = dir.resolve("cut.xlsx");
    byte[] good = Files.readAllBytes(typedWorkbook(false));
    Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 2));
    String message =
        assertThrows(WorkbookException.class, () -> readAll(truncated, Optional.empty()))
            .getMessage();
    assertEquals(1, message.lines().count(), message);
    assertEquals(true, message.startsWith("not a readable .xlsx workbook ("), message);

    Path text = Files.writeString(dir.resolve("text.xlsx"), "id,dept\n");
    assertEquals(
        "not an Excel workbook (.xlsx); the file is of an unknown kind.",
        assertThrows(WorkbookException.class, () -> readAll(text, Optional.empty())).getMessage());
  }
}
