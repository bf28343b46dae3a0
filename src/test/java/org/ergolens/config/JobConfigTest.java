package org.ergolens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recommendation thresholds: defaults, the shipped job file, and refused values. */
class JobConfigTest {
  @TempDir Path dir;

  @Test
  void theShippedJobFileHoldsTheDefaults() {
    assertEquals(
        JobConfig.defaults(),
        ConfigLoader.load("jobs/ergolens.json", new org.apache.hadoop.conf.Configuration()),
        "jobs/ergolens.json documents the defaults, so the two must not drift apart");
  }

  @Test
  void theSampleOrganisationsJobFileAddsOnlyItsPlantedChange() {
    JobConfig sample =
        ConfigLoader.load("jobs/sample-org.json", new org.apache.hadoop.conf.Configuration());
    InterventionSpec planted = sample.interventions().get(0);
    assertEquals("com-fs", planted.department());
    assertEquals(java.time.YearMonth.of(2026, 4), planted.firstMonthAfter());
    assertEquals(
        JobConfig.defaults(),
        new JobConfig(
            sample.surveyLookbackMonths(),
            sample.caseMinSeverity(),
            sample.redFlagDays(),
            sample.maxRejectRatio(),
            sample.minGroupSize(),
            sample.minCellCount(),
            sample.minAttributableCases(),
            sample.maxActionsPerUnit(),
            sample.credibilityLevel(),
            sample.redFlagMinShare(),
            sample.trendMonths(),
            java.util.List.of(),
            sample.csvDelimiter(),
            sample.decimalMark(),
            sample.csvMaxRecordLines(),
            sample.xlsxSheet(),
            sample.riskHighLimit(),
            sample.riskModerateLimit(),
            sample.riskExposureHighShare(),
            sample.riskExposureModerateShare(),
            sample.deskBasedMinShare()));
  }

