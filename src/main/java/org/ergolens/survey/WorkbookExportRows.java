package org.ergolens.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.Errors;
import org.ergolens.ingest.format.CellValue;
import org.ergolens.ingest.format.SheetRow;
import org.ergolens.ingest.format.XlsxSheetReader;

/**
 * An export workbook ({@code .xlsx}): its first sheet, streamed row by row with typed cells and the
 * sheet's row numbers ({@link XlsxSheetReader}). A workbook on a remote file system is copied to a
 * local temporary file first, deleted when closed.
 */
final class WorkbookExportRows implements ExportRows {
  private final XlsxSheetReader sheet;
  private final ExportHeader header;
  private final java.nio.file.Path copy;

  private WorkbookExportRows(XlsxSheetReader sheet, ExportHeader header, java.nio.file.Path copy) {
    this.sheet = sheet;
    this.header = header;
    this.copy = copy;
  }

  static WorkbookExportRows open(ExportFile file, int headerRows, Configuration conf) {
    java.nio.file.Path copy = null;
    try {
      Path path = new Path(file.path());
      java.nio.file.Path local;
      if (path.getFileSystem(conf) instanceof LocalFileSystem lfs) {
        local = lfs.pathToFile(path).toPath();
      } else {
        copy = Files.createTempFile("ergolens-export", ".xlsx");
        try (InputStream in = path.getFileSystem(conf).open(path)) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        local = copy;
      }
      XlsxSheetReader sheet = XlsxSheetReader.open(local, Optional.empty());
      List<List<String>> rows = new ArrayList<>();
      while (rows.size() < headerRows) {
        Optional<SheetRow> r = sheet.next();
        if (r.isEmpty()) {
          sheet.close();
          throw Errors.unreadable(
              file.path(),
              "the sheet '"
                  + sheet.sheetName()
                  + "' ends in its header: the profile expects "
                  + headerRows
                  + (headerRows == 1 ? " header row." : " header rows."));
        }
        List<String> cells = new ArrayList<>();
        for (CellValue v : r.get().cells()) {
          cells.add(v.text() == null ? "" : v.text());
        }
        rows.add(cells);
      }
      return new WorkbookExportRows(sheet, new ExportHeader(file.path(), rows), copy);
    } catch (IOException e) {
      delete(copy);
      throw Errors.unreadable(file.path(), e.getMessage());
    } catch (RuntimeException e) {
      delete(copy);
      throw e;
    }
  }

  @Override
  public ExportHeader header() {
    return header;
  }

  @Override
  public Optional<Record> next() throws IOException {
    Optional<SheetRow> r = sheet.next();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    List<Cell> cells = new ArrayList<>(r.get().cells().size());
    for (CellValue v : r.get().cells()) {
      cells.add(cell(v));
    }
    return Optional.of(new Record(r.get().rowNumber(), cells, null));
  }

  static Cell cell(CellValue v) {
    if (v instanceof CellValue.Number n) {
      return Cell.number(n.value());
    }
    if (v instanceof CellValue.DateTime t) {
      return Cell.dateTime(t.value());
    }
    if (v instanceof CellValue.Date d) {
      return Cell.date(d.value());
    }
    if (v instanceof CellValue.Bool b) {
      return Cell.bool(b.value());
    }
    return Cell.text(v.text());
  }

  @Override
  public void close() throws IOException {
    try {
      sheet.close();
    } finally {
      delete(copy);
    }
  }

  private static void delete(java.nio.file.Path copy) {
    if (copy != null) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException ignored) {
        // a temporary copy in the temp directory; nothing else depends on it
      }
    }
  }
}
