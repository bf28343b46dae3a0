package org.ergolens.ingest;

import static org.ergolens.testing.TestInputs.DEPARTMENT_HEADER;
import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs are listed in the contract's dataset order, whatever the JVM: report.json lists them,
 * and two runs on the same input (say, embedded and on a cluster) must give the same bytes.
 */
class InputOrderTest {
  @TempDir Path dir;

  @Test
  void filesAreInDatasetOrder() {
    Path in = dir.resolve("in");
    Files2.write(in.resolve("departments.csv"), DEPARTMENT_HEADER + "\nfin,Finance,\n");
    Files2.write(in.resolve("headcount.csv"), "department,headcount\nfin,9\n");
    Files2.write(
        in.resolve("workstation_survey.csv"), SURVEY_HEADER + "\n" + surveys("a", "fin", 5));
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("r1", "a1", "2026-10-02", "neck") + "\n");
    CheckedInputs ingestion =
        new Ingestion(SparkTestSession.get(), in.toUri().toString()).checkInputs();
    assertEquals(
        List.of(DatasetSpec.values()),
        List.copyOf(ingestion.files().keySet()),
        "datasets in the order of DatasetSpec, not a per-JVM hash order");
  }
}