  @Test
  void theDeskBasedShareOverridesTheDefaultAndIsChecked() {
    assertEquals(0.5, JobConfig.defaults().deskBasedMinShare());
    Path file = Files2.write(dir.resolve("desk.json"), "{\"desk_based_min_share\": 0.7}");
    assertEquals(
        0.7,
        ConfigLoader.load(file.toString(), new org.apache.hadoop.conf.Configuration())
            .deskBasedMinShare());
    Path bad = Files2.write(dir.resolve("desk2.json"), "{\"desk_based_min_share\": 1.5}");
    ConfigException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(bad.toString(), new org.apache.hadoop.conf.Configuration()));
    assertEquals(
        "Invalid configuration: desk_based_min_share = 1.5; use a share from 0 to 1, e.g. 0.5 (0"
            + " counts every unit as desk-based).",
        e.getMessage());
  }

  @Test
  void riskLimitsOverrideTheDefaultsAndAreChecked() {
    Path file =
        Files2.write(
            dir.resolve("risk.json"), "{\"risk_high_limit\": 0.99, \"risk_moderate_limit\": 0.9}");
    JobConfig c = ConfigLoader.load(file.toString(), new org.apache.hadoop.conf.Configuration());
    assertEquals(0.99, c.riskHighLimit());
    assertEquals(0.9, c.riskModerateLimit());
    Path upsideDown =
        Files2.write(
            dir.resolve("risk2.json"), "{\"risk_high_limit\": 0.9, \"risk_moderate_limit\": 0.95}");
    ConfigException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    upsideDown.toString(), new org.apache.hadoop.conf.Configuration()));
    assertEquals(
        "Invalid configuration: risk_high_limit = 0.9; use a funnel limit's level below 1 and at"
            + " least risk_moderate_limit, e.g. 0.998.",
        e.getMessage());
  }

  @Test
  void exposureSharesOverrideTheDefaultsAndAreChecked() {
    Path file =
        Files2.write(
            dir.resolve("share.json"),
            "{\"risk_exposure_high_share\": 0.4, \"risk_exposure_moderate_share\": 0.2}");
    JobConfig c = ConfigLoader.load(file.toString(), new org.apache.hadoop.conf.Configuration());
    assertEquals(0.4, c.riskExposureHighShare());
    assertEquals(0.2, c.riskExposureModerateShare());
    Path upsideDown =
        Files2.write(
            dir.resolve("share2.json"),
            "{\"risk_exposure_high_share\": 0.1, \"risk_exposure_moderate_share\": 0.2}");
    ConfigException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    upsideDown.toString(), new org.apache.hadoop.conf.Configuration()));
    assertEquals(
        "Invalid configuration: risk_exposure_high_share = 0.1; use a share of a unit's cases at"
            + " most 1 and at least risk_exposure_moderate_share, e.g. 0.25.",
        e.getMessage());
  }

  @Test
  void recommendationKeysOverrideTheDefaults() {
    Path file =
        Files2.write(
            dir.resolve("c.json"),
            """
            {"min_attributable_cases": 2.5, "max_actions_per_unit": 5,
             "credibility_level": 0.99, "red_flag_min_share": 0.2}\
            """);
    JobConfig c = ConfigLoader.load(file.toString(), new org.apache.hadoop.conf.Configuration());
    assertEquals(2.5, c.minAttributableCases());
    assertEquals(5, c.maxActionsPerUnit());
    assertEquals(0.99, c.credibilityLevel());
    assertEquals(0.2, c.redFlagMinShare());
    assertEquals(5, c.minGroupSize(), "keys left out keep their defaults");
  }

  @Test
  void refusesValuesOutsideTheirRange() {
    assertRefused(
        "{\"min_attributable_cases\": -1}",
        "Invalid configuration: min_attributable_cases = -1.0; use a number of cases, 0 or more,"
            + " e.g. 1.");
    assertRefused(
        "{\"max_actions_per_unit\": 0}",
        "Invalid configuration: max_actions_per_unit = 0; use a whole number from 1 to 20.");
    assertRefused(
        "{\"credibility_level\": 1}",
        "Invalid configuration: credibility_level = 1.0; use a confidence level above 0.5 and"
            + " below 1, e.g. 0.95.");
    assertRefused(
        "{\"credibility_level\": 0.5}",
        "Invalid configuration: credibility_level = 0.5; use a confidence level above 0.5 and"
            + " below 1, e.g. 0.95.");
    assertRefused(
        "{\"red_flag_min_share\": 1.5}",
        "Invalid configuration: red_flag_min_share = 1.5; use a share from 0 to 1, e.g. 0.10.");
  }

  @Test
  void interventionsAreReadAndChecked() {
    Path file =
        Files2.write(
            dir.resolve("i.json"),
            """
            {"trend_months": 6, "interventions": [
              {"department": "com-fs", "factor": "monitor_position", "level": "laptop_only",
               "start": "2026-05-15", "description": "Docking stations for field sales"}]}\
            """);
    JobConfig c = ConfigLoader.load(file.toString(), new org.apache.hadoop.conf.Configuration());
    assertEquals(6, c.trendMonths());
    InterventionSpec i = c.interventions().get(0);
    assertEquals(java.time.YearMonth.of(2026, 6), i.firstMonthAfter(), "May is a transition month");
    assertEquals(org.ergolens.model.Outcome.ANY_REGION, i.targetOutcome());
    assertRefused(
        "{\"interventions\": [{\"department\": \"x\", \"factor\": \"monitor_position\","
            + " \"level\": \"sideways\", \"start\": \"2026-05-01\"}]}",
        "Invalid configuration: interventions[0].level = sideways; use a level of"
            + " monitor_position: [at_eye_level, above_eye_level, below_eye_level, laptop_only].");
    assertRefused(
        "{\"interventions\": [{\"department\": \"x\", \"factor\": \"lumbar_support\","
            + " \"level\": \"no\", \"start\": \"May 2026\"}]}",
        "Invalid configuration: interventions[0].start = May 2026; use a date YYYY-MM-DD, e.g."
            + " 2026-05-01.");
    Path unknownKey =
        Files2.write(dir.resolve("k.json"), "{\"interventions\": [{\"dept\": \"x\"}]}");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    unknownKey.toString(), new org.apache.hadoop.conf.Configuration()));
    assertEquals(
        "Invalid configuration "
            + unknownKey
            + ": unknown key 'interventions[0].dept'; known keys are [department, description,"
            + " factor, level, outcome, start].",
        e.getMessage());
    assertRefused(
        "{\"trend_months\": 40}",
        "Invalid configuration: trend_months = 40; use a whole number of months from 0 to 36 (0"
            + " turns trends off).");
  }

  private void assertRefused(String json, String message) {
    Path file = Files2.write(dir.resolve("bad.json"), json);
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(file.toString(), new org.apache.hadoop.conf.Configuration()));
    assertEquals(message, e.getMessage());
  }
}
