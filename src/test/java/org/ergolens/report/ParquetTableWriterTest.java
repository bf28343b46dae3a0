package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver-side Parquet writer gives what Spark's own writer gives for the same rows. */
class ParquetTableWriterTest {
  @TempDir Path dir;

  /** A row of the test table. */
  record Unit(String department, Long respondents, Double prevalence, Boolean suppressed) {}

  static final TableSpec<Unit> SPEC =
      TableSpec.<Unit>builder("t")
          .text("department", Unit::department)
          .count("respondents", Unit::respondents)
          .number("prevalence", Unit::prevalence)
          .flag("suppressed", Unit::suppressed)
          .build();

  static Table table() {
    return SPEC.table(
        List.of(
            new Unit("fin", 12L, 0.25, false),
            new Unit("Malmö – «R&D», 東京", -3L, Double.NaN, true),
            new Unit(null, null, null, null),
            new Unit("", Long.MAX_VALUE, 1e-300, null)));
  }

  @Test
  void sparkReadsTheSameRowsAndTypesAsFromItsOwnWriter() {
    SparkSession spark = SparkTestSession.get();
    Table t = table();
    ParquetTableWriter.write(spark, t, dir.resolve("driver").toString());
    List<Row> rows = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      rows.add(RowFactory.create(r.toArray()));
    }
    spark
        .createDataFrame(rows, ParquetTableWriter.schema(t))
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(dir.resolve("spark").toString());

    Dataset<Row> ours = spark.read().parquet(dir.resolve("driver").toString());
    Dataset<Row> theirs = spark.read().parquet(dir.resolve("spark").toString());
    assertEquals(theirs.schema(), ours.schema(), "the schema Spark reads back");
    assertEquals(ParquetTableWriter.schema(t), ours.schema(), "the table's schema");
    assertEquals(theirs.collectAsList(), ours.collectAsList(), "the rows, in order");
  }

  @Test
  void anEmptyTableIsAFileWithTheSchemaAndNoRows() {
    SparkSession spark = SparkTestSession.get();
    Table empty = SPEC.table(List.of());
    ParquetTableWriter.write(spark, empty, dir.resolve("empty").toString());
    Dataset<Row> read = spark.read().parquet(dir.resolve("empty").toString());
    assertEquals(ParquetTableWriter.schema(empty), read.schema());
    assertEquals(0, read.count());
  }

  @Test
  void aRewriteGivesTheSameBytesInOnePlainFile() throws Exception {
    SparkSession spark = SparkTestSession.get();
    ParquetTableWriter.write(spark, table(), dir.resolve("a").toString());
    ParquetTableWriter.write(spark, table(), dir.resolve("b").toString());
    List<String> names = names(dir.resolve("a"));
    assertEquals(List.of("part-00000.snappy.parquet"), names, "one file, no _SUCCESS");
    assertEquals(names, names(dir.resolve("b")));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a").resolve(names.get(0))),
        Files.readAllBytes(dir.resolve("b").resolve(names.get(0))));
  }

  @Test
  void refusesAnExistingDirectory() throws Exception {
    Files.createDirectories(dir.resolve("there"));
    assertThrows(
        RuntimeException.class,
        () ->
            ParquetTableWriter.write(
                SparkTestSession.get(), table(), dir.resolve("there").toString()));
  }

  private static List<String> names(Path d) throws Exception {
    try (Stream<Path> s = Files.list(d)) {
      // Hidden checksum files come from the test's local file system, not from the writer.
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }
}
