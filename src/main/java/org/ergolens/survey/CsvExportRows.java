package org.ergolens.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.ingest.format.CsvOptions;
import org.ergolens.ingest.format.CsvRecord;
import org.ergolens.ingest.format.CsvRecordParser;
import org.ergolens.ingest.format.DecodedText;
import org.ergolens.ingest.format.Delimiter;
import org.ergolens.ingest.format.DelimiterDetector;
import org.ergolens.ingest.format.MalformedTextException;

/**
 * An export in CSV: UTF-8 with or without a byte-order mark, or UTF-16 with one ({@link
 * DecodedText}); {@code ,}, {@code ;} or tab between fields, found as the one under which the
 * header holds the profile's completion-time column ({@link DelimiterDetector}); RFC 4180 records
 * that may span lines, each with the line it starts on ({@link CsvRecordParser}). After the header,
 * a record with another number of fields than the header is malformed.
 */
final class CsvExportRows implements ExportRows {
  /** Characters of the file's start in which the delimiter is looked for. */
  static final int PEEK_CHARS = 1 << 20;

  private final ExportFile file;
  private final CsvRecordParser parser;
  private final ExportHeader header;

  private CsvExportRows(ExportFile file, CsvRecordParser parser, ExportHeader header) {
    this.file = file;
    this.parser = parser;
    this.header = header;
  }

  static CsvExportRows open(ExportFile file, Profile profile, Configuration conf) {
    InputStream in = null;
    try {
      Path path = new Path(file.path());
      in = path.getFileSystem(conf).open(path);
      if (file.kind() == ExportFile.Kind.CSV_GZ) {
        in = new GZIPInputStream(in);
      }
      BufferedReader text = new BufferedReader(DecodedText.open(in).reader(), PEEK_CHARS);
      Delimiter delimiter = delimiter(text, profile);
      CsvRecordParser parser = new CsvRecordParser(text, CsvOptions.of(delimiter));
      List<List<String>> rows = new ArrayList<>();
      while (rows.size() < profile.headerRows()) {
        Optional<CsvRecord> r = parser.next();
        if (r.isEmpty()) {
          throw Errors.unreadable(
              file.path(),
              rows.isEmpty()
                  ? "the file is empty; expected the export's header."
                  : "the file ends in its header: the profile expects "
                      + profile.headerRows()
                      + " header rows.");
        }
        if (r.get().isMalformed()) {
          throw Errors.unreadable(
              file.path(),
              "line " + r.get().line() + " of the header: " + r.get().malformed() + ".");
        }
        rows.add(r.get().fields());
      }
      parser.expectFields(rows.get(0).size());
      return new CsvExportRows(file, parser, new ExportHeader(file.path(), rows));
    } catch (MalformedTextException e) {
      close(in);
      throw Errors.unreadable(
          file.path(), "the file is " + e.getMessage() + "; export it as UTF-8.");
    } catch (IOException e) {
      close(in);
      throw Errors.unreadable(file.path(), e.getMessage());
    } catch (RuntimeException e) {
      close(in);
      throw e;
    }
  }

  /**
   * The separator under which the header's first row holds the completion-time column; when none
   * does, the one that splits it widest, so that binding names what the header holds.
   */
  private static Delimiter delimiter(BufferedReader text, Profile profile) throws IOException {
    text.mark(PEEK_CHARS);
    char[] buffer = new char[PEEK_CHARS];
    int n = 0;
    for (int r; n < buffer.length && (r = text.read(buffer, n, buffer.length - n)) > 0; ) {
      n += r;
    }
    text.reset();
    DelimiterDetector.Detection d =
        DelimiterDetector.detect(
            new String(buffer, 0, n),
            fields -> fields.stream().anyMatch(profile.responseDate().column()::matches));
    if (d.fitting().isEmpty()) {
      return d.widest().delimiter();
    }
    DelimiterDetector.HeaderSplit best = d.fitting().get(0);
    for (DelimiterDetector.HeaderSplit s : d.fitting()) {
      if (s.fields().size() > best.fields().size()) {
        best = s;
      }
    }
    return best.delimiter();
  }

  @Override
  public ExportHeader header() {
    return header;
  }

  @Override
  public Optional<Record> next() throws IOException {
    Optional<CsvRecord> r;
    try {
      r = parser.next();
    } catch (MalformedTextException e) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_INPUT,
          "Cannot read "
              + file.path()
              + ": the file is "
              + e.getMessage()
              + "; export it as UTF-8.");
    }
    if (r.isEmpty()) {
      return Optional.empty();
    }
    CsvRecord rec = r.get();
    if (rec.isMalformed()) {
      return Optional.of(new Record(rec.line(), List.of(), rec.malformed()));
    }
    List<Cell> cells = new ArrayList<>(rec.fields().size());
    for (String f : rec.fields()) {
      cells.add(Cell.text(f));
    }
    return Optional.of(new Record(rec.line(), cells, null));
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static void close(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the read already failed; that failure is the one to report
      }
    }
  }
}
