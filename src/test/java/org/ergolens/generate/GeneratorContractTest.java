package org.ergolens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ergolens.dataset.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every generated value is within the contract's domains, and the data has the edge cases. */
class GeneratorContractTest {
  private static final YearMonth END = YearMonth.of(2026, 10);

  @TempDir static Path dir;

  @BeforeAll
  static void generate() throws IOException {
    for (OutputFormat f : OutputFormat.values()) {
      new Generator(GeneratorSpec.defaults().withRespondents(3000).withFormat(f))
          .generate(dir.resolve(f.extension()));
    }
  }

  private static Path file(OutputFormat f, String dataset) {
    return dir.resolve(f.extension()).resolve(dataset + "." + f.extension());
  }

  private static Set<String> departments(OutputFormat f) throws IOException {
    return InputFiles.records(dir.resolve(f.extension()).resolve("departments.csv")).stream()
        .map(r -> r.get("department"))
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void headersHaveEveryContractColumnInOrder(OutputFormat f) throws IOException {
    assertEquals(
        ContractChecker.SURVEY.stream().map(ContractChecker.Col::name).toList(),
        InputFiles.header(file(f, "workstation_survey")));
    assertEquals(
        ContractChecker.REPORTS.stream().map(ContractChecker.Col::name).toList(),
        InputFiles.header(file(f, "discomfort_reports")));
    assertEquals(
        List.of("department", "name", "parent"),
        InputFiles.header(dir.resolve(f.extension()).resolve("departments.csv")));
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyRowIsAcceptedByTheContract(OutputFormat f) throws IOException {
    ContractChecker survey = new ContractChecker(ContractChecker.SURVEY, departments(f));
    List<Map<String, String>> rows = InputFiles.records(file(f, "workstation_survey"));
    for (int i = 0; i < rows.size(); i++) {
      assertNull(survey.classify(rows.get(i)), "survey row " + (i + 1) + ": " + rows.get(i));
    }
    ContractChecker reports = new ContractChecker(ContractChecker.REPORTS, null);
    rows = InputFiles.records(file(f, "discomfort_reports"));
    for (int i = 0; i < rows.size(); i++) {
      assertNull(reports.classify(rows.get(i)), "report row " + (i + 1) + ": " + rows.get(i));
    }
  }

  @Test
  void departmentTreeIsValidWithSmallDepartments() throws IOException {
    List<Map<String, String>> tree = InputFiles.records(dir.resolve("csv/departments.csv"));
    Map<String, String> parent = new HashMap<>();
    for (Map<String, String> d : tree) {
      assertTrue(d.get("department").matches("[a-z]+(-[a-z]+)?"), d.toString());
      assertTrue(d.get("name") != null && !d.get("name").isBlank(), d.toString());
      parent.put(d.get("department"), d.get("parent"));
    }
    assertTrue(tree.size() >= 15, "about 15 departments plus divisions");
    for (String d : parent.keySet()) {
      Set<String> seen = new HashSet<>();
      for (String p = d; p != null; p = parent.get(p)) {
        assertTrue(parent.containsKey(p), "parent " + p + " exists");
        assertTrue(seen.add(p), "no cycle through " + d);
      }
    }
    Map<String, Set<String>> members = respondentsByDepartment(OutputFormat.CSV);
    assertEquals(parent.keySet(), members.keySet(), "every department has respondents");
    long small = members.values().stream().filter(m -> m.size() < 5).count();
    assertTrue(small >= 2, "at least two departments below 5 respondents: " + sizes(members));
  }

  @Test
  void smallDepartmentsStaySmallAtAnySize() throws IOException {
    for (int n : new int[] {GeneratorSpec.MIN_RESPONDENTS, 20_000}) {
      GenerationResult r =
          new Generator(GeneratorSpec.defaults().withRespondents(n).withMonths(1))
              .generate(dir.resolve("size-" + n));
      long small = r.respondentsByDepartment().values().stream().filter(c -> c < 5).count();
      assertTrue(small >= 2, n + " respondents: " + r.respondentsByDepartment());
      assertEquals(n, r.respondentsByDepartment().values().stream().mapToInt(i -> i).sum());
    }
  }

  @Test
  void departmentsDifferInExposure() throws IOException {
    Map<String, double[]> laptop = new TreeMap<>();
    for (Map<String, String> r : InputFiles.records(file(OutputFormat.CSV, "workstation_survey"))) {
      double[] c = laptop.computeIfAbsent(r.get("department"), k -> new double[2]);
      c[0] += ContractChecker.normalised(r.get("monitor_position")).equals("laptop_only") ? 1 : 0;
      c[1]++;
    }
    double fieldSales = laptop.get("com-fs")[0] / laptop.get("com-fs")[1];
    double engineering = laptop.get("tech-eng")[0] / laptop.get("tech-eng")[1];
    assertTrue(fieldSales > 0.6, "field sales mostly laptop_only: " + fieldSales);
    assertTrue(engineering < 0.2, "engineering rarely laptop_only: " + engineering);
  }

  @Test
  void dataHasTheJobsEdgeCases() throws IOException {
    List<Map<String, String>> survey =
        InputFiles.records(file(OutputFormat.CSV, "workstation_survey"));
    List<Map<String, String>> reports =
        InputFiles.records(file(OutputFormat.CSV, "discomfort_reports"));
    Set<String> surveyed = new HashSet<>();
    Set<String> answerKeys = new HashSet<>();
    boolean tie = false;
    long beforeLookback = 0;
    LocalDate lookbackStart = END.minusMonths(11).atDay(1);
    for (Map<String, String> r : survey) {
      assertTrue(r.get("respondent_id").matches("r\\d{6}"), r.get("respondent_id"));
      surveyed.add(r.get("respondent_id"));
      tie |= !answerKeys.add(r.get("respondent_id") + " " + r.get("response_date"));
      LocalDate d = LocalDate.parse(r.get("response_date"));
      beforeLookback += d.isBefore(lookbackStart) ? 1 : 0;
      assertTrue(!d.isAfter(END.atEndOfMonth()), "no answer after the end month");
    }
    assertTrue(tie, "some respondent answers twice on one day");
    assertTrue(beforeLookback > survey.size() / 5, "many answers are older than the lookback");

    Set<String> reportIds = new HashSet<>();
    Set<String> orphans = new TreeSet<>();
    Set<YearMonth> months = new TreeSet<>();
    for (Map<String, String> r : reports) {
      assertTrue(r.get("report_id").matches("rep\\d{8}"), r.get("report_id"));
      assertTrue(reportIds.add(r.get("report_id")), "unique " + r.get("report_id"));
      if (!surveyed.contains(r.get("respondent_id"))) {
        orphans.add(r.get("respondent_id"));
      }
      months.add(YearMonth.from(LocalDate.parse(r.get("report_date"))));
    }
    assertTrue(orphans.size() >= 3, "reports by respondents who never took the survey");
    assertEquals(12, months.size(), "reports in every month of the history: " + months);
    assertEquals(END.minusMonths(11), ((TreeSet<YearMonth>) months).first());

    for (String column :
        List.of("exercise_days_per_week", "desk_type", "work_location", "screen_distance_cm")) {
      long empty = survey.stream().filter(r -> r.get(column) == null).count();
      assertTrue(empty > 0 && empty < survey.size() / 10, column + " sometimes empty: " + empty);
    }
    for (String column : List.of("duration_days", "numbness_tingling", "interferes_with_work")) {
      long empty = reports.stream().filter(r -> r.get(column) == null).count();
      assertTrue(empty > 0 && empty < reports.size() / 10, column + " sometimes empty: " + empty);
    }
    long longDuration =
        reports.stream()
            .filter(
                r -> r.get("duration_days") != null && Integer.parseInt(r.get("duration_days")) > 3)
            .count();
    double share = longDuration / (double) reports.size();
    assertTrue(share > 0.18 && share < 0.32, "about 25% of reports last > 3 days: " + share);
  }

  private static Map<String, Set<String>> respondentsByDepartment(OutputFormat f)
      throws IOException {
    Map<String, Set<String>> m = new TreeMap<>();
    for (Map<String, String> r : InputFiles.records(file(f, "workstation_survey"))) {
      m.computeIfAbsent(r.get("department"), k -> new HashSet<>()).add(r.get("respondent_id"));
    }
    return m;
  }

  private static Map<String, Integer> sizes(Map<String, Set<String>> members) {
    Map<String, Integer> s = new TreeMap<>();
    members.forEach((k, v) -> s.put(k, v.size()));
    return s;
  }

  @Test
  void plantedModelIsWrittenNextToTheData() throws IOException {
    Path csv = dir.resolve("csv");
    assertTrue(Files.size(csv.resolve("planted-model.json")) > 1000);
    assertTrue(Files.readString(csv.resolve("planted-model.md")).contains("| neck |"));
    assertTrue(Files.notExists(csv.resolve("expected-rejects.json")));
  }

  @Test
  void headcountCoversEveryDepartmentWithRealisticResponseRates() throws IOException {
    List<Map<String, String>> rows = InputFiles.records(dir.resolve("csv/headcount.csv"));
    assertEquals(
        List.of("department", "headcount"), InputFiles.header(dir.resolve("csv/headcount.csv")));
    assertEquals(
        departments(OutputFormat.CSV),
        rows.stream().map(r -> r.get("department")).collect(Collectors.toSet()));
    Map<String, Long> inPopulation =
        AsOf.population(InputFiles.records(file(OutputFormat.CSV, "workstation_survey")), END)
            .values()
            .stream()
            .collect(Collectors.groupingBy(r -> r.get("department"), Collectors.counting()));
    int low = 0;
    for (Map<String, String> r : rows) {
      long headcount = Long.parseLong(r.get("headcount"));
      long answered = inPopulation.getOrDefault(r.get("department"), 0L);
      assertTrue(headcount >= answered, r + " has fewer people than answered: " + answered);
      if (answered >= HeadcountWriter.LOW_MIN_RESPONDENTS) {
        double rate = (double) answered / headcount;
        assertTrue(rate > 0.49 && rate <= 0.95, r + " answered at " + rate);
        if (rate < 0.60) {
          low++;
        }
      }
    }
    assertEquals(HeadcountWriter.LOW_DEPARTMENTS, low, "departments answering below 60%");
  }
}
