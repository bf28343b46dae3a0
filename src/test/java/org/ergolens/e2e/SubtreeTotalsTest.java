package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.spark.sql.Row;
import org.ergolens.model.Outcome;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.ExactRank;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample organisation (five divisions with their teams) with a large minimum group size and
 * small counts withheld, so that teams fold and values are withheld: {@code department_summary}
 * holds a subtree row per division, each the sum of its units wherever they are published, and a
 * reader who combines the unit rows, the subtree rows and the organisation's totals (from {@code
 * report.json}) recovers no withheld count. The units a division covers are worked out here from
 * {@code departments.csv}, not by the job's code.
 */
class SubtreeTotalsTest {
  private static final int K = 10;

  @TempDir static Path dir;
  static CliRun run;
  static Path month;
  static List<Row> rows;
  static Map<String, String> parents = new HashMap<>();

  @BeforeAll
  static void runTheSample() throws Exception {
    String sample = Files.readString(Path.of("jobs/sample-org.json"));
    Path config =
        Files2.write(
            dir.resolve("divisions.json"),
            sample
                .replace("\"min_group_size\": 5", "\"min_group_size\": " + K)
                .replace("\"min_cell_count\": 0", "\"min_cell_count\": 5"));
    Path out = dir.resolve("out");
    run =
        CliRun.run(
            "monthly",
            "--input",
            "sample-data",
            "--out",
            out.toString(),
            "--config",
            config.toString(),
            "--month",
            "2026-10");
    month = out.resolve("month=2026-10");
    rows =
        SparkTestSession.get()
            .read()
            .parquet(month.resolve("department_summary").toString())
            .collectAsList();
    List<String> lines = Files.readAllLines(Path.of("sample-data/departments.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(","); // department,name,parent; a root's parent is empty
      parents.put(f[0], f.length == 2 ? "" : f[f.length - 1]);
    }
  }

  @Test
  void everyDivisionWithTeamsOfItsOwnHasASubtreeRowAfterTheUnits() {
    assertEquals(0, run.exitCode(), run.err());
    List<String> kinds = rows.stream().map(r -> r.<String>getAs("row_kind")).toList();
    int firstSubtree = kinds.indexOf("subtree");
    assertTrue(firstSubtree > 0, "subtree rows exist: " + kinds);
    assertTrue(
        kinds.subList(firstSubtree, kinds.size()).stream().allMatch("subtree"::equals),
        "subtree rows come after the unit rows: " + kinds);
    Map<String, List<String>> covered = coveredUnits();
    List<String> heads = subtrees().stream().map(r -> r.<String>getAs("department")).toList();
    assertEquals(List.copyOf(covered.keySet()), heads, "a subtree row per unit with units below");
    for (Row s : subtrees()) {
      String head = s.getAs("department");
      List<String> named = new ArrayList<>(List.of(((String) s.getAs("rolled_up")).split(";")));
      assertTrue(
          named.containsAll(covered.get(head).subList(1, covered.get(head).size())),
          head + " names the units it covers in rolled_up: " + named);
      assertTrue(s.isNullAt(s.fieldIndex("risk_level")), "no risk level for a subtree");
    }
  }

  @Test
  void aSubtreeIsTheSumOfItsUnitsWhereverTheyArePublished() {
    Map<String, Row> units = units();
    int compared = 0;
    for (Row s : subtrees()) {
      for (String column : countColumns()) {
        Long total = count(s, column);
        List<Long> parts = new ArrayList<>();
        coveredUnits()
            .get(s.<String>getAs("department"))
            .forEach(u -> parts.add(count(units.get(u), column)));
        if (total != null && parts.stream().allMatch(p -> p != null)) {
          assertEquals(total, parts.stream().mapToLong(Long::longValue).sum(), s + " " + column);
          compared++;
        }
      }
    }
    assertTrue(compared > 20, "subtree sums compared: " + compared + " in " + rows);
  }

  @Test
  void noWithheldCountIsRecoverableFromUnitsSubtreesAndTheOrganisation() throws Exception {
    JsonNode org =
        new ObjectMapper().readTree(month.resolve("report.json").toFile()).get("organization");
    Map<String, List<String>> covered = coveredUnits();
    List<String> unitIds = new ArrayList<>(units().keySet());
    int withheld = 0;
    for (String column : countColumns()) {
      // Unknowns: the withheld values of this column. Rows of the system: org = Σ units, and
      // each subtree = Σ the units it covers, with the published values moved to the right.
      Map<String, Integer> unknown = new LinkedHashMap<>();
      Map<String, Long> known = new HashMap<>();
      Long orgValue = organisationValue(org, column);
      register("org", orgValue, unknown, known);
      units().forEach((id, r) -> register("unit:" + id, count(r, column), unknown, known));
      for (Row s : subtrees()) {
        register("subtree:" + s.getAs("department"), count(s, column), unknown, known);
      }
      List<List<String>> sums = new ArrayList<>();
      List<String> all = new ArrayList<>(List.of("org"));
      unitIds.forEach(u -> all.add("unit:" + u));
      sums.add(all);
      covered.forEach(
          (head, us) -> {
            List<String> sum = new ArrayList<>(List.of("subtree:" + head));
            us.forEach(u -> sum.add("unit:" + u));
            sums.add(sum);
          });
      List<BigFraction[]> matrix = new ArrayList<>();
      for (List<String> sum : sums) {
        BigFraction[] row = new BigFraction[unknown.size()];
        Arrays.fill(row, BigFraction.ZERO);
        for (int i = 0; i < sum.size(); i++) {
          Integer j = unknown.get(sum.get(i));
          if (j != null) {
            row[j] = row[j].add(i == 0 ? BigFraction.ONE : BigFraction.MINUS_ONE);
          }
        }
        matrix.add(row);
      }
      int rank = ExactRank.of(matrix, unknown.size());
      for (var e : unknown.entrySet()) {
        List<BigFraction[]> with = new ArrayList<>(matrix);
        BigFraction[] unitVector = new BigFraction[unknown.size()];
        Arrays.fill(unitVector, BigFraction.ZERO);
        unitVector[e.getValue()] = BigFraction.ONE;
        with.add(unitVector);
        assertEquals(
            rank + 1,
            ExactRank.of(with, unknown.size()),
            column + " of " + e.getKey() + " follows from the published values");
        withheld++;
      }
    }
    assertTrue(withheld > 10, "withheld counts attacked: " + withheld);
  }

  @Test
  void peopleReadDivisionsAndUnitsByWhatTheyHold() throws Exception {
    String html = Files.readString(month.resolve("dashboard.html"));
    for (Row s : subtrees()) {
      String name = s.getAs("name");
      assertTrue(html.contains(name + " — whole division"), "the dashboard lists " + name);
      assertTrue(
          html.contains(name + " (staff outside its teams)"),
          "the dashboard names the unit of " + name + "'s own people for what it holds");
    }
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            Files.newInputStream(month.resolve("report.xlsx")))) {
      List<String> summary = new ArrayList<>();
      wb.getSheet("Summary")
          .forEach(
              r ->
                  r.forEach(
                      c ->
                          summary.add(
                              new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c))));
      for (Row s : subtrees()) {
        String name = s.getAs("name");
        assertTrue(summary.contains(name + " — whole division"), "the workbook lists " + name);
        assertTrue(
            summary.stream().anyMatch(c -> c.contains(name + " (staff outside its teams)")),
            "the workbook's contents name " + name + "'s own people: " + summary);
      }
    }
  }

  private static void register(
      String id, Long value, Map<String, Integer> unknown, Map<String, Long> known) {
    if (value == null) {
      unknown.put(id, unknown.size());
    } else {
      known.put(id, value);
    }
  }

  private static Long organisationValue(JsonNode org, String column) {
    JsonNode v =
        column.equals("respondents") || column.equals("red_flags")
            ? org.get(column)
            : org.get("outcomes").get(column.substring("cases_".length())).get("cases");
    return v == null || v.isNull() ? null : v.asLong();
  }

  private static List<String> countColumns() {
    List<String> columns = new ArrayList<>(List.of("respondents", "red_flags"));
    for (Outcome o : Outcome.values()) {
      columns.add("cases_" + o.id());
    }
    return columns;
  }

  private static Long count(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : ((Number) r.get(i)).longValue();
  }

  private static Map<String, Row> units() {
    Map<String, Row> units = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> "unit".equals(r.getAs("row_kind")))
        .forEach(r -> units.put(r.getAs("department"), r));
    return units;
  }

  private static List<Row> subtrees() {
    return rows.stream().filter(r -> "subtree".equals(r.getAs("row_kind"))).toList();
  }

  /**
   * Per unit with other units below it in departments.csv: itself first, then those units, by the
   * departments' ancestry.
   */
  private static Map<String, List<String>> coveredUnits() {
    Map<String, List<String>> covered = new LinkedHashMap<>();
    List<String> unitIds = new ArrayList<>(units().keySet());
    for (String head : unitIds) {
      List<String> below = new ArrayList<>(List.of(head));
      for (String u : unitIds) {
        for (String d = parents.getOrDefault(u, "");
            !d.isEmpty();
            d = parents.getOrDefault(d, "")) {
          if (d.equals(head)) {
            below.add(u);
            break;
          }
        }
      }
      if (below.size() > 1) {
        covered.put(head, below);
      }
    }
    return covered;
  }
}
