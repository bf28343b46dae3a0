package org.ergolens.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200,000-row survey sheet streams through a JVM with a 1 GB heap. */
class LargeWorkbookTest {
  private static final int ROWS = 200_000;
  @TempDir Path dir;

  @Test
  void twoHundredThousandRowsReadWithinOneGigabyteOfHeap() throws Exception {
    Path file = dir.resolve("workstation_survey.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      Sheet s = wb.createSheet("Survey");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Row header = s.createRow(0);
      List<String> names =
          List.of(
              "respondent_id",
              "response_date",
              "department",
              "sitting_hours_per_day",
              "monitor_position",
              "lumbar_support",
              "break_frequency",
              "exercise_days_per_week",
              "desk_type",
              "work_location",
              "screen_distance_cm",
              "comment");
      for (int i = 0; i < names.size(); i++) {
        header.createCell(i).setCellValue(names.get(i));
      }
      String[] monitors = {"at_eye_level", "below_eye_level", "laptop_only", "above_eye_level"};
      for (int r = 1; r <= ROWS; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("resp-" + r);
        row.createCell(1).setCellValue(46296 + r % 300);
        row.getCell(1).setCellStyle(date);
        row.createCell(2).setCellValue("dept-" + r % 40);
        row.createCell(3).setCellValue(2 + (r % 17) * 0.5);
        row.createCell(4).setCellValue(monitors[r % 4]);
        row.createCell(5).setCellValue(r % 3 == 0 ? "no" : "yes");
        row.createCell(6).setCellValue("hourly");
        row.createCell(7).setCellValue(r % 8);
        row.createCell(8).setCellValue(r % 2 == 0 ? "fixed" : "sit_stand");
        row.createCell(9).setCellValue("office");
        row.createCell(10).setCellValue(40 + r % 60);
        row.createCell(11).setCellValue("free text answer number " + r);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
    Process p =
        new ProcessBuilder(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                SheetRowCount.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the child finished");
    String log = Files.readString(dir.resolve("child.log"));
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("rows=" + (ROWS + 1) + " cells=" + (ROWS + 1) * 12L + " "), log);
  }
}
