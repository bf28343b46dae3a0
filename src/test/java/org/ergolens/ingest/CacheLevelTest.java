package org.ergolens.ingest;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.ergolens.testing.SparkTestSession;
import org.ergolens.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validated rows are cached where the session's setting says, and a bad setting is named. */
class CacheLevelTest {
  @TempDir Path in;

  @Test
  void theValidatedRowsAreCachedAtTheConfiguredLevel() throws Exception {
    Files.writeString(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER + "\n" + TestInputs.surveys("r", "ops", 3));
    Files.writeString(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + TestInputs.report("d1", "r1", "2026-10-05", "neck") + "\n");
    for (String level : new String[] {"MEMORY_ONLY", "DISK_ONLY"}) {
      spark().catalog().clearCache(); // the previous level's
      var data = withLevel(level, () -> new Ingestion(spark(), in.toString()).checkInputs().read());
      for (DatasetSpec spec :
          new DatasetSpec[] {DatasetSpec.WORKSTATION_SURVEY, DatasetSpec.DISCOMFORT_REPORTS}) {
        IngestedDataset d = data.get(spec);
        // The reports' typed rows are the cached rows joined with the duplicate marks: the cache
        // is in their plan.
        String plan = d.typed().queryExecution().withCachedData().toString();
        assertTrue(
            plan.contains("InMemoryRelation") && plan.contains(StorageLevel.fromString(level) + ""),
            spec + " " + level + ": " + plan);
        assertEquals(spec == DatasetSpec.DISCOMFORT_REPORTS ? 1 : 3, d.accepted().count());
      }
    }
  }

  @Test
  void whatAReadCachedIsReleased() throws Exception {
    Files.writeString(
        in.resolve("workstation_survey.csv"),
        SURVEY_HEADER + "\n" + TestInputs.surveys("r", "ops", 3));
    Files.writeString(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + TestInputs.report("d1", "r1", "2026-10-05", "neck") + "\n");
    spark().catalog().clearCache();
    CheckedInputs inputs = new Ingestion(spark(), in.toString()).checkInputs();
    var data = inputs.read();
    IngestedDataset surveys = data.get(DatasetSpec.WORKSTATION_SURVEY);
    assertEquals(3, surveys.accepted().count());
    assertTrue(!spark().sharedState().cacheManager().isEmpty(), "the read cached its rows");
    inputs.unpersist();
    assertTrue(spark().sharedState().cacheManager().isEmpty(), "nothing cached once released");
    assertEquals(3, surveys.accepted().count(), "the rows can still be read, from the files");
  }

  @Test
  void anUnknownLevelIsNamedWithItsSetting() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withLevel("IN_THE_CLOUD", () -> new Ingestion(spark(), in.toString())));
    assertTrue(e.getMessage().startsWith(Ingestion.CACHE_STORAGE_LEVEL + "=IN_THE_CLOUD"));
  }

  static SparkSession spark() {
    return SparkTestSession.get();
  }

  static <T> T withLevel(String level, java.util.function.Supplier<T> run) {
    var conf = spark().conf();
    String before = conf.get(Ingestion.CACHE_STORAGE_LEVEL, null);
    conf.set(Ingestion.CACHE_STORAGE_LEVEL, level);
    try {
      return run.get();
    } finally {
      if (before == null) {
        conf.unset(Ingestion.CACHE_STORAGE_LEVEL);
      } else {
        conf.set(Ingestion.CACHE_STORAGE_LEVEL, before);
      }
    }
  }
}
