package org.ergolens.text;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;

/**
 * The one table of words people read in place of the codes the machine tables keep: factors and
 * their levels (alone, in context and inside a sentence), body regions and outcomes, suppression
 * reasons, trend notes, risk levels, audiences and reporting units. A code without a label is a
 * programming error and throws: no code ever reaches a reader.
 */
public final class Labels {
  private static final Map<Factor, String> FACTORS =
      Map.of(
          Factor.SITTING_BAND, "Sitting",
          Factor.MONITOR_POSITION, "Screen",
          Factor.LUMBAR_SUPPORT, "Lumbar support",
          Factor.BREAK_FREQUENCY, "Breaks",
          Factor.EXERCISE_BAND, "Exercise",
          Factor.DESK_TYPE, "Desk");

  /** Per factor, in level order: the level under its factor's heading. */
  private static final Map<Factor, List<String>> LEVELS =
      Map.of(
          Factor.SITTING_BAND,
              List.of("under 4 h a day", "4–6 h a day", "6–8 h a day", "8 h or more a day"),
          Factor.MONITOR_POSITION,
              List.of("at eye level", "above eye level", "below eye level", "laptop only"),
          Factor.LUMBAR_SUPPORT, List.of("yes", "none"),
          Factor.BREAK_FREQUENCY, List.of("every 30 min", "hourly", "every 2 hours", "rarely"),
          Factor.EXERCISE_BAND, List.of("3+ days a week", "1–2 days a week", "none"),
          Factor.DESK_TYPE, List.of("sit-stand", "fixed height"));

  /** Per factor, in level order: the level standing on its own, e.g. in a chart or a list. */
  private static final Map<Factor, List<String>> EXPOSURES =
      Map.of(
          Factor.SITTING_BAND,
              List.of(
                  "Sitting under 4 h a day",
                  "Sitting 4–6 h a day",
                  "Sitting 6–8 h a day",
                  "Sitting 8 h or more a day"),
          Factor.MONITOR_POSITION,
              List.of(
                  "Screen: at eye level",
                  "Screen: above eye level",
                  "Screen: below eye level",
                  "Screen: laptop only"),
          Factor.LUMBAR_SUPPORT, List.of("Lumbar support", "No lumbar support"),
          Factor.BREAK_FREQUENCY,
              List.of(
                  "Breaks every 30 min", "Breaks hourly", "Breaks every 2 hours", "Breaks rarely"),
          Factor.EXERCISE_BAND,
              List.of("Exercise 3+ days a week", "Exercise 1–2 days a week", "No weekly exercise"),
          Factor.DESK_TYPE, List.of("Sit-stand desk", "Fixed-height desk"));

  /** Per factor, in level order: a noun phrase inside a sentence ("associated with …"). */
  private static final Map<Factor, List<String>> PHRASES =
      Map.of(
          Factor.SITTING_BAND,
              List.of(
                  "sitting under 4 h a day",
                  "sitting 4–6 h a day",
                  "sitting 6–8 h a day",
                  "sitting 8 h or more a day"),
          Factor.MONITOR_POSITION,
              List.of(
                  "a screen at eye level",
                  "a screen above eye level",
                  "a screen below eye level",
                  "a laptop screen only"),
          Factor.LUMBAR_SUPPORT,
              List.of("a chair with lumbar support", "a chair without lumbar support"),
          Factor.BREAK_FREQUENCY,
              List.of(
                  "breaks every 30 min",
                  "hourly breaks",
                  "breaks only every 2 hours",
                  "rare breaks from sitting"),
          Factor.EXERCISE_BAND,
              List.of("exercise 3+ days a week", "exercise 1–2 days a week", "no weekly exercise"),
          Factor.DESK_TYPE, List.of("a sit-stand desk", "a fixed-height desk"));

  private static final Map<String, String> REASONS =
      Map.of(
          "below_min_group_size",
          "the group is smaller than the minimum group size",
          "complementary",
          "it could otherwise be worked out from the other numbers by subtraction",
          "attribute_disclosure",
          "it would reveal the health of everyone in the group",
          "small_count",
          "the count is below the configured smallest count shown",
          "rolled_up_root_below_min",
          "department-level numbers are withheld this month (a group stayed too small)");

  private static final Map<String, String> TREND_NOTES =
      Map.of(
          "no_reports_in_month", "no discomfort reports that month",
          "withheld", "withheld that month (small group)",
          "no_previous_month_data", "no previous month to compare with",
          "previous_month_not_comparable", "last month's value is withheld",
          "composition_changed", "departments were folded in or out since last month",
          "baseline_too_short", "fewer than 3 comparable earlier months");

