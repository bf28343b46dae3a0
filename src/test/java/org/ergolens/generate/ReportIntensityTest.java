package org.ergolens.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A higher report intensity multiplies the report rows per case, not the cases or the survey. */
class ReportIntensityTest {
  @TempDir Path dir;

  @Test
  void doublingTheIntensityDoublesReportsButKeepsTheCases() throws IOException {
    GeneratorSpec spec = GeneratorSpec.defaults().withRespondents(1500).withSeed(5);
    GenerationResult one = new Generator(spec).generate(dir.resolve("one"));
    GenerationResult two = new Generator(spec.withReportIntensity(2)).generate(dir.resolve("two"));

    assertArrayEquals(
        Files.readAllBytes(dir.resolve("one/workstation_survey.csv")),
        Files.readAllBytes(dir.resolve("two/workstation_survey.csv")),
        "the survey does not depend on the report intensity");
    double ratio =
        (two.reportRows() - two.orphanReports())
            / (double) (one.reportRows() - one.orphanReports());
    // Each case's 1 or 2 reports become 2 or 4; later draws shift, so the ratio is about 2.
    assertEquals(2.0, ratio, 0.05, "twice as many reports per case");
    assertEquals(cases(dir.resolve("one")), cases(dir.resolve("two")));
    assertTrue(
        Files.readString(dir.resolve("two/planted-model.json")).contains("\"report_intensity\""));
    assertTrue(
        !Files.readString(dir.resolve("one/planted-model.json")).contains("report_intensity"),
        "the default leaves the model description as it was");
  }

  /** respondent, month and region of every report: the cases. */
  private static Set<String> cases(Path org) throws IOException {
    Set<String> out = new TreeSet<>();
    List<Map<String, String>> rows = InputFiles.records(org.resolve("discomfort_reports.csv"));
    for (Map<String, String> r : rows) {
      out.add(
          r.get("respondent_id")
              + " "
              + r.get("report_date").substring(0, 7)
              + " "
              + ContractChecker.normalised(r.get("body_region")));
    }
    return out;
  }
}
