package org.ergolens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.ingest.format.CellValue;
import org.ergolens.ingest.format.CsvOptions;
import org.ergolens.ingest.format.CsvRecord;
import org.ergolens.ingest.format.CsvRecordParser;
import org.ergolens.ingest.format.DecodedText;
import org.ergolens.ingest.format.Delimiter;
import org.ergolens.ingest.format.DelimiterDetector;
import org.ergolens.ingest.format.MalformedTextException;
import org.ergolens.ingest.format.SheetRow;
import org.ergolens.ingest.format.TextEncoding;
import org.ergolens.ingest.format.WorkbookException;
import org.ergolens.ingest.format.XlsxSheetReader;

/**
 * Checks a file's header before any row is read and settles how the file is read ({@link
 * FileLayout}): its encoding (from the byte-order mark), for CSV its delimiter (configured, or the
 * one under which the header holds the contract's columns) and decimal mark, for a workbook its
 * sheet; and that every required column is in the header exactly once. Column names match
 * case-insensitively after trimming; unknown extra columns are ignored.
 */
public final class HeaderCheck {
  /**
   * Text read for the header: enough for any real one, and its first record is all that is used.
   */
  private static final int HEADER_CHARS = 64 * 1024;

  private HeaderCheck() {}

  public static FileLayout check(
      SourceFile file, DatasetSpec dataset, Configuration conf, ReadOptions options) {
    return switch (file.format()) {
      case CSV -> csvLayout(file, dataset, readStart(file, conf), options);
      case JSONL -> jsonLayout(file, dataset, readStart(file, conf), options);
      case XLSX -> xlsxLayout(file, dataset, conf, options);
      case PARQUET -> throw new IllegalArgumentException("not a text file: " + file.path());
    };
  }

  /** The canonical form of a column name or JSON key. */
  public static String normalizeName(String name) {
    return DelimiterDetector.normalize(name);
  }

  /** The beginning of a text file, decoded, and its encoding. */
  private record Start(TextEncoding encoding, String text) {}

  private static Start readStart(SourceFile file, Configuration conf) {
    try (InputStream in = InputStreams.open(file.path(), conf)) {
      DecodedText decoded = DecodedText.open(in);
      return new Start(decoded.encoding(), read(decoded.reader(), HEADER_CHARS));
    } catch (MalformedTextException e) {
      throw Errors.badEncoding(file.path(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadable(
          file.path(), "cannot read it (" + Errors.oneLine(e.getMessage()) + ").");
    }
  }

  private static String read(Reader reader, int max) throws IOException {
    char[] buf = new char[max];
    int n = 0;
    for (int r; n < max && (r = reader.read(buf, n, max - n)) >= 0; ) {
      n += r;
    }
    return new String(buf, 0, n);
  }

  private static FileLayout csvLayout(
      SourceFile file, DatasetSpec dataset, Start start, ReadOptions options) {
    if (start.text().isBlank()) {
      throw Errors.emptyFile(file.path());
    }
    Delimiter delimiter = delimiter(file, dataset, start.text(), options);
    List<String> fields = header(file, start.text(), delimiter);
    int[] fieldOfColumn = columnPositions(file, dataset, fields);
    FileLayout.Dialect dialect =
        new FileLayout.Dialect(
            start.encoding(),
            delimiter,
            options.decimalMarkFor(delimiter),
            options.maxRecordLines(),
            CsvOptions.DEFAULT_MAX_RECORD_BYTES,
            null);
    return new FileLayout(file, dialect, fieldOfColumn, fields.size());
  }

  /**
   * The file's delimiter: the configured one, or the one candidate under which the header holds
   * every required column. When the header does not fit the configured delimiter but fits another,
   * or fits several, or no candidate splits it at all, the run stops with a line that says what was
   * seen and what to set. When candidates split it but none holds every required column, the widest
   * split is taken, so that the missing column is named.
   */
  private static Delimiter delimiter(
      SourceFile file, DatasetSpec dataset, String text, ReadOptions options) {
    List<String> required =
        dataset.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList();
    DelimiterDetector.Detection detection = DelimiterDetector.detect(text, required);
    Optional<DelimiterDetector.HeaderSplit> found = detection.found();
    if (options.delimiter().isPresent()) {
      Delimiter configured = options.delimiter().get();
      if (detection.fitting().stream().anyMatch(s -> s.delimiter() == configured)) {
        return configured;
      }
      DelimiterDetector.HeaderSplit widest = detection.widest();
      int underConfigured =
          detection.seen().stream()
              .filter(s -> s.delimiter() == configured)
              .findFirst()
              .orElseThrow()
              .fields()
              .size();
      Optional<DelimiterDetector.HeaderSplit> better =
          found.or(
              () ->
                  underConfigured <= 1 && widest.fields().size() > 1
                      ? Optional.of(widest)
                      : Optional.empty());
      if (better.isPresent()) {
        throw Errors.delimiterMismatch(
            file.path(),
            configured.label(),
            better.get().describe(),
            better.get().delimiter().label());
      }
      if (widest.fields().size() <= 1) {
        throw Errors.noDelimiter(file.path(), shortened(firstLine(text)));
      }
      return configured;
    }
    if (found.isPresent()) {
      return found.get().delimiter();
    }
    if (detection.fitting().size() > 1) {
      throw Errors.ambiguousDelimiter(
          file.path(),
          String.join(
              " and with ", detection.fitting().stream().map(s -> s.delimiter().label()).toList()));
    }
    DelimiterDetector.HeaderSplit widest = detection.widest();
    if (widest.fields().size() <= 1) {
      throw Errors.noDelimiter(file.path(), shortened(firstLine(text)));
    }
    return widest.delimiter();
  }

  private static List<String> header(SourceFile file, String text, Delimiter delimiter) {
    try (CsvRecordParser parser =
        new CsvRecordParser(new StringReader(text), CsvOptions.of(delimiter))) {
      CsvRecord header = parser.next().orElseThrow(() -> Errors.emptyFile(file.path()));
      if (header.isMalformed()) {
        throw Errors.unreadable(
            file.path(), "the header row is not valid CSV (" + header.malformed() + ").");
      }
      return header.fields();
    } catch (IOException e) {
      throw Errors.unreadable(file.path(), e.getMessage());
    }
  }

  /** The header position of each of the dataset's columns (-1: absent); checks duplicates. */
  private static int[] columnPositions(SourceFile file, DatasetSpec dataset, List<String> names) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = normalizeName(names.get(i));
      if (position.putIfAbsent(name, i) != null && dataset.column(name).isPresent()) {
        throw Errors.duplicateColumn(file.path(), name);
      }
    }
    int[] fieldOfColumn = new int[dataset.columns().size()];
    for (int c = 0; c < fieldOfColumn.length; c++) {
      ColumnSpec col = dataset.columns().get(c);
      fieldOfColumn[c] = position.getOrDefault(col.name(), -1);
      if (fieldOfColumn[c] < 0 && col.required()) {
        throw Errors.missingColumn(file.path(), col.name());
      }
    }
    return fieldOfColumn;
  }