  private static final Map<String, String> AUDIENCES =
      Map.of(
          "hr", "HR and wellness team",
          "ergonomist", "Ergonomist",
          "employees", "Everyone in the team");

  private static final Map<String, String> DATASETS =
      Map.of(
          "workstation_survey", "Workstation survey",
          "discomfort_reports", "Discomfort reports",
          "departments", "Departments",
          "headcount", "Headcount",
          "survey_export", "Survey export (imported responses)");

  private static final Map<String, String> REJECT_REASONS =
      Map.ofEntries(
          Map.entry("malformed_row", "unreadable row"),
          Map.entry("missing_required", "a required value is missing"),
          Map.entry("bad_id", "invalid id"),
          Map.entry("bad_date", "invalid date"),
          Map.entry("bad_number", "invalid number"),
          Map.entry("unknown_enum", "unknown answer"),
          Map.entry("out_of_range", "value out of range"),
          Map.entry("unknown_department", "unknown department"),
          Map.entry("duplicate_report_id", "report sent twice"),
          Map.entry("duplicate_headcount", "headcount given twice for the department and month"),
          Map.entry("unmatched_respondent", "no survey answer for the respondent that month"));

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private Labels() {}

  /** A factor as a heading: "Sitting", "Screen", "Lumbar support". */
  public static String factor(Factor factor) {
    return FACTORS.get(factor);
  }

  /** A level under its factor's heading: "6–8 h a day", "laptop only", "none". */
  public static String level(Factor factor, String level) {
    return LEVELS.get(factor).get(index(factor, level));
  }

  /**
   * A level standing on its own, with its factor: "Sitting 6–8 h a day", "Screen: laptop only", "No
   * lumbar support".
   */
  public static String exposure(Factor factor, String level) {
    return EXPOSURES.get(factor).get(index(factor, level));
  }

  /**
   * A level inside a sentence, after words like "associated with": "sitting 6–8 h a day", "a laptop
   * screen only", "a chair without lumbar support".
   */
  public static String exposurePhrase(Factor factor, String level) {
    return PHRASES.get(factor).get(index(factor, level));
  }

  /** Several levels of one factor on their own: "Screen: above eye level or below eye level". */
  public static String exposures(Factor factor, List<String> levels) {
    if (levels.size() == 1) {
      return exposure(factor, levels.get(0));
    }
    List<String> words = levels.stream().map(l -> level(factor, l)).toList();
    return factor(factor) + ": " + or(words);
  }

  /** A body region or outcome as a noun: "lower back", "wrists and hands", "any body region". */
  public static String region(Outcome outcome) {
    return outcome == Outcome.ANY_REGION
        ? "any body region"
        : outcome.label().toLowerCase(Locale.ROOT);
  }

  /** A body region or outcome as a heading: "Lower back", "Any body region". */
  public static String regionTitle(Outcome outcome) {
    return capitalise(region(outcome));
  }

  /** The discomfort an outcome counts: "lower-back discomfort", "discomfort in any body region". */
  public static String discomfort(Outcome outcome) {
    return switch (outcome) {
      case ANY_REGION -> "discomfort in any body region";
      default -> adjective(outcome) + " discomfort";
    };
  }

  /** What one case of an outcome is called in a count: "lower-back cases". */
  public static String cases(Outcome outcome) {
    return switch (outcome) {
      case ANY_REGION -> "cases of discomfort in any body region";
      default -> adjective(outcome) + " cases";
    };
  }

  private static String adjective(Outcome outcome) {
    return switch (outcome) {
      case NECK -> "neck";
      case SHOULDERS -> "shoulder";
      case UPPER_BACK -> "upper-back";
      case ELBOWS -> "elbow";
      case WRISTS_HANDS -> "wrist and hand";
      case LOWER_BACK -> "lower-back";
      case HIPS_THIGHS -> "hip and thigh";
      case KNEES -> "knee";
      case ANKLES_FEET -> "ankle and foot";
      case ANY_REGION -> throw new IllegalArgumentException("any_region has no adjective");
    };
  }

  /** A risk level as a heading: "High". */
  public static String risk(RiskLevel level) {
    return capitalise(level.id());
  }

  /**
   * A unit's participation as a reader sees it: "as aimed for" at or above {@code
   * min_response_rate}, "low" below it, "more than the headcount" when more people answered than
   * are employed.
   */
  public static String participation(org.ergolens.model.Participation.Level level) {
    return switch (level) {
      case OK -> "as aimed for";
      case LOW -> "low";
      case OVER_HEADCOUNT -> "more than the headcount";
    };
  }

