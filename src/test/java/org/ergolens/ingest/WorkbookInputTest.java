package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel workbooks as input: typed cells checked as the same text in a CSV would be, rejects at the
 * sheet's row numbers; a workbook written by POI and one LibreOffice made from a CSV.
 */
class WorkbookInputTest {
  @TempDir Path dir;

  private Path reports(Path in) {
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("d1", "w1", "2026-10-02", "neck") + "\n");
    return in;
  }

  /** A survey sheet with typed cells, on the second sheet "Survey" after a cover sheet. */
  private Path poiWorkbook(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Cover").createRow(0).createCell(0).setCellValue("Exported from HR");
      Sheet s = wb.createSheet("Survey");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
      Row header = s.createRow(0);
      String[] names = (SURVEY_HEADER + ",Comment").split(",");
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Object[][] rows = {
        {"w1", LocalDate.of(2026, 10, 1), 7.5, 3.0, "two\nlines, with a comma"},
        {"w2", LocalDate.of(2026, 10, 1), 8.0, 7.5, ""},
        {"w3", "2026-10-01", "7,5", 2.0, ""},
        {"w4", "01.10.2026", 5.0, 1.0, ""},
        {12345.0, LocalDate.of(2026, 10, 3), 25.0, 0.0, ""},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r + 1);
        Object[] v = rows[r];
        if (v[0] instanceof String id) {
          row.createCell(0).setCellValue(id);
        } else {
          row.createCell(0).setCellValue((Double) v[0]);
        }
        if (v[1] instanceof LocalDate d) {
          row.createCell(1).setCellValue(d);
          row.getCell(1).setCellStyle(date);
        } else {
          row.createCell(1).setCellValue((String) v[1]);
        }
        row.createCell(2).setCellValue("fin");
        if (v[2] instanceof Double h) {
          row.createCell(3).setCellValue(h);
        } else {
          row.createCell(3).setCellValue((String) v[2]);
        }
        row.createCell(4).setCellValue("at_eye_level");
        row.createCell(5).setCellValue("yes");
        row.createCell(6).setCellValue("hourly");
        row.createCell(7).setCellValue((Double) v[3]);
        row.createCell(11).setCellValue((String) v[4]);
      }
      s.createRow(40); // trailing empty rows
      s.createRow(41).createCell(3).setCellStyle(date);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  /** Reason (or "ok") per sheet row. */
  private static Map<Long, String> reasons(IngestedDataset d) {
    Map<Long, String> out = new HashMap<>();
    for (org.apache.spark.sql.Row r :
        d.rows()
            .select(col(Columns.POSITION), col(Columns.REASON), col(Columns.REASON_COLUMN))
            .collectAsList()) {
      out.put(r.getLong(0), r.isNullAt(1) ? "ok" : r.getString(1) + ":" + r.getString(2));
    }
    return out;
  }

  @Test
  void typedCellsAreCheckedAsTheirTextAndRowsKeepTheSheetsNumbers() throws Exception {
    Path in = reports(dir.resolve("in"));
    poiWorkbook(in.resolve("workstation_survey.xlsx"));
    ReadOptions survey =
        new ReadOptions(Optional.empty(), Optional.empty(), 100, Optional.of("Survey"));
    Map<Long, String> reasons =
        reasons(ReadingHelp.read(in.toString(), survey).get(DatasetSpec.WORKSTATION_SURVEY));
    assertEquals(
        Map.of(
            2L, "ok",
            3L, "bad_number:exercise_days_per_week",
            4L, "bad_number:sitting_hours_per_day",
            5L, "bad_date:response_date",
            6L, "out_of_range:sitting_hours_per_day"),
        reasons,
        "a date cell is its ISO date, a whole number cell fits an integer column, 7.5 does not,"
            + " the text 7,5 is a bad number in a point-decimal workbook, a number id is its"
            + " digits");
  }

  @Test
  void theMonthlyRunWritesRejectsWithSheetRows() throws Exception {
    Path in = reports(dir.resolve("in"));
    poiWorkbook(in.resolve("workstation_survey.xlsx"));
    Path config =
        Files2.write(
            dir.resolve("c.json"), "{\"xlsx_sheet\": \"Survey\", \"max_reject_ratio\": 1}");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--config",
            config.toString(),
            "--month",
            "2026-10");
    assertEquals(0, run.exitCode(), run.err());
    List<Map<String, String>> rejects =
        Files2.readCsv(out.resolve("restricted/month=2026-10/rejects/rejects.csv"));
    Map<String, String> w2 =
        rejects.stream().filter(r -> r.get("row").equals("3")).findFirst().orElseThrow();
    assertEquals("", w2.get("line"));
    assertEquals("bad_number", w2.get("reason"));
    assertTrue(w2.get("record").startsWith("w2,2026-10-01,fin,8,"), w2.get("record"));
  }

  @Test
  void aWorkbookLibreOfficeMadeFromACsvReadsLikeTheCsv() throws Exception {
    Path csvDir = dir.resolve("csv");
    String csv =
        SURVEY_HEADER
            + "\n"
            + surveys("w", "fin", 8)
            + "x9,2026-02-30,fin,3,at_eye_level,yes,hourly,3,fixed,office,60\n";
    Path csvFile = Files2.write(csvDir.resolve("workstation_survey.csv"), csv);
    Process p =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to",
                "xlsx",
                "--outdir",
                dir.resolve("in").toString(),
                csvFile.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
    Path in = reports(dir.resolve("in"));
    assertTrue(
        Files.exists(in.resolve("workstation_survey.xlsx")),
        Files.readString(dir.resolve("soffice.log")));
    Map<Long, String> fromSheet =
        reasons(
            ReadingHelp.read(in.toString(), ReadOptions.defaults())
                .get(DatasetSpec.WORKSTATION_SURVEY));
    Files.delete(in.resolve("workstation_survey.xlsx"));
    Files.copy(csvFile, in.resolve("workstation_survey.csv"));
    Map<Long, String> fromCsv =
        reasons(
            ReadingHelp.read(in.toString(), ReadOptions.defaults())
                .get(DatasetSpec.WORKSTATION_SURVEY));
    assertEquals(fromCsv, fromSheet, "sheet rows are the CSV's lines");
    assertEquals(9, fromSheet.size());
    assertNull(fromSheet.get(1L), "the header is no row");
    assertTrue(fromSheet.get(10L).startsWith("bad_date"), fromSheet.toString());
  }
}
