package org.ergolens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ergolens.dataset.OutputFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Injected bad rows are classified, by an independent reading of the contract, exactly as
 * expected-rejects.json says: every reason present, nothing else rejected, well under 5%.
 */
class BadRowInjectionTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(
      value = OutputFormat.class,
      names = {"CSV", "JSONL"}) // Parquet's typed columns cannot hold bad rows
  void injectedRowsMatchExpectedRejects(OutputFormat format) throws IOException {
    new Generator(
            GeneratorSpec.defaults()
                .withRespondents(4000)
                .withFormat(format)
                .withInjectBadRows(true))
        .generate(dir);
    Map<String, Map<String, Integer>> expected =
        new ObjectMapper()
            .readValue(dir.resolve("expected-rejects.json").toFile(), new TypeReference<>() {});
    Set<String> departments =
        InputFiles.records(dir.resolve("departments.csv")).stream()
            .map(r -> r.get("department"))
            .collect(Collectors.toSet());

    Map<String, Integer> survey =
        classify(
            dir.resolve("workstation_survey." + format.extension()),
            new ContractChecker(ContractChecker.SURVEY, departments));
    Map<String, Integer> reports =
        classify(
            dir.resolve("discomfort_reports." + format.extension()),
            new ContractChecker(ContractChecker.REPORTS, null));

    assertEquals(new TreeMap<>(expected.get("workstation_survey")), survey);
    assertEquals(new TreeMap<>(expected.get("discomfort_reports")), reports);
    assertEquals(Map.of(), expected.get("departments"), "departments.csv is kept clean");
    assertEquals(
        Set.of(
            "malformed_row",
            "missing_required",
            "bad_id",
            "bad_date",
            "bad_number",
            "unknown_enum",
            "out_of_range",
            "unknown_department"),
        survey.keySet());
    assertEquals(
        Set.of(
            "malformed_row",
            "missing_required",
            "bad_id",
            "bad_date",
            "bad_number",
            "unknown_enum",
            "out_of_range",
            "duplicate_report_id"),
        reports.keySet());
  }

  private static Map<String, Integer> classify(Path file, ContractChecker checker)
      throws IOException {
    List<Map<String, String>> rows = InputFiles.records(file);
    Map<String, Integer> reasons = new TreeMap<>();
    for (Map<String, String> row : rows) {
      String reason = checker.classify(row);
      if (reason != null) {
        reasons.merge(reason, 1, Integer::sum);
      }
    }
    int rejected = reasons.values().stream().mapToInt(i -> i).sum();
    assertTrue(rejected < 0.02 * rows.size(), file + ": " + rejected + " of " + rows.size());
    return reasons;
  }
}
