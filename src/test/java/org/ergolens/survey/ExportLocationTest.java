package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.ergolens.ErgoLensException;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of an export directory are its parts, and where the departments are found. */
class ExportLocationTest {
  @TempDir Path dir;

  @Test
  void everyExportFileButTheDepartmentsIsAPartInNameOrder() {
    for (String f :
        new String[] {
          "2026-10.csv",
          "2026-09.xlsx",
          "2026-08.csv.gz",
          "~$2026-09.xlsx",
          ".2026-07.csv",
          "_SUCCESS",
          "notes.txt",
          "Departments.csv"
        }) {
      Files2.write(dir.resolve(f), "x");
    }
    ExportLocation location = ExportLocation.resolve(dir.toString(), null, new Configuration());
    assertEquals(
        java.util.List.of("2026-08.csv.gz", "2026-09.xlsx", "2026-10.csv"),
        location.files().stream().map(ExportFile::name).toList());
    assertEquals(
        java.util.List.of(ExportFile.Kind.CSV_GZ, ExportFile.Kind.XLSX, ExportFile.Kind.CSV),
        location.files().stream().map(ExportFile::kind).toList());
    assertEquals(
        "file:" + dir.resolve("Departments.csv"),
        location.departments(),
        "departments.csv beside the export, in any case");
  }

  @Test
  void anExcel97WorkbookOrAnEmptyFolderIsRefused() {
    Path xls = Files2.write(dir.resolve("responses.xls"), "x");
    ErgoLensException e =
        assertThrows(
            ErgoLensException.class,
            () -> ExportLocation.resolve(xls.toString(), null, new Configuration()));
    assertEquals(
        "Cannot import "
            + xls
            + ": not an export file; use an .xlsx workbook or a .csv or .csv.gz file (save an"
            + " Excel 97-2003 .xls as .xlsx).",
        e.getMessage());
    Path empty = dir.resolve("empty");
    Files2.write(empty.resolve("departments.csv"), "department,name\n");
    e =
        assertThrows(
            ErgoLensException.class,
            () -> ExportLocation.resolve(empty.toString(), null, new Configuration()));
    assertEquals(
        "Cannot import "
            + empty
            + ": the directory holds no export (.xlsx, .csv or .csv.gz besides departments.csv).",
        e.getMessage());
  }
}
