package org.ergolens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planted intervention lowers the department's exposure from its start month on. */
class InterventionTest {
  private static final YearMonth START = YearMonth.of(2026, 5);

  @TempDir Path dir;

  @Test
  void laptopOnlyShareDropsInFieldSalesAfterTheStart() throws IOException {
    GeneratorSpec base = GeneratorSpec.defaults().withRespondents(6000);
    GeneratorSpec planted =
        base.withIntervention(Intervention.parse("com-fs:monitor_position:laptop_only:" + START));
    new Generator(planted).generate(dir.resolve("planted"));
    new Generator(base).generate(dir.resolve("base"));
    List<Map<String, String>> survey =
        InputFiles.records(dir.resolve("planted/workstation_survey.csv"));

    double[] before = new double[2];
    double[] after = new double[2];
    for (Map<String, String> r : survey) {
      if (r.get("department").equals("com-fs")) {
        boolean isAfter = !LocalDate.parse(r.get("response_date")).isBefore(START.atDay(1));
        double[] c = isAfter ? after : before;
        c[0] += laptop(r);
        c[1]++;
      }
    }
    double shareBefore = before[0] / before[1];
    double shareAfter = after[0] / after[1];
    assertTrue(shareBefore > 0.65, "laptop_only share before: " + shareBefore);
    assertTrue(shareAfter < 0.25, "laptop_only share after: " + shareAfter);

    YearMonth end = planted.endMonth();
    assertTrue(
        populationShare(survey, end)
            < populationShare(InputFiles.records(dir.resolve("base/workstation_survey.csv")), end)
                - 0.2,
        "the month's population is less exposed than without the intervention");
  }

  @Test
  void otherDepartmentsAreUntouched() throws IOException {
    GeneratorSpec base = GeneratorSpec.defaults().withRespondents(1000);
    new Generator(base).generate(dir.resolve("base"));
    new Generator(
            base.withIntervention(
                Intervention.parse("com-fs:monitor_position:laptop_only:" + START)))
        .generate(dir.resolve("planted"));
    assertEquals(
        linesOutside("base", "com-fs"),
        linesOutside("planted", "com-fs"),
        "common random numbers: only the department's answers change");
  }

  private List<String> linesOutside(String run, String department) throws IOException {
    return Files.readAllLines(
            dir.resolve(run).resolve("workstation_survey.csv"), StandardCharsets.UTF_8)
        .stream()
        .filter(l -> !l.contains("," + department + ","))
        .toList();
  }

  private static double populationShare(List<Map<String, String>> survey, YearMonth month) {
    double[] c = new double[2];
    AsOf.population(survey, month).values().stream()
        .filter(r -> r.get("department").equals("com-fs"))
        .forEach(
            r -> {
              c[0] += laptop(r);
              c[1]++;
            });
    return c[0] / c[1];
  }

  private static int laptop(Map<String, String> r) {
    return ContractChecker.normalised(r.get("monitor_position")).equals("laptop_only") ? 1 : 0;
  }
}
