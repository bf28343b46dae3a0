package org.ergolens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.Optional;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.model.Factor;
import org.junit.jupiter.api.Test;

class GeneratorSpecTest {
  @Test
  void defaultsDescribeTheSampleData() {
    GeneratorSpec s = GeneratorSpec.defaults();
    assertEquals(5_000, s.respondents());
    assertEquals(YearMonth.of(2026, 10), s.endMonth());
    assertEquals(12, s.months());
    assertEquals(YearMonth.of(2025, 11), s.firstMonth());
    assertEquals(OutputFormat.CSV, s.format());
    assertEquals(false, s.injectBadRows());
    assertEquals(Optional.empty(), s.intervention());
  }

  @Test
  void interventionParsesAndPrintsBack() {
    Intervention i = Intervention.parse("com-fs:monitor_position:laptop_only:2026-05");
    assertEquals(
        new Intervention("com-fs", Factor.MONITOR_POSITION, "laptop_only", YearMonth.of(2026, 5)),
        i);
    assertEquals("com-fs:monitor_position:laptop_only:2026-05", i.toString());
    assertEquals(3, i.levelIndex());
  }

  @Test
  void badValuesAreRejectedWithTheReason() {
    assertEquals(
        "Cannot generate 10 respondents: choose 200 to 50000000",
        assertThrows(
                IllegalArgumentException.class, () -> GeneratorSpec.defaults().withRespondents(10))
            .getMessage());
    assertEquals(
        "Cannot plant intervention: 'at_eye_level' is the reference level of monitor_position;"
            + " lower one of above_eye_level, below_eye_level, laptop_only",
        assertThrows(
                IllegalArgumentException.class,
                () -> Intervention.parse("com-fs:monitor_position:at_eye_level:2026-05"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Intervention.parse("com-fs:monitor_position:laptop_only"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Intervention.parse("com-fs:posture:slouching:2026-05"));
    assertEquals(
        "Cannot plant intervention: start 2024-01 is outside the history 2025-11 to 2026-10",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GeneratorSpec.defaults()
                        .withIntervention(
                            Intervention.parse("com-fs:monitor_position:laptop_only:2024-01")))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GeneratorSpec.defaults()
                .withIntervention(Intervention.parse("nope:monitor_position:laptop_only:2026-05")));
  }

  @Test
  void parquetIsGeneratedCleanAndIntensityIsBounded() {
    assertEquals(
        "Cannot inject bad rows into parquet: its columns are typed; use csv or jsonl",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GeneratorSpec.defaults()
                        .withFormat(OutputFormat.PARQUET)
                        .withInjectBadRows(true))
            .getMessage());
    assertEquals(1, GeneratorSpec.defaults().reportIntensity());
    assertEquals(2, GeneratorSpec.defaults().withReportIntensity(2).reportIntensity());
    assertEquals(
        "Cannot generate a report intensity of 0: choose 1 to 10",
        assertThrows(
                IllegalArgumentException.class,
                () -> GeneratorSpec.defaults().withReportIntensity(0))
            .getMessage());
  }
}
