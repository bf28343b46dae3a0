package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.job.AuditCounts;
import org.ergolens.model.Outcome;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No withheld value reaches a brief. A generated organisation is edited so that everyone in one
 * department reports knee discomfort lasting ten days this month: its knee cases and red flags
 * describe everyone (attribute disclosure), so they are withheld, and complementary suppression
 * withholds another unit's as well, whose true values are ordinary numbers. The run writes the
 * unsuppressed pattern counts ({@code --audit-counts}), from which every withheld cell's true value
 * is known; each brief that has a withheld cell is searched for it, in its PDF and HTML text.
 */
class WithheldInBriefsTest {
  static final String MONTH = "2026-10";

  @TempDir static Path dir;
  static String everyone;
  static Path report;
  static Map<String, Map<String, String>> units = new TreeMap<>();
  static Map<String, Map<String, Long>> truth = new HashMap<>();

  @BeforeAll
  static void generateEditAndRun() throws IOException {
    Path in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(11).withRespondents(2000)).generate(in);
    everyone = everyoneReportsKneesIn(in);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--month",
            MONTH,
            "--audit-counts");
    assertEquals(0, run.exitCode(), run.err());
    report = out.resolve("month=" + MONTH);
    Files2.readCsv(report.resolve("department_summary.csv")).stream()
        .filter(u -> u.get("row_kind").equals("unit"))
        .forEach(u -> units.put(u.get("department"), u));
    for (Map<String, String> p :
        Files2.readCsv(out.resolve("restricted/month=" + MONTH).resolve(AuditCounts.FILE))) {
      Map<String, Long> t = truth.computeIfAbsent(p.get("department"), d -> new HashMap<>());
      for (var e : p.entrySet()) {
        if (e.getKey().equals("respondents")
            || e.getKey().startsWith("cases_")
            || e.getKey().equals("red_flags")) {
          t.merge(e.getKey(), Long.parseLong(e.getValue()), Long::sum);
        }
      }
    }
  }

  /**
   * Adds, for every respondent of a department of 20 to 80 people who answered in the year before
   * the month, a ten-day knee report in the month; returns the department.
   */
  static String everyoneReportsKneesIn(Path in) throws IOException {
    Map<String, Set<String>> people = new TreeMap<>();
    for (Map<String, String> r : Files2.readCsv(in.resolve("workstation_survey.csv"))) {
      if (r.get("response_date").compareTo("2025-11-01") >= 0) {
        people
            .computeIfAbsent(r.get("department"), d -> new HashSet<>())
            .add(r.get("respondent_id"));
      }
    }
    String department =
        people.entrySet().stream()
            .filter(e -> e.getValue().size() >= 20 && e.getValue().size() <= 80)
            .map(Map.Entry::getKey)
            .filter(d -> d.contains("-"))
            .findFirst()
            .orElseThrow();
    List<String> rows = new ArrayList<>();
    int n = 0;
    for (String id : new java.util.TreeSet<>(people.get(department))) {
      rows.add(String.format("xrep%06d,%s,2026-10-15,knees,6,10,false,false", ++n, id));
    }
    Path reports = in.resolve("discomfort_reports.csv");
    String existing = Files.readString(reports, StandardCharsets.UTF_8);
    Files.writeString(
        reports,
        existing + (existing.endsWith("\n") ? "" : "\n") + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
    return department;
  }

  /** The true value of a cell of a unit: its own department and those folded into it. */
  static long trueValue(Map<String, String> unit, String column) {
    long sum = 0;
    List<String> departments = new ArrayList<>(List.of(unit.get("department")));
    if (!unit.get("rolled_up").isEmpty()) {
      departments.addAll(List.of(unit.get("rolled_up").split(";")));
    }
    for (String d : departments) {
      sum += truth.getOrDefault(d, Map.of()).getOrDefault(column, 0L);
    }
    return sum;
  }

  static String text(String unit) throws IOException {
    return BriefTexts.pdfFlatText(Files.readAllBytes(report.resolve(BriefFiles.pdf(unit))))
        + "\n"
        + BriefTexts.visibleText(Files.readString(report.resolve(BriefFiles.html(unit))));
  }

  /**
   * The shares a unit's brief may show as published: the unit's published shares and prevalences
   * and the organisation's prevalences. A withheld share equal to one of them cannot be told apart
   * in the text; its row is checked instead.
   */
  static Set<String> publishedShares(Map<String, String> unit) throws IOException {
    Set<String> out = new HashSet<>();
    unit.forEach(
        (k, v) -> {
          if ((k.startsWith("prevalence_") || k.startsWith("share_") || k.equals("red_flag_share"))
              && !v.isEmpty()) {
            out.add(Numbers.percent(Double.parseDouble(v)));
          }
        });
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(report.resolve("report.json").toFile())
            .path("organization");
    for (Outcome o : Outcome.values()) {
      out.add(Numbers.percent(json.path("outcomes").path(o.id()).path("prevalence").asDouble()));
    }
    return out;
  }

  static String around(String text, String figure) {
    var m =
        java.util.regex.Pattern.compile("(?<![\\d.,])" + java.util.regex.Pattern.quote(figure))
            .matcher(text);
    return m.find()
        ? text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 40))
        : "";
  }

  /** Whether the text holds the figure as a figure of its own ("4.1%" is not in "14.1%"). */
  static boolean shows(String text, String figure) {
    return java.util.regex.Pattern.compile("(?<![\\d.,])" + java.util.regex.Pattern.quote(figure))
        .matcher(text)
        .find();
  }

  @Test
  void theEditedDepartmentsKneesAndRedFlagsAreWithheldAndSoIsAnotherUnits() {
    Map<String, String> u = units.get(everyone);
    assertEquals("", u.get("cases_knees"), "knee cases describe everyone");
    assertEquals("", u.get("red_flags"), "red flags describe everyone");
    long others =
        units.values().stream()
            .filter(x -> !x.get("department").equals(everyone))
            .filter(x -> x.get("cases_knees").isEmpty() || x.get("red_flags").isEmpty())
            .count();
    assertTrue(others > 0, "complementary suppression withholds another unit's cell");
  }

  @Test
  void noBriefShowsAWithheldValue() throws IOException {
    int scanned = 0;
    for (Map<String, String> u : units.values()) {
      String unit = u.get("department");
      String text = text(unit);
      long respondents = Long.parseLong(u.get("respondents"));
      Set<String> published = publishedShares(u);
      List<String> lines =
          Stream.of(
                  BriefTexts.pdfText(Files.readAllBytes(report.resolve(BriefFiles.pdf(unit))))
                      .split("\n"))
              .map(String::trim)
              .toList();
      for (Outcome o : Outcome.values()) {
        if (!u.get("cases_" + o.id()).isEmpty()) {
          continue;
        }
        scanned++;
        long cases = trueValue(u, "cases_" + o.id());
        String share = Numbers.percent((double) cases / respondents);
        assertFalse(
            shows(text, share) && !published.contains(share),
            unit
                + ": the withheld "
                + o.id()
                + " prevalence "
                + share
                + ": "
                + around(text, share));
        String row =
            lines.stream()
                .filter(l -> l.startsWith(Labels.regionTitle(o) + " "))
                .findFirst()
                .orElseThrow();
        assertTrue(
            row.startsWith(Labels.regionTitle(o) + " " + Numbers.WITHHELD), unit + ": " + row);
        assertFalse(row.matches(".*(?<![\\d.])" + cases + "(?![\\d.%]).*"), unit + ": " + row);
      }
      if (u.get("red_flags").isEmpty()) {
        scanned++;
        long flags = trueValue(u, "red_flags");
        String share = Numbers.percent((double) flags / respondents);
        assertFalse(
            shows(text, share) && !published.contains(share),
            unit + ": the withheld red-flag share " + share);
        assertFalse(
            shows(text, Numbers.count(flags) + " of your people ("),
            unit
                + ": the withheld red flags "
                + flags
                + ": "
                + around(text, Numbers.count(flags) + " of your people ("));
        assertTrue(text.contains("How many people reported"), unit + ": " + text);
      }
    }
    assertTrue(scanned >= 4, "withheld cells scanned: " + scanned);
  }
}