  /** A risk level inside a sentence: "high risk". */
  public static String riskPhrase(RiskLevel level) {
    return level.id() + " risk";
  }

  /**
   * A reporting unit's display name: its name, else its id. A unit that holds a parent department's
   * own people while its teams are units of their own is named for what it holds: "Commercial
   * (staff outside its teams)".
   *
   * @param id the unit's department id
   * @param name its display name, or null or empty when the tree gives none
   * @param hasChildUnits whether some department below it is reported as a unit of its own
   */
  public static String unit(String id, String name, boolean hasChildUnits) {
    String base = name == null || name.isBlank() ? id : name;
    return hasChildUnits ? base + " (staff outside its teams)" : base;
  }

  /**
   * A division's display name: a unit with every unit below it, "Commercial — whole division".
   *
   * @param id the head unit's department id
   * @param name its display name, or null or empty when the tree gives none
   */
  public static String division(String id, String name) {
    return (name == null || name.isBlank() ? id : name) + " — whole division";
  }

  /** One suppression reason in words, after "withheld because". */
  public static String suppressionReason(String reasonId) {
    return known(REASONS, reasonId, "suppression reason");
  }

  /** Why values are withheld, from a {@code ;}-separated list of reason ids. */
  public static String withheldBecause(String reasonIds) {
    if (reasonIds == null || reasonIds.isEmpty()) {
      return "withheld to protect privacy";
    }
    List<String> parts = new ArrayList<>();
    for (String id : reasonIds.split(";")) {
      parts.add(suppressionReason(id));
    }
    return "withheld because " + String.join("; or ", parts);
  }

  /** The suppression reasons by id, for a legend. */
  public static Map<String, String> suppressionReasons() {
    return REASONS;
  }

  /** A {@code department_trends} note in words, from its {@code ;}-separated ids. */
  public static String trendNote(String noteIds) {
    if (noteIds == null || noteIds.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String id : noteIds.split(";")) {
      parts.add(known(TREND_NOTES, id, "trend note"));
    }
    return String.join("; ", parts);
  }

  /** Who acts on a recommendation: "Ergonomist", "HR and wellness team". */
  public static String audience(String audienceId) {
    return known(AUDIENCES, audienceId, "audience");
  }

  /** An input dataset by what it holds: "Workstation survey", "Discomfort reports". */
  public static String dataset(String datasetId) {
    return known(DATASETS, datasetId, "dataset");
  }

  /** Why an input row was rejected, from its reason code: "invalid date", "unknown department". */
  public static String rejectReason(String reasonCode) {
    return known(REJECT_REASONS, reasonCode, "reject reason");
  }

  /** What every report says about privacy, for a minimum group size {@code k}. */
  public static String privacyNote(int minGroupSize) {
    return privacyNote(minGroupSize, 0);
  }

  /**
   * What every report says about privacy, for a minimum group size and a {@code min_cell_count} (0
   * when off).
   */
  public static String privacyNote(int minGroupSize, int minCellCount) {
    String groups = "No group of fewer than " + minGroupSize + " people is shown";
    if (minCellCount < 2) {
      return groups + "; counts within a shown group can be small.";
    }
    String small = minCellCount == 2 ? "a single person" : "1 to " + (minCellCount - 1) + " people";
    return groups + ", and no count of " + small + " with discomfort or a red flag.";
  }

  /** "October 2026". */
  public static String month(YearMonth month) {
    return month.format(MONTH);
  }

  /** "Oct 2026", for axes. */
  public static String shortMonth(YearMonth month) {
    return month.format(SHORT_MONTH);
  }

  /** "more than 3 days", "more than 1 day". */
  public static String moreThanDays(int days) {
    return "more than " + days + (days == 1 ? " day" : " days");
  }

  /** "a", "a and b", "a, b and c". */
  public static String and(List<String> parts) {
    return join(parts, " and ");
  }

  /** "a", "a or b", "a, b or c". */
  public static String or(List<String> parts) {
    return join(parts, " or ");
  }

  /** The text with its first letter upper case. */
  public static String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String join(List<String> parts, String last) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + last
        + parts.get(parts.size() - 1);
  }

  private static int index(Factor factor, String level) {
    if (level == null) {
      throw new IllegalArgumentException("No level of factor " + factor.id());
    }
    return factor.indexOf(level);
  }

  private static String known(Map<String, String> table, String id, String what) {
    String text = table.get(id);
    if (text == null) {
      throw new IllegalArgumentException("No label for the " + what + " '" + id + "'");
    }
    return text;
  }
}
