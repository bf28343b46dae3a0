package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.generate.InputFiles;
import org.ergolens.model.Outcome;
import org.ergolens.pseudonym.PseudonymizationKey;
import org.ergolens.pseudonym.Pseudonymizer;
import org.ergolens.testing.SparkTestSession;

/**
 * What the survey import's end-to-end tests share: a small generated organisation, the key, the
 * report's counts computed independently from the contract-shaped twin, and a scan of every byte an
 * output holds.
 */
final class ExportFixtures {
  static final String KEY = "an-import-test-key-of-32-bytes-or-more!!";
  static final YearMonth MONTH = YearMonth.of(2026, 10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportFixtures() {}

  /** Two months of the smallest organisation the generator makes. */
  static GeneratorSpec spec() {
    return GeneratorSpec.defaults().withRespondents(200).withMonths(2).withEndMonth(MONTH);
  }

  static Pseudonymizer pseudonymizer() {
    return Pseudonymizer.create(
        PseudonymizationKey.of(KEY.getBytes(StandardCharsets.UTF_8), "test"));
  }

  static Path keyFile(Path dir) throws IOException {
    Path key = dir.resolve("ergolens.key");
    Files.writeString(key, KEY + "\n");
    return key;
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The month's organisation totals as the contract defines them, computed from the twin's rows
   * with no code of the job: the population is who responded in the month (a look-back of one
   * month); a case is a respondent of it with a report of the region in the month; a red flag one
   * with a report lasting more than 3 days or with numbness.
   */
  static Map<String, Long> expectedTotals(Path twin, YearMonth month) throws IOException {
    Set<String> population = new HashSet<>();
    for (Map<String, String> s : InputFiles.records(twin.resolve("workstation_survey.csv"))) {
      if (YearMonth.parse(s.get("response_date").substring(0, 7)).equals(month)) {
        population.add(s.get("respondent_id"));
      }
    }
    Map<String, Set<String>> cases = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      cases.put(o.id(), new HashSet<>());
    }
    Set<String> redFlags = new HashSet<>();
    for (Map<String, String> r : InputFiles.records(twin.resolve("discomfort_reports.csv"))) {
      String who = r.get("respondent_id");
      if (!YearMonth.parse(r.get("report_date").substring(0, 7)).equals(month)
          || !population.contains(who)) {
        continue;
      }
      cases.get(r.get("body_region")).add(who);
      cases.get(Outcome.ANY_REGION.id()).add(who);
      String duration = r.get("duration_days");
      if ((duration != null && Integer.parseInt(duration) > 3)
          || "true".equals(r.get("numbness_tingling"))) {
        redFlags.add(who);
      }
    }
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("respondents", (long) population.size());
    cases.forEach((k, v) -> totals.put(k, (long) v.size()));
    totals.put("red_flags", (long) redFlags.size());
    return totals;
  }

  /** The organisation totals report.json publishes, in the shape of {@link #expectedTotals}. */
  static Map<String, Long> reportedTotals(Path reportJson) {
    JsonNode org = json(reportJson).get("organization");
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("respondents", org.get("respondents").asLong());
    for (Outcome o : Outcome.values()) {
      totals.put(o.id(), org.at("/outcomes/" + o.id() + "/cases").asLong());
    }
    totals.put("red_flags", org.get("red_flags").asLong());
    return totals;
  }

  /**
   * Where any of {@code secrets} occurs in any file under {@code roots}: text files as they are,
   * workbooks entry by entry (unzipped), Parquet files value by value.
   */
  static List<String> findings(Collection<String> secrets, Path... roots) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      for (Path f : files) {
        for (String text : texts(f)) {
          for (String s : secrets) {
            if (text.contains(s)) {
              found.add(Texts.quoted(s) + " in " + root.relativize(f));
            }
          }
        }
      }
    }
    return found;
  }

  /** Every file scanned, to check that the scan saw what it had to see. */
  static List<String> texts(Path f) throws IOException {
    String name = f.getFileName().toString();
    if (name.endsWith(".parquet")) {
      return List.of(
          SparkTestSession.get().read().parquet(f.toString()).collectAsList().toString());
    }
    if (name.endsWith(".xlsx")) {
      List<String> entries = new ArrayList<>();
      try (InputStream in = Files.newInputStream(f);
          ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          ByteArrayOutputStream b = new ByteArrayOutputStream();
          zip.transferTo(b);
          entries.add(b.toString(StandardCharsets.UTF_8));
        }
      }
      return entries;
    }
    byte[] bytes = Files.readAllBytes(f);
    return List.of(
        new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1));
  }

  static void assertNoScratchLeft(Path out) throws IOException {
    try (Stream<Path> entries = Files.list(out)) {
      assertEquals(
          List.of(),
          entries
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(".import"))
              .toList(),
          "the scratch directory is removed");
    }
  }
}
