package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ergolens.privacy.PublishedSummary;

/**
 * Plain-language names for the ids in the tables: factors, levels, suppression reasons and
 * reporting units. Unknown ids are shown as they are (they are still escaped like any text).
 */
public final class Labels {
  private static final Map<String, String> FACTORS =
      Map.of(
          "sitting_band", "Sitting",
          "monitor_position", "Monitor",
          "lumbar_support", "Lumbar support",
          "break_frequency", "Breaks",
          "exercise_band", "Exercise",
          "desk_type", "Desk");

  private static final Map<String, String> LEVELS =
      Map.ofEntries(
          Map.entry("under_4h", "under 4 h a day"),
          Map.entry("4_to_6h", "4–6 h a day"),
          Map.entry("6_to_8h", "6–8 h a day"),
          Map.entry("8h_plus", "8 h or more a day"),
          Map.entry("at_eye_level", "at eye level"),
          Map.entry("above_eye_level", "above eye level"),
          Map.entry("below_eye_level", "below eye level"),
          Map.entry("laptop_only", "laptop only"),
          Map.entry("yes", "yes"),
          Map.entry("no", "none"),
          Map.entry("every_30_min", "every 30 min"),
          Map.entry("hourly", "hourly"),
          Map.entry("every_2_hours", "every 2 hours"),
          Map.entry("rarely", "rarely"),
          Map.entry("3_plus_days", "3+ days a week"),
          Map.entry("1_to_2_days", "1–2 days a week"),
          Map.entry("none", "none"),
          Map.entry("sit_stand", "sit-stand"),
          Map.entry("fixed", "fixed"));

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

  private Labels() {}

  public static String factor(String factor) {
    return FACTORS.getOrDefault(factor, factor);
  }

  public static String level(String level) {
    return LEVELS.getOrDefault(level, level);
  }

  /** {@code Monitor: laptop only}. */
  public static String factorLevel(String factor, String level) {
    return factor(factor) + ": " + level(level);
  }

  /** A unit's display name: its name when it has one, else its id. */
  public static String unit(PublishedSummary u) {
    return u.name() == null || u.name().isEmpty() ? u.department() : u.name();
  }

  /** Why values are withheld, in words, from a {@code ;}-separated list of reason ids. */
  public static String reasons(String reasonIds) {
    if (reasonIds == null || reasonIds.isEmpty()) {
      return "withheld to protect privacy";
    }
    List<String> parts = new ArrayList<>();
    for (String id : reasonIds.split(";")) {
      parts.add(REASONS.getOrDefault(id, id));
    }
    return "withheld because " + String.join("; or ", parts);
  }

  private static final Map<String, String> TREND_NOTES =
      Map.of(
          "no_reports_in_month",
          "no discomfort reports that month",
          "withheld",
          "withheld that month (small group)",
          "no_previous_month_data",
          "no previous month to compare with",
          "previous_month_not_comparable",
          "last month's value is withheld",
          "composition_changed",
          "departments were folded in or out since last month",
          "baseline_too_short",
          "fewer than 3 comparable earlier months");

  /** A {@code department_trends} note in words. */
  public static String trendNote(String noteIds) {
    if (noteIds == null || noteIds.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String id : noteIds.split(";")) {
      parts.add(TREND_NOTES.getOrDefault(id, id));
    }
    return String.join("; ", parts);
  }

  /** The reason ids of {@link #reasons}, for a legend. */
  public static Map<String, String> reasonTexts() {
    return REASONS;
  }
}
