package org.ergolens.ingest.format;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds a CSV file's delimiter from its header: the header is split under each candidate ({@code
 * ,}, {@code ;}, tab), and the delimiter is the one candidate under which it holds the expected
 * columns. When none or several do, the {@link Detection} says what each candidate gave, for a
 * message that tells the user what was seen and what to set.
 */
public final class DelimiterDetector {
  private DelimiterDetector() {}

  /**
   * The header as one candidate splits it.
   *
   * @param delimiter the candidate
   * @param fields the header's fields under it (empty when it is not valid CSV under it)
   */
  public record HeaderSplit(Delimiter delimiter, List<String> fields) {
    public HeaderSplit {
      fields = List.copyOf(fields);
    }

    /** "11 columns with ';'". */
    public String describe() {
      return fields.size()
          + (fields.size() == 1 ? " column" : " columns")
          + " with "
          + delimiter.label();
    }
  }

  /**
   * What the candidates gave.
   *
   * @param fitting the splits that hold the expected columns, in candidate order
   * @param seen every candidate's split, in candidate order ({@code ,}, {@code ;}, tab)
   */
  public record Detection(List<HeaderSplit> fitting, List<HeaderSplit> seen) {
    public Detection {
      fitting = List.copyOf(fitting);
      seen = List.copyOf(seen);
    }

    /** The delimiter's split when exactly one candidate fits. */
    public Optional<HeaderSplit> found() {
      return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /** The candidate that splits the header into the most fields (the first of equals). */
    public HeaderSplit widest() {
      HeaderSplit best = seen.get(0);
      for (HeaderSplit s : seen) {
        if (s.fields().size() > best.fields().size()) {
          best = s;
        }
      }
      return best;
    }
  }

  /**
   * Splits the first record of {@code start} (the beginning of the file's text, at least its
   * header) under each candidate and keeps those for which {@code fits} holds.
   */
  public static Detection detect(String start, Predicate<List<String>> fits) {
    List<HeaderSplit> seen = new ArrayList<>();
    List<HeaderSplit> fitting = new ArrayList<>();
    for (Delimiter d : Delimiter.values()) {
      HeaderSplit split = new HeaderSplit(d, firstRecord(start, d));
      seen.add(split);
      if (!split.fields().isEmpty() && fits.test(split.fields())) {
        fitting.add(split);
      }
    }
    return new Detection(fitting, seen);
  }

  /**
   * {@link #detect(String, Predicate)} for a header that must hold every one of {@code required},
   * names compared as {@link #normalize} gives them.
   */
  public static Detection detect(String start, Collection<String> required) {
    Set<String> wanted =
        required.stream().map(DelimiterDetector::normalize).collect(Collectors.toSet());
    return detect(
        start,
        fields ->
            fields.stream()
                .map(DelimiterDetector::normalize)
                .collect(Collectors.toSet())
                .containsAll(wanted));
  }

  /**
   * The fields of the first record of {@code start} under {@code delimiter}; empty when it is not
   * valid CSV under it.
   */
  public static List<String> firstRecord(String start, Delimiter delimiter) {
    try (CsvRecordParser parser =
        new CsvRecordParser(new StringReader(start), CsvOptions.of(delimiter))) {
      Optional<CsvRecord> first = parser.next();
      return first.filter(r -> !r.isMalformed()).map(CsvRecord::fields).orElse(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * A column name as headers are matched: without byte-order marks, trimmed, in lower case
   * (locale-independent).
   */
  public static String normalize(String name) {
    return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }
}
