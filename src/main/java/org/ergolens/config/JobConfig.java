package org.ergolens.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The job's tunable rules, with the data contract's defaults. Loaded from a JSON file (see {@code
 * jobs/ergolens.json}) and validated once; immutable afterwards.
 *
 * @param surveyLookbackMonths calendar months, ending with the reporting month, in which a survey
 *     answer keeps a respondent in the population
 * @param caseMinSeverity minimum severity (1–10) for a report to count as a case
 * @param redFlagDays a report lasting more days than this is a red flag
 * @param maxRejectRatio share of a dataset's rows that may be rejected before the run stops
 * @param minGroupSize no group of fewer respondents than this is shown (at least 3)
 * @param minCellCount case and red-flag counts from 1 to this minus one are withheld as well; 0
 *     (the default) turns the rule off
 * @param minAttributableCases a factor-triggered recommendation is made only when its exposure
 *     accounts for at least this many of the month's cases in the unit (or organisation)
 * @param maxActionsPerUnit ranked actions listed per reporting unit and in the organisation's
 *     summary; the red-flag referral comes on top
 * @param credibilityLevel an outcome-triggered programme is recommended when the unit's exact
 *     confidence interval at this level lies wholly above the organisation's prevalence
 * @param redFlagMinShare the red-flag referral is made when at least this share of a unit's
 *     respondents has a red flag (and the count is at least {@code minGroupSize})
 * @param trendMonths months before the reporting month shown in {@code department_trends}; the last
 *     twelve of them (at most) are the baseline a month is compared with; 0 turns trends off
 * @param interventions workplace changes to follow up, in the order the report lists them
 * @param csvDelimiter the separator of every CSV input file ({@code ","}, {@code ";"} or {@code
 *     "tab"}); {@code "auto"}: detected per file from its header
 * @param decimalMark the decimal mark in CSV files and workbook text cells ({@code "."} or {@code
 *     ","}); {@code "auto"}: a comma in files separated by {@code ;}, otherwise a point
 * @param csvMaxRecordLines lines a CSV record may span (a quoted field may hold line breaks); a
 *     record still open after this many lines is rejected at its first line
 * @param xlsxSheet the worksheet read from each Excel workbook; null for the first
 * @param riskHighLimit a unit whose any-region prevalence lies above the organisation's funnel
 *     limit at this level is at high risk (default 0.998)
 * @param riskModerateLimit above the limit at this level, moderate (default 0.95)
 * @param riskExposureHighShare a unit is at high risk when one factor's credibly raised levels are
 *     associated with at least this share of its cases of discomfort in any region (default 0.25)
 * @param riskExposureModerateShare with at least this share, moderate (default 0.10)
 * @param deskBasedMinShare a unit is desk-based when at least this share of its respondents sit 4
 *     hours a day or more; desk and screen actions are recommended only in desk-based units
 *     (default 0.5; 0 counts every unit as desk-based)
 */
