package org.ergolens.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An independent reading of the data contract's section 1: classifies each record of a dataset as
 * accepted ({@code null}) or with the first reject reason that applies, checking columns in table
 * order, then the department, then duplicate report ids among otherwise valid rows. Written from
 * the contract text, not from the generator.
 */
final class ContractChecker {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "1", "0");

  enum Kind {
    ID,
    TEXT,
    DATE,
    DECIMAL,
    INTEGER,
    ENUM,
    BOOLEAN
  }

  record Col(String name, boolean required, Kind kind, double min, double max, Set<String> values) {
    static Col of(String name, boolean required, Kind kind) {
      return new Col(
          name, required, kind, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Set.of());
    }

    static Col range(String name, boolean required, Kind kind, double min, double max) {
      return new Col(name, required, kind, min, max, Set.of());
    }

    static Col oneOf(String name, boolean required, String... values) {
      return new Col(name, required, Kind.ENUM, 0, 0, Set.of(values));
    }
  }

  static final List<Col> SURVEY =
      List.of(
          Col.of("respondent_id", true, Kind.ID),
          Col.of("response_date", true, Kind.DATE),
          Col.of("department", true, Kind.TEXT),
          Col.range("sitting_hours_per_day", true, Kind.DECIMAL, 0, 24),
          Col.oneOf(
              "monitor_position",
              true,
              "above_eye_level",
              "at_eye_level",
              "below_eye_level",
              "laptop_only"),
          Col.oneOf("lumbar_support", true, "yes", "no"),
          Col.oneOf("break_frequency", true, "every_30_min", "hourly", "every_2_hours", "rarely"),
          Col.range("exercise_days_per_week", false, Kind.INTEGER, 0, 7),
          Col.oneOf("desk_type", false, "fixed", "sit_stand"),
          Col.oneOf("work_location", false, "office", "home", "hybrid"),
          Col.range("screen_distance_cm", false, Kind.INTEGER, 20, 200));

  static final List<Col> REPORTS =
      List.of(
          Col.of("report_id", true, Kind.TEXT),
          Col.of("respondent_id", true, Kind.ID),
          Col.of("report_date", true, Kind.DATE),
          Col.oneOf(
              "body_region",
              true,
              "neck",
              "shoulders",
              "upper_back",
              "elbows",
              "wrists_hands",
              "lower_back",
              "hips_thighs",
              "knees",
              "ankles_feet"),
          Col.range("severity", true, Kind.INTEGER, 1, 10),
          Col.range("duration_days", false, Kind.INTEGER, 0, Double.POSITIVE_INFINITY),
          Col.of("numbness_tingling", false, Kind.BOOLEAN),
          Col.of("interferes_with_work", false, Kind.BOOLEAN));

  private final List<Col> columns;
  private final Set<String> departments;
  private final Set<String> reportIds = new HashSet<>();

  /** A checker for one dataset; {@code departments} null when the survey is not checked. */
  ContractChecker(List<Col> columns, Set<String> departments) {
    this.columns = columns;
    this.departments = departments;
  }

  /** The reject reason of a record in file order, or {@code null} when it is accepted. */
  String classify(Map<String, String> record) {
    if (record == null) {
      return "malformed_row";
    }
    for (Col c : columns) {
      String reason = check(c, record.get(c.name()));
      if (reason != null) {
        return reason;
      }
    }
    if (departments != null
        && record.containsKey("department")
        && !departments.contains(record.get("department").trim())) {
      return "unknown_department";
    }
    if (record.containsKey("report_id") && !reportIds.add(record.get("report_id"))) {
      return "duplicate_report_id";
    }
    return null;
  }

  private static String check(Col c, String raw) {
    if (raw == null || raw.trim().isEmpty()) {
      return c.required() ? "missing_required" : null;
    }
    String v = raw.trim();
    switch (c.kind()) {
      case ID:
        return ID.matcher(raw).matches() ? null : "bad_id";
      case TEXT:
        return null;
      case DATE:
        try {
          LocalDate.parse(raw, ISO);
          return null;
        } catch (DateTimeParseException e) {
          return "bad_date";
        }
      case DECIMAL:
      case INTEGER:
        if (!(c.kind() == Kind.DECIMAL ? DECIMAL : INTEGER).matcher(v).matches()) {
          return "bad_number";
        }
        double x = Double.parseDouble(v);
        return x < c.min() || x > c.max() ? "out_of_range" : null;
      case ENUM:
        return c.values().contains(normalised(v)) ? null : "unknown_enum";
      case BOOLEAN:
        return BOOLEANS.contains(normalised(v)) ? null : "unknown_enum";
      default:
        throw new IllegalStateException();
    }
  }

  /** Case-insensitive, trimmed, spaces and hyphens as underscores. */
  static String normalised(String v) {
    return v.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
