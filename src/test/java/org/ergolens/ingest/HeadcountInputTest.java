package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.model.Headcounts;
import org.ergolens.testing.Files2;
import org.ergolens.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional {@code headcount} dataset: every reason code with its column, the month rules, and
 * the same rows read from a {@code ;}-separated CSV and from a workbook.
 */
class HeadcountInputTest {
  @TempDir Path dir;

  private Path input(String name, boolean withTree) {
    Path in = dir.resolve(name);
    Files2.write(
        in.resolve("workstation_survey.csv"), SURVEY_HEADER + "\n" + surveys("f", "fin", 6));
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("r1", "f1", "2026-10-02", "neck") + "\n");
    if (withTree) {
      Files2.write(
          in.resolve("departments.csv"),
          TestInputs.DEPARTMENT_HEADER + "\nfin,Finance,\nops,Operations,\nhr,People,\n");
    }
    return in;
  }

  /** Reason and column (or "ok") per line. */
  private static Map<Long, String> reasons(IngestedDataset d) {
    Map<Long, String> out = new TreeMap<>();
    for (org.apache.spark.sql.Row r :
        d.rows()
            .select(col(Columns.POSITION), col(Columns.REASON), col(Columns.REASON_COLUMN))
            .collectAsList()) {
      out.put(r.getLong(0), r.isNullAt(1) ? "ok" : r.getString(1) + ":" + r.getString(2));
    }
    return out;
  }

  @Test
  void everyReasonCodeNamesItsColumn() {
    Path in = input("reasons", true);
    Files2.write(
        in.resolve("headcount.csv"),
        String.join(
            "\n",
            "Department,Headcount,Month",
            "fin,12,", // 2 ok, every month
            "fin,14,2026-10", // 3 ok, October
            ",10,", // 4 missing department
            "ops,,", // 5 missing headcount
            "ops,twelve,", // 6 bad number
            "ops,-1,", // 7 out of range
            "ops,12,2026-13", // 8 bad month
            "ops,12,October", // 9 bad month
            "nowhere,12,", // 10 not in the tree
            "fin,15,2026-10", // 11 a second October row
            "fin,16,", // 12 a second undated row
            "ops,0,2026-09", // 13 ok: September, not used for October
            " hr ,7, 2026-10 ", // 14 department ids are taken as given: " hr " is unknown
            ""));
    Map<DatasetSpec, IngestedDataset> data =
        ReadingHelp.read(in.toString(), ReadOptions.defaults());
    IngestedDataset headcount = data.get(DatasetSpec.HEADCOUNT);
    Map<Long, String> expected = new TreeMap<>();
    expected.put(2L, "ok");
    expected.put(3L, "ok");
    expected.put(4L, "missing_required:department");
    expected.put(5L, "missing_required:headcount");
    expected.put(6L, "bad_number:headcount");
    expected.put(7L, "out_of_range:headcount");
    expected.put(8L, "bad_date:month");
    expected.put(9L, "bad_date:month");
    expected.put(10L, "unknown_department:department");
    expected.put(11L, "duplicate_headcount:department");
    expected.put(12L, "duplicate_headcount:department");
    expected.put(13L, "ok");
    expected.put(14L, "unknown_department:department");
    assertEquals(expected, reasons(headcount));

    RowCounts counts = RowCounts.of(data);
    DatasetCounts c = counts.datasets().get(DatasetSpec.HEADCOUNT);
    assertEquals(13, c.rowsRead());
    assertEquals(3, c.rowsAccepted());
    assertEquals(10, c.rowsRejected());
    assertEquals(3, headcount.accepted().count(), "the cached rows carry the same marks");

    Headcounts h = HeadcountReader.read(headcount);
    assertEquals(Map.of("fin", 14L), h.in(YearMonth.of(2026, 10)), "October's own row wins");
    assertEquals(
        Map.of("fin", 12L, "ops", 0L), h.in(YearMonth.of(2026, 9)), "undated rows fill in");
    assertEquals(Map.of("fin", 12L), h.in(YearMonth.of(2026, 8)), "other months' rows unused");
  }

  @Test
  void withoutATreeAnyDepartmentIsAcceptedAndTheFirstDuplicateWins() {
    Path in = input("no-tree", false);
    Files2.write(in.resolve("headcount.csv"), "department,headcount\nnowhere,3\nfin,20\nfin,21\n");
    IngestedDataset headcount =
        ReadingHelp.read(in.toString(), ReadOptions.defaults()).get(DatasetSpec.HEADCOUNT);
    assertEquals(
        Map.of(2L, "ok", 3L, "ok", 4L, "duplicate_headcount:department"), reasons(headcount));
    assertEquals(
        Map.of("nowhere", 3L, "fin", 20L),
        HeadcountReader.read(headcount).in(YearMonth.of(2026, 10)));
  }

  @Test
  void semicolonCsvAndWorkbookGiveTheSameHeadcounts() throws Exception {
    Path csv = input("semicolon", true);
    Files2.write(
        csv.resolve("headcount.csv"),
        "department;headcount;month\r\nfin;14;2026-10\r\nops;30;\r\nhr;7;2026-10\r\n");
    Path xlsx = input("workbook", true);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Headcount");
      CellStyle monthStyle = wb.createCellStyle();
      monthStyle.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
      Row header = s.createRow(0);
      header.createCell(0).setCellValue("department");
      header.createCell(1).setCellValue("headcount");
      header.createCell(2).setCellValue("month");
      Row fin = s.createRow(1);
      fin.createCell(0).setCellValue("fin");
      fin.createCell(1).setCellValue(14.0);
      // What Excel stores when "2026-10" is typed into a cell: the first of the month, as a date.
      fin.createCell(2).setCellValue(LocalDate.of(2026, 10, 1));
      fin.getCell(2).setCellStyle(monthStyle);
      Row ops = s.createRow(2);
      ops.createCell(0).setCellValue("ops");
      ops.createCell(1).setCellValue(30.0);
      Row hr = s.createRow(3);
      hr.createCell(0).setCellValue("hr");
      hr.createCell(1).setCellValue(7.0);
      hr.createCell(2).setCellValue("2026-10");
      Row mid = s.createRow(4);
      mid.createCell(0).setCellValue("hr");
      mid.createCell(1).setCellValue(8.0);
      mid.createCell(2).setCellValue(LocalDate.of(2026, 11, 15));
      mid.getCell(2).setCellStyle(monthStyle);
      try (OutputStream out = Files.newOutputStream(xlsx.resolve("headcount.xlsx"))) {
        wb.write(out);
      }
    }
    IngestedDataset fromCsv =
        ReadingHelp.read(csv.toString(), ReadOptions.defaults()).get(DatasetSpec.HEADCOUNT);
    IngestedDataset fromXlsx =
        ReadingHelp.read(xlsx.toString(), ReadOptions.defaults()).get(DatasetSpec.HEADCOUNT);
    Map<String, Long> expected = Map.of("fin", 14L, "ops", 30L, "hr", 7L);
    YearMonth october = YearMonth.of(2026, 10);
    assertEquals(expected, HeadcountReader.read(fromCsv).in(october));
    assertEquals(expected, HeadcountReader.read(fromXlsx).in(october));
    assertEquals("bad_date:month", reasons(fromXlsx).get(5L), "a date mid-month is no month");
  }

  @Test
  void anAbsentDatasetMeansParticipationIsNotKnown() {
    Path in = input("absent", true);
    Map<DatasetSpec, IngestedDataset> data =
        ReadingHelp.read(in.toString(), ReadOptions.defaults());
    assertFalse(data.containsKey(DatasetSpec.HEADCOUNT));
    Headcounts h = HeadcountReader.read(data.get(DatasetSpec.HEADCOUNT));
    assertFalse(h.given());
    assertTrue(h.in(YearMonth.of(2026, 10)).isEmpty());
  }
}
