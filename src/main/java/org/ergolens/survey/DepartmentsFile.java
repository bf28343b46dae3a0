package org.ergolens.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.format.CsvOptions;
import org.ergolens.ingest.format.CsvRecord;
import org.ergolens.ingest.format.CsvRecordParser;
import org.ergolens.ingest.format.DecodedText;
import org.ergolens.ingest.format.DelimiterDetector;
import org.ergolens.ingest.format.MalformedTextException;

/**
 * The organisation's departments ({@code departments.csv}: {@code department}, {@code name},
 * optionally {@code parent}), read with the same CSV readers as the exports. The import looks the
 * answers' display names up in it, and gives it to the job as the {@code departments} dataset. It
 * is small reference data, so a record that cannot be read stops the import with its line.
 *
 * @param file where it was read
 * @param rows {@code department, name, parent} per department, in file order (parent null when the
 *     file has no such column)
 */
public record DepartmentsFile(String file, List<String[]> rows) {
  public DepartmentsFile {
    rows = List.copyOf(rows);
  }

  /** The display name → id table. */
  public DepartmentNames names() {
    DepartmentNames names = new DepartmentNames(file);
    rows.forEach(r -> names.add(r[0], r[1]));
    return names;
  }

  /** Reads the file. */
  public static DepartmentsFile read(String file, Configuration conf) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(conf).open(path);
        BufferedReader text =
            new BufferedReader(DecodedText.open(in).reader(), CsvExportRows.PEEK_CHARS)) {
      text.mark(CsvExportRows.PEEK_CHARS);
      char[] buffer = new char[64 * 1024];
      int n = Math.max(0, text.read(buffer));
      text.reset();
      DelimiterDetector.Detection d =
          DelimiterDetector.detect(
              new String(buffer, 0, n), List.of(Columns.DEPARTMENT, Columns.NAME));
      if (d.fitting().isEmpty()) {
        throw Errors.unreadable(
            file,
            "the departments' header needs the columns department and name (the display names the"
                + " survey's answers use); it has "
                + d.widest().describe()
                + ".");
      }
      try (CsvRecordParser parser =
          new CsvRecordParser(text, CsvOptions.of(d.fitting().get(0).delimiter()))) {
        CsvRecord header = parser.next().orElseThrow();
        List<String> names = header.fields().stream().map(DelimiterDetector::normalize).toList();
        int id = names.indexOf(Columns.DEPARTMENT);
        int name = names.indexOf(Columns.NAME);
        int parent = names.indexOf(Columns.PARENT);
        parser.expectFields(names.size());
        List<String[]> rows = new ArrayList<>();
        for (Optional<CsvRecord> r = parser.next(); r.isPresent(); r = parser.next()) {
          if (r.get().isMalformed()) {
            throw Errors.unreadable(
                file, "line " + r.get().line() + ": " + r.get().malformed() + ".");
          }
          List<String> f = r.get().fields();
          rows.add(
              new String[] {
                f.get(id).strip(), f.get(name), parent < 0 ? null : f.get(parent).strip()
              });
        }
        return new DepartmentsFile(file, rows);
      }
    } catch (MalformedTextException e) {
      throw Errors.unreadable(file, "the file is " + e.getMessage() + "; save it as UTF-8.");
    } catch (java.io.FileNotFoundException e) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_INPUT, "Cannot import: no departments file " + file + ".");
    } catch (IOException e) {
      throw Errors.unreadable(file, e.getMessage());
    }
  }
}
