package org.ergolens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ergolens.ErgoLensException;
import org.ergolens.Messages;
import org.ergolens.dataset.CsvFields;
import org.ergolens.ingest.format.CsvOptions;
import org.ergolens.ingest.format.CsvRecord;
import org.ergolens.ingest.format.CsvRecordParser;
import org.ergolens.ingest.format.DecodedText;
import org.ergolens.ingest.format.Delimiter;
import org.ergolens.ingest.format.DelimiterDetector;
import org.ergolens.ingest.format.MalformedTextException;
import org.ergolens.pseudonym.Pseudonymizer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ergolens pseudonymize}: replaces raw employee ids in a CSV export by the contract's {@code
 * respondent_id}, a keyed HMAC-SHA256 of the id. The same key gives the same id every month, so
 * answers and reports keep lining up; without the key nobody can go back from the id to the
 * employee. A plain hash would not do: employee ids are few and guessable, so anyone could hash
 * every possible id and look the results up.
 *
 * <p>The file is read as the monthly job reads CSV (RFC 4180 records that may span lines, a {@code
 * ,}, {@code ;} or tab separator, UTF-8 or UTF-16 with a byte-order mark) and written as UTF-8 with
 * the same separator, so a comment with line breaks or a decimal comma comes through unchanged. A
 * record that cannot be read stops the run with its line: no row is dropped.
 */
@Command(
    name = "pseudonymize",
    mixinStandardHelpOptions = true,
    description =
        "Replaces the raw employee ids in a CSV file by pseudonymous respondent ids (keyed"
            + " HMAC-SHA256). Keep the key secret and the same from month to month; it is never"
            + " logged or written.")
public final class PseudonymizeCommand implements Callable<Integer> {
  /** Characters read to find the separator: enough for any header. */
  private static final int HEADER_CHARS = 1 << 16;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "CSV with raw ids.")
  Path input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "CSV to write (replaced atomically; must differ from --input).")
  Path output;

  @Option(
      names = "--column",
      defaultValue = "employee_id",
      paramLabel = "NAME",
      description = "Column holding the raw ids (default: ${DEFAULT-VALUE}).")
  String column;

  @Option(
      names = "--rename-to",
      defaultValue = "respondent_id",
      paramLabel = "NAME",
      description = "New name of that column (default: ${DEFAULT-VALUE}).")
  String renameTo;

  @Option(
      names = "--prefix",
      defaultValue = "",
      paramLabel = "TEXT",
      description = "Text put before every id, e.g. r_ (default: none).")
  String prefix;

  @ArgGroup(multiplicity = "1")
  KeySource key;

  @Option(
      names = "--delimiter",
      defaultValue = "auto",
      paramLabel = "SEP",
      description =
          "The input's separator: \",\", \";\", \"tab\", or auto (default: the one whose"
              + " header holds --column). The output keeps it.")
  String delimiter;

  @Override
  public Integer call() throws IOException {
    if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(
          "Cannot pseudonymize in place: --output must differ from"
              + " --input, so the raw file is never half overwritten.");
    }
    Pseudonymizer pseudonymizer = Pseudonymizer.create(key.load()).withPrefix(prefix);
    Delimiter separator = separator();
    Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".pseudonymize", ".csv");
    try (CsvRecordParser records =
            new CsvRecordParser(
                DecodedText.open(Files.newInputStream(input)).reader(), CsvOptions.of(separator));
        Writer writer =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
      long rows = copy(records, new CsvOut(writer, separator.symbol()), pseudonymizer);
      writer.flush();
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.err.println("pseudonymize: " + rows + " rows written to " + output);
      return 0;
    } catch (MalformedTextException e) {
      throw fail(e.line(), e.getMessage());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The configured separator, or the one under which the header holds {@code --column}. */
  private Delimiter separator() throws IOException {
    if (!"auto".equalsIgnoreCase(delimiter)) {
      return Delimiter.ofSetting(delimiter)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "Cannot pseudonymize: --delimiter "
                          + Messages.quote(delimiter)
                          + " is not one of \",\", \";\", \"tab\" or auto."));
    }
    String start;
    try (Reader text = DecodedText.open(Files.newInputStream(input)).reader()) {
      char[] head = new char[HEADER_CHARS];
      int n = text.read(head);
      start = n < 0 ? "" : new String(head, 0, n);
    } catch (MalformedTextException e) {
      throw fail(e.line(), e.getMessage());
    }
    if (start.isBlank()) {
      throw fail(1, "the file is empty; expected a header row");
    }
    DelimiterDetector.Detection found = DelimiterDetector.detect(start, List.of(column));
    return found
        .found()
        .map(DelimiterDetector.HeaderSplit::delimiter)
        .orElseThrow(
            () ->
                fail(
                    1,
                    "column '"
                        + column
                        + "' is not in the header under exactly one of ',', ';' and tab (read as "
                        + found.widest().describe()
                        + "); name the separator with --delimiter"));
  }

  private long copy(CsvRecordParser records, CsvOut out, Pseudonymizer pseudonymizer)
      throws IOException {
    CsvRecord header =
        records.next().orElseThrow(() -> fail(1, "the file is empty; expected a header row"));
    if (header.isMalformed()) {
      throw fail(header.line(), header.malformed());
    }
    List<String> names = header.fields();
    int target = -1;
    for (int i = 0; i < names.size(); i++) {
      if (DelimiterDetector.normalize(names.get(i)).equals(DelimiterDetector.normalize(column))) {
        target = i;
      }
    }
    if (target < 0) {
      throw fail(header.line(), "column '" + column + "' is not in the header");
    }
    records.expectFields(names.size());
    List<String> outHeader = new ArrayList<>(names);
    outHeader.set(0, outHeader.get(0).replace("\uFEFF", ""));
    outHeader.set(target, renameTo);
    out.write(outHeader);
    long rows = 0;
    for (Optional<CsvRecord> r = records.next(); r.isPresent(); r = records.next()) {
      CsvRecord record = r.get();
      if (record.isMalformed()) {
        throw fail(record.line(), record.malformed());
      }
      List<String> fields = new ArrayList<>(record.fields());
      String raw = fields.get(target).trim();
      if (raw.isEmpty()) {
        throw fail(record.line(), "column '" + column + "' is empty");
      }
      fields.set(target, pseudonymizer.pseudonymize(raw));
      out.write(fields);
      rows++;
    }
    return rows;
  }

  private ErgoLensException fail(long line, String why) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot pseudonymize " + input + " line " + line + ": " + why + ".");
  }

  /** Writes records by RFC 4180 with the input's separator, quoting a field only where needed. */
  private record CsvOut(Writer writer, char separator) {
    void write(List<String> fields) throws IOException {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          writer.write(separator);
        }
        writer.write(CsvFields.quote(fields.get(i), separator));
      }
      writer.write('\n');
    }
  }
}