  /**
   * JSON Lines has no header: the first record stands in for it. When it is a JSON object that
   * lacks a required key, the export is missing that column; its keys tell which optional columns
   * the export has. When it is not valid JSON it is left to be rejected as a malformed row.
   */
  private static FileLayout jsonLayout(
      SourceFile file, DatasetSpec dataset, Start start, ReadOptions options) {
    int[] present = new int[dataset.columns().size()];
    java.util.Arrays.fill(present, -1);
    FileLayout.Dialect dialect =
        new FileLayout.Dialect(
            start.encoding(),
            null,
            DecimalMark.POINT,
            1,
            CsvOptions.DEFAULT_MAX_RECORD_BYTES,
            null);
    String first = firstLine(start.text());
    if (first.isBlank()) {
      return new FileLayout(file, dialect, present, 0);
    }
    try {
      JsonNode node = JsonRecords.mapper().readTree(first);
      if (node != null && node.isObject()) {
        var keys = new java.util.HashSet<String>();
        node.fieldNames().forEachRemaining(k -> keys.add(normalizeName(k)));
        for (int c = 0; c < present.length; c++) {
          ColumnSpec col = dataset.columns().get(c);
          if (keys.contains(col.name())) {
            present[c] = 0;
          } else if (col.required()) {
            throw Errors.missingColumn(file.path(), col.name());
          }
        }
      }
    } catch (IOException e) {
      // Not valid JSON: the row check reports it as malformed_row.
    }
    return new FileLayout(file, dialect, present, 0);
  }

  /** A workbook's header is row 1 of its sheet (the first sheet unless configured). */
  private static FileLayout xlsxLayout(
      SourceFile file, DatasetSpec dataset, Configuration conf, ReadOptions options) {
    try (InputStreams.LocalCopy local = InputStreams.local(file.path(), conf);
        XlsxSheetReader sheet = XlsxSheetReader.open(local.path(), options.xlsxSheet())) {
      SheetRow first =
          sheet.next().orElseThrow(() -> Errors.emptySheet(file.path(), sheet.sheetName()));
      if (first.rowNumber() != 1) {
        throw Errors.noHeaderRow(file.path(), sheet.sheetName(), first.rowNumber());
      }
      List<String> names = new ArrayList<>();
      for (CellValue cell : first.cells()) {
        names.add(cell.text() == null ? "" : cell.text());
      }
      FileLayout.Dialect dialect =
          new FileLayout.Dialect(
              TextEncoding.UTF_8,
              null,
              options.decimalMark().orElse(DecimalMark.POINT),
              1,
              CsvOptions.DEFAULT_MAX_RECORD_BYTES,
              sheet.sheetName());
      return new FileLayout(file, dialect, columnPositions(file, dataset, names), names.size());
    } catch (ErgoLensException e) {
      throw e;
    } catch (WorkbookException e) {
      throw Errors.unreadable(file.path(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadable(
          file.path(), "not a readable .xlsx workbook (" + Errors.oneLine(e.getMessage()) + ").");
    }
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end);
  }

  private static String shortened(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
