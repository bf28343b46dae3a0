package org.ergolens.ingest.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV records from a character stream, one at a time, by RFC 4180: fields separated by the
 * configured delimiter, optionally quoted, a doubled quote standing for one, and quoted fields that
 * may hold the delimiter and line breaks (LF, CRLF, CR), so that one record may span lines. Each
 * record comes with the line it starts on. Blank lines are skipped.
 *
 * <p>Records are bounded ({@link CsvOptions}): a record still open after {@code maxRecordLines}
 * lines or {@code maxRecordBytes} bytes, or at the end of the input, or one that spans lines and is
 * malformed, comes back as its first line, marked malformed, and reading resumes at its second
 * line; so one stray quote costs one record, never the rest of the file. See {@link RecordScanner}
 * for the grammar.
 *
 * <p>Usage, with a file of unknown encoding and delimiter:
 *
 * <pre>{@code
 * DecodedText text = DecodedText.open(in);
 * try (CsvRecordParser records = new CsvRecordParser(text.reader(), CsvOptions.of(SEMICOLON))) {
 *   for (Optional<CsvRecord> r = records.next(); r.isPresent(); r = records.next()) { ... }
 * }
 * }</pre>
 */
public final class CsvRecordParser implements Closeable {
  private final RecordScanner scanner;

  /** A parser of {@code in} from its first line. */
  public CsvRecordParser(Reader in, CsvOptions options) {
    this.scanner = RecordScanner.csv(new Utf8Bytes(in), options, 1);
  }

  /**
   * From now on, a record with another number of fields is malformed (0: any number). Call it with
   * the header's field count once the header is read.
   */
  public void expectFields(int count) {
    scanner.expectFields(count);
  }

  /**
   * The next record that is not a blank line, or empty at the end of the input.
   *
   * @throws MalformedTextException when the text cannot be decoded
   */
  public Optional<CsvRecord> next() throws IOException {
    while (scanner.next()) {
      if (!scanner.isBlank()) {
        return Optional.of(current());
      }
    }
    return Optional.empty();
  }

  private CsvRecord current() {
    List<String> fields = new ArrayList<>(scanner.fieldCount());
    String malformed = scanner.malformed();
    if (malformed == null) {
      for (int i = 0; i < scanner.fieldCount(); i++) {
        fields.add(scanner.field(i));
      }
    }
    return new CsvRecord(
        scanner.line(),
        scanner.lineCount(),
        fields,
        malformed,
        scanner.text(CsvOptions.DEFAULT_MAX_RECORD_BYTES));
  }

  @Override
  public void close() throws IOException {
    scanner.close();
  }
}