@JsonPropertyOrder({
  "survey_lookback_months",
  "case_min_severity",
  "red_flag_days",
  "max_reject_ratio",
  "min_group_size",
  "min_cell_count",
  "min_attributable_cases",
  "max_actions_per_unit",
  "credibility_level",
  "red_flag_min_share",
  "trend_months",
  "interventions",
  "csv_delimiter",
  "decimal_mark",
  "csv_max_record_lines",
  "xlsx_sheet",
  "risk_high_limit",
  "risk_moderate_limit",
  "risk_exposure_high_share",
  "risk_exposure_moderate_share",
  "desk_based_min_share"
})
public record JobConfig(
    @JsonProperty("survey_lookback_months") int surveyLookbackMonths,
    @JsonProperty("case_min_severity") int caseMinSeverity,
    @JsonProperty("red_flag_days") int redFlagDays,
    @JsonProperty("max_reject_ratio") double maxRejectRatio,
    @JsonProperty("min_group_size") int minGroupSize,
    @JsonProperty("min_cell_count") int minCellCount,
    @JsonProperty("min_attributable_cases") double minAttributableCases,
    @JsonProperty("max_actions_per_unit") int maxActionsPerUnit,
    @JsonProperty("credibility_level") double credibilityLevel,
    @JsonProperty("red_flag_min_share") double redFlagMinShare,
    @JsonProperty("trend_months") int trendMonths,
    @JsonProperty("interventions") List<InterventionSpec> interventions,
    @JsonProperty("csv_delimiter") String csvDelimiter,
    @JsonProperty("decimal_mark") String decimalMark,
    @JsonProperty("csv_max_record_lines") int csvMaxRecordLines,
    @JsonProperty("xlsx_sheet") String xlsxSheet,
    @JsonProperty("risk_high_limit") double riskHighLimit,
    @JsonProperty("risk_moderate_limit") double riskModerateLimit,
    @JsonProperty("risk_exposure_high_share") double riskExposureHighShare,
    @JsonProperty("risk_exposure_moderate_share") double riskExposureModerateShare,
    @JsonProperty("desk_based_min_share") double deskBasedMinShare) {

  /** Lines a CSV record may span unless configured: the contract's default. */
  public static final int DEFAULT_CSV_MAX_RECORD_LINES = 100;

  /** The smallest minimum group size the job accepts, whatever the configuration says. */
  public static final int MIN_GROUP_SIZE_FLOOR = 3;

  /** The most months of history a trend table may show. */
  public static final int MAX_TREND_MONTHS = 36;

  /** The value of {@code csv_delimiter} and {@code decimal_mark} that detects them per file. */
  public static final String AUTO = "auto";

  /** The largest {@code min_cell_count}: counts below it are withheld. */
  public static final int MAX_MIN_CELL_COUNT = 100;

  /** The most lines {@code csv_max_record_lines} may allow. */
  public static final int MAX_RECORD_LINES = 10_000;

  public JobConfig {
    interventions = interventions == null ? List.of() : List.copyOf(interventions);
  }

  /** The contract's defaults, and the recommendation thresholds documented in the README. */
  public static JobConfig defaults() {
    return new JobConfig(
        12,
        1,
        3,
        0.05,
        5,
        0,
        1.0,
        3,
        0.95,
        0.10,
        12,
        List.of(),
        AUTO,
        AUTO,
        DEFAULT_CSV_MAX_RECORD_LINES,
        null,
        0.998,
        0.95,
        0.25,
        0.10,
        0.5);
  }

  /** The same configuration with another {@code survey_lookback_months}. */
  public JobConfig withSurveyLookbackMonths(int months) {
    return new JobConfig(
        months,
        caseMinSeverity,
        redFlagDays,
        maxRejectRatio,
        minGroupSize,
        minCellCount,
        minAttributableCases,
        maxActionsPerUnit,
        credibilityLevel,
        redFlagMinShare,
        trendMonths,
        interventions,
        csvDelimiter,
        decimalMark,
        csvMaxRecordLines,
        xlsxSheet,
        riskHighLimit,
        riskModerateLimit,
        riskExposureHighShare,
        riskExposureModerateShare,
        deskBasedMinShare);
  }

  /** The same configuration reading CSV with this delimiter and decimal mark. */
  public JobConfig withCsvDialect(String delimiter, String mark) {
    return new JobConfig(
        surveyLookbackMonths,
        caseMinSeverity,
        redFlagDays,
        maxRejectRatio,
        minGroupSize,
        minCellCount,
        minAttributableCases,
        maxActionsPerUnit,
        credibilityLevel,
        redFlagMinShare,
        trendMonths,
        interventions,
        delimiter,
        mark,
        csvMaxRecordLines,
        xlsxSheet,
        riskHighLimit,
        riskModerateLimit,
        riskExposureHighShare,
        riskExposureModerateShare,
        deskBasedMinShare);
  }

  /**
   * Checks every rule once, so the rest of the job can trust the values.
   *
   * @throws ConfigException naming the key, the value and what would be valid
   */
  public JobConfig validate() {
    require(
        surveyLookbackMonths >= 1 && surveyLookbackMonths <= 120,
        "survey_lookback_months",
        surveyLookbackMonths,
        "a whole number of months from 1 to 120");
    require(
        caseMinSeverity >= 1 && caseMinSeverity <= 10,
        "case_min_severity",
        caseMinSeverity,
        "a whole number from 1 to 10");
    require(redFlagDays >= 0, "red_flag_days", redFlagDays, "a whole number of days, 0 or more");
    require(
        maxRejectRatio >= 0 && maxRejectRatio <= 1,
        "max_reject_ratio",
        maxRejectRatio,
        "a share from 0 to 1, e.g. 0.05");
    require(
        minGroupSize >= MIN_GROUP_SIZE_FLOOR && minGroupSize <= 1000,
        "min_group_size",
        minGroupSize,
        "at least " + MIN_GROUP_SIZE_FLOOR + " (smaller groups identify people); the default is 5");
    require(
        minCellCount == 0 || (minCellCount >= 2 && minCellCount <= MAX_MIN_CELL_COUNT),
        "min_cell_count",
        minCellCount,
        "0 (off) or a whole number from 2 to "
            + MAX_MIN_CELL_COUNT
            + ", e.g. 5 to withhold counts from 1 to 4");
    require(
        minAttributableCases >= 0 && minAttributableCases <= 1_000_000,
        "min_attributable_cases",
        minAttributableCases,
        "a number of cases, 0 or more, e.g. 1");
    require(
        maxActionsPerUnit >= 1 && maxActionsPerUnit <= 20,
        "max_actions_per_unit",
        maxActionsPerUnit,
        "a whole number from 1 to 20");
    require(
        credibilityLevel > 0.5 && credibilityLevel < 1,
        "credibility_level",
        credibilityLevel,
        "a confidence level above 0.5 and below 1, e.g. 0.95");
    require(
        redFlagMinShare >= 0 && redFlagMinShare <= 1,
        "red_flag_min_share",
        redFlagMinShare,
        "a share from 0 to 1, e.g. 0.10");
    require(
        trendMonths >= 0 && trendMonths <= MAX_TREND_MONTHS,
        "trend_months",
        trendMonths,
        "a whole number of months from 0 to " + MAX_TREND_MONTHS + " (0 turns trends off)");
    for (int i = 0; i < interventions.size(); i++) {
      InterventionSpec spec = interventions.get(i);
      if (spec == null) {
        throw new ConfigException(
            "Invalid configuration: interventions[" + i + "] is empty; use an object.");
      }
      spec.validate(i);
    }
    require(
        AUTO.equals(csvDelimiter)
            || (csvDelimiter != null && CSV_DELIMITERS.contains(lower(csvDelimiter))),
        "csv_delimiter",
        csvDelimiter,
        "\",\", \";\", \"tab\" or \"auto\" (detected from each file's header)");
    require(
        AUTO.equals(decimalMark) || ".".equals(decimalMark) || ",".equals(decimalMark),
        "decimal_mark",
        decimalMark,
        "\".\", \",\" or \"auto\" (a comma in files separated by ';', otherwise a point)");
    require(
        csvMaxRecordLines >= 1 && csvMaxRecordLines <= MAX_RECORD_LINES,
        "csv_max_record_lines",
        csvMaxRecordLines,
        "a whole number of lines from 1 to " + MAX_RECORD_LINES + "; the default is 100");
    require(
        xlsxSheet == null || !xlsxSheet.isBlank(),
        "xlsx_sheet",
        "\"" + xlsxSheet + "\"",
        "a sheet's name, or null for the first sheet");
    require(
        riskModerateLimit >= 0.5 && riskModerateLimit < 1,
        "risk_moderate_limit",
        riskModerateLimit,
        "a funnel limit's level from 0.5 to below 1, e.g. 0.95");
    require(
        riskHighLimit >= riskModerateLimit && riskHighLimit < 1,
        "risk_high_limit",
        riskHighLimit,
        "a funnel limit's level below 1 and at least risk_moderate_limit, e.g. 0.998");
    require(
        riskExposureModerateShare > 0 && riskExposureModerateShare <= 1,
        "risk_exposure_moderate_share",
        riskExposureModerateShare,
        "a share of a unit's cases above 0 and at most 1, e.g. 0.10");
    require(
        riskExposureHighShare >= riskExposureModerateShare && riskExposureHighShare <= 1,
        "risk_exposure_high_share",
        riskExposureHighShare,
        "a share of a unit's cases at most 1 and at least risk_exposure_moderate_share, e.g. 0.25");
    require(
        deskBasedMinShare >= 0 && deskBasedMinShare <= 1,
        "desk_based_min_share",
        deskBasedMinShare,
        "a share from 0 to 1, e.g. 0.5 (0 counts every unit as desk-based)");
    return this;
  }

  private static void require(boolean ok, String key, Object value, String expected) {
    if (!ok) {
      throw new ConfigException(
          "Invalid configuration: " + key + " = " + value + "; use " + expected + ".");
    }
  }

  /** The separators {@code csv_delimiter} may name, in lower case (ingest reads them as these). */
  private static final java.util.Set<String> CSV_DELIMITERS =
      java.util.Set.of(",", ";", "\t", "\\t", "tab");

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }
}
