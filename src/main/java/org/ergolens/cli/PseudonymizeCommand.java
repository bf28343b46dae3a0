package org.ergolens.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ergolens.ErgoLensException;
import org.ergolens.dataset.CsvFields;
import org.ergolens.ingest.CsvLine;
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
 */
@Command(
    name = "pseudonymize",
    mixinStandardHelpOptions = true,
    description =
        "Replaces the raw employee ids in a CSV file by pseudonymous respondent ids (keyed"
            + " HMAC-SHA256). Keep the key secret and the same from month to month; it is never"
            + " logged or written.")
public final class PseudonymizeCommand implements Callable<Integer> {
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

  @Override
  public Integer call() throws IOException {
    if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(
          "Cannot pseudonymize in place: --output must differ from"
              + " --input, so the raw file is never half overwritten.");
    }
    Pseudonymizer pseudonymizer = Pseudonymizer.create(key.load()).withPrefix(prefix);
    Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".pseudonymize", ".csv");
    try (InputStream in = Files.newInputStream(input);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
      long rows = copy(reader, writer, pseudonymizer);
      writer.flush();
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.err.println("pseudonymize: " + rows + " rows written to " + output);
      return 0;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private long copy(BufferedReader reader, Writer writer, Pseudonymizer pseudonymizer)
      throws IOException {
    String header = reader.readLine();
    if (header == null) {
      throw fail(1, "the file is empty; expected a header row");
    }
    List<String> names = parse(header.replace("\uFEFF", ""), 1);
    int target = -1;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).trim().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
        target = i;
      }
    }
    if (target < 0) {
      throw fail(1, "column '" + column + "' is not in the header");
    }
    List<String> outHeader = new ArrayList<>(names);
    outHeader.set(target, renameTo);
    write(writer, outHeader);
    long line = 1;
    long rows = 0;
    for (String s = reader.readLine(); s != null; s = reader.readLine()) {
      line++;
      if (s.isEmpty()) {
        continue;
      }
      List<String> fields = parse(s, line);
      if (fields.size() != names.size()) {
        throw fail(line, fields.size() + " fields where the header has " + names.size());
      }
      String raw = fields.get(target).trim();
      if (raw.isEmpty()) {
        throw fail(line, "column '" + column + "' is empty");
      }
      fields.set(target, pseudonymizer.pseudonymize(raw));
      write(writer, fields);
      rows++;
    }
    return rows;
  }

  private List<String> parse(String line, long number) {
    CsvLine.Parsed parsed = CsvLine.parse(line);
    if (!parsed.ok()) {
      throw fail(number, parsed.error());
    }
    return new ArrayList<>(parsed.fields());
  }

  private ErgoLensException fail(long line, String why) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT,
        "Cannot pseudonymize " + input + " line " + line + ": " + why + ".");
  }

  private static void write(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(CsvFields.quote(fields.get(i)));
    }
    w.write('\n');
  }
}
