package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly job on a generated organisation, its counts checked against a separate, plain
 * computation of the contract's rules in this test (not the job's code): the as-of population, the
 * month's cases per region, red flags, per department and for one factor level.
 */
class GeneratedOrganisationTest {
  static final String[] REGIONS = {
    "neck",
    "shoulders",
    "upper_back",
    "elbows",
    "wrists_hands",
    "lower_back",
    "hips_thighs",
    "knees",
    "ankles_feet"
  };
  static final LocalDate FROM = LocalDate.of(2025, 11, 1);
  static final LocalDate TO = LocalDate.of(2026, 10, 31);

  @TempDir static Path dir;
  static CliRun run;
  static Path report;

  /** respondent → [department, monitor_position]. */
  static Map<String, String[]> population = new HashMap<>();

  /** respondent → regions with a case this month. */
  static Map<String, Set<String>> cases = new HashMap<>();

  static Set<String> redFlagged = new HashSet<>();

  @BeforeAll
  static void generateAndRun() throws Exception {
    Path in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(11).withRespondents(1500)).generate(in);
    run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--month",
            "2026-10");
    report = dir.resolve("out/month=2026-10");
    computeIndependently(in);
  }

  static String norm(String v) {
    return v.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  static void computeIndependently(Path in) {
    Map<String, LocalDate> latest = new HashMap<>();
    for (Map<String, String> s : Files2.readCsv(in.resolve("workstation_survey.csv"))) {
      LocalDate d = LocalDate.parse(s.get("response_date"));
      String id = s.get("respondent_id");
      if (d.isBefore(FROM) || d.isAfter(TO)) {
        continue;
      }
      LocalDate prev = latest.get(id);
      if (prev == null || !d.isBefore(prev)) { // later rows win ties
        latest.put(id, d);
        population.put(id, new String[] {s.get("department"), norm(s.get("monitor_position"))});
      }
    }
    for (Map<String, String> r : Files2.readCsv(in.resolve("discomfort_reports.csv"))) {
      LocalDate d = LocalDate.parse(r.get("report_date"));
      String id = r.get("respondent_id");
      if (d.getYear() != 2026 || d.getMonthValue() != 10 || !population.containsKey(id)) {
        continue;
      }
      cases.computeIfAbsent(id, k -> new HashSet<>()).add(norm(r.get("body_region")));
      String days = r.get("duration_days");
      String numb = norm(r.get("numbness_tingling"));
      if ((!days.isEmpty() && Integer.parseInt(days) > 3)
          || numb.equals("true")
          || numb.equals("yes")
          || numb.equals("1")) {
        redFlagged.add(id);
      }
    }
  }

  @Test
  void theRunSucceeds() {
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(
        java.nio.file.Files.exists(dir.resolve("out/restricted/month=2026-10/audit")),
        "pattern counts are written only with --audit-counts");
  }

  @Test
  void organisationTotalsMatch() throws Exception {
    JsonNode org =
        new ObjectMapper().readTree(report.resolve("report.json").toFile()).get("organization");
    assertEquals(population.size(), org.get("respondents").asLong());
    for (String region : REGIONS) {
      long expected = cases.values().stream().filter(s -> s.contains(region)).count();
      assertEquals(expected, org.at("/outcomes/" + region + "/cases").asLong(), region);
    }
    assertEquals(cases.size(), org.at("/outcomes/any_region/cases").asLong());
    assertEquals(redFlagged.size(), org.get("red_flags").asLong());
  }

  @Test
  void publishedDepartmentCountsMatch() {
    Map<String, Long> size = new TreeMap<>();
    Map<String, Long> neck = new TreeMap<>();
    population.forEach(
        (id, v) -> {
          size.merge(v[0], 1L, Long::sum);
          if (cases.getOrDefault(id, Set.of()).contains("neck")) {
            neck.merge(v[0], 1L, Long::sum);
          }
        });
    List<Map<String, String>> rows = Files2.readCsv(report.resolve("department_summary.csv"));
    int checked = 0;
    for (Map<String, String> row : rows) {
      if (!row.get("rolled_up").isEmpty() || row.get("respondents").isEmpty()) {
        continue;
      }
      String d = row.get("department");
      assertEquals(String.valueOf(size.get(d)), row.get("respondents"), d);
      if (!row.get("cases_neck").isEmpty()) {
        assertEquals(String.valueOf(neck.getOrDefault(d, 0L)), row.get("cases_neck"), d);
        checked++;
      }
    }
    assertTrue(checked >= 5, "enough departments published to compare: " + checked);
  }

  @Test
  void anOrganisationFactorRowMatchesItsTwoByTwoTable() {
    long a = 0;
    long n1 = 0;
    long c = 0;
    long n0 = 0;
    for (var e : population.entrySet()) {
      boolean neck = cases.getOrDefault(e.getKey(), Set.of()).contains("neck");
      if (e.getValue()[1].equals("laptop_only")) {
        n1++;
        a += neck ? 1 : 0;
      } else if (e.getValue()[1].equals("at_eye_level")) {
        n0++;
        c += neck ? 1 : 0;
      }
    }
    Map<String, String> row =
        Files2.readCsv(report.resolve("factor_effects.csv")).stream()
            .filter(
                r ->
                    r.get("scope").equals("organization")
                        && r.get("level").equals("laptop_only")
                        && r.get("outcome").equals("neck"))
            .findFirst()
            .orElseThrow();
    assertEquals(String.valueOf(n1), row.get("n_exposed"));
    assertEquals(String.valueOf(a), row.get("cases_exposed"));
    assertEquals(String.valueOf(n0), row.get("n_reference"));
    assertEquals(String.valueOf(c), row.get("cases_reference"));
    double pr = ((double) a / n1) / ((double) c / n0);
    assertEquals(pr, Double.parseDouble(row.get("prevalence_ratio")), 1e-12);
    double se = Math.sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n0);
    assertEquals(
        Math.exp(Math.log(pr) - 1.959964 * se), Double.parseDouble(row.get("pr_ci_low")), 1e-12);
  }
}
