package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset whose part files mix CSV and typed Parquet is validated per format and read as one: the
 * same reports as CSV (part 0) and as Parquet (part 1) are all accepted in part 0 and all repeats
 * in part 1, where the first in input order wins.
 */
class MixedFormatsTest {
  @TempDir static Path dir;

  @Test
  void csvAndParquetPartsOfOneDatasetAreReadAsOne() throws Exception {
    GeneratorSpec spec = GeneratorSpec.defaults().withSeed(5).withRespondents(300);
    new Generator(spec).generate(dir.resolve("csv"));
    new Generator(spec.withFormat(OutputFormat.PARQUET)).generate(dir.resolve("pq"));
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("discomfort_reports"));
    for (String f : List.of("workstation_survey.csv", "departments.csv")) {
      Files.copy(dir.resolve("csv").resolve(f), in.resolve(f));
    }
    Files.copy(
        dir.resolve("csv/discomfort_reports.csv"), in.resolve("discomfort_reports/part-0.csv"));
    Files.copy(
        dir.resolve("pq/discomfort_reports.parquet"),
        in.resolve("discomfort_reports/part-1.parquet"));

    Map<DatasetSpec, IngestedDataset> data =
        new Ingestion(SparkTestSession.get(), in.toString()).checkInputs().read();
    IngestedDataset reports = data.get(DatasetSpec.DISCOMFORT_REPORTS);
    DatasetCounts counts = RowCounts.of(data).datasets().get(DatasetSpec.DISCOMFORT_REPORTS);

    long csvRows = Files.readAllLines(dir.resolve("csv/discomfort_reports.csv")).size() - 1;
    assertEquals(2 * csvRows, counts.rowsRead(), "both parts read");
    assertEquals(
        Map.of(ReasonCode.DUPLICATE_REPORT_ID.id(), csvRows),
        counts.rejectedByReason(),
        "every Parquet row repeats a CSV row");
    List<Row> byFile =
        reports
            .typed()
            .groupBy(col(Columns.FILE_INDEX), col(Columns.REASON))
            .count()
            .orderBy(Columns.FILE_INDEX)
            .collectAsList();
    assertEquals(2, byFile.size(), byFile.toString());
    assertEquals(0, byFile.get(0).getInt(0));
    assertEquals(null, byFile.get(0).get(1), "the CSV part, first in input order, is accepted");
    assertEquals(ReasonCode.DUPLICATE_REPORT_ID.id(), byFile.get(1).getString(1));
  }
}
