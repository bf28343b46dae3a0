package org.ergolens.generate;

import java.util.List;
import org.ergolens.dataset.Column;
import org.ergolens.dataset.ColumnType;

/** Dataset and column names of the data contract (section 1), in one place. */
final class Datasets {
  static final String SURVEY = "workstation_survey";
  static final String REPORTS = "discomfort_reports";
  static final String DEPARTMENTS = "departments";
  static final String HEADCOUNT = "headcount";

  static final String RESPONDENT_ID = "respondent_id";
  static final String RESPONSE_DATE = "response_date";
  static final String DEPARTMENT = "department";
  static final String SITTING_HOURS = "sitting_hours_per_day";
  static final String MONITOR_POSITION = "monitor_position";
  static final String LUMBAR_SUPPORT = "lumbar_support";
  static final String BREAK_FREQUENCY = "break_frequency";
  static final String EXERCISE_DAYS = "exercise_days_per_week";
  static final String DESK_TYPE = "desk_type";
  static final String WORK_LOCATION = "work_location";
  static final String SCREEN_DISTANCE = "screen_distance_cm";

  static final String REPORT_ID = "report_id";
  static final String REPORT_DATE = "report_date";
  static final String BODY_REGION = "body_region";
  static final String SEVERITY = "severity";
  static final String DURATION_DAYS = "duration_days";
  static final String NUMBNESS_TINGLING = "numbness_tingling";
  static final String INTERFERES_WITH_WORK = "interferes_with_work";

  static final String NAME = "name";
  static final String PARENT = "parent";

  /** Values of {@code work_location}, which is not an analysed factor. */
  static final List<String> WORK_LOCATIONS = List.of("office", "home", "hybrid");

  /** Columns of {@code workstation_survey}, in contract order. */
  static final List<Column> SURVEY_COLUMNS =
      List.of(
          new Column(RESPONDENT_ID, ColumnType.STRING, true),
          new Column(RESPONSE_DATE, ColumnType.DATE, true),
          new Column(DEPARTMENT, ColumnType.STRING, true),
          new Column(SITTING_HOURS, ColumnType.DECIMAL, true),
          new Column(MONITOR_POSITION, ColumnType.STRING, true),
          new Column(LUMBAR_SUPPORT, ColumnType.STRING, true),
          new Column(BREAK_FREQUENCY, ColumnType.STRING, true),
          new Column(EXERCISE_DAYS, ColumnType.INTEGER, false),
          new Column(DESK_TYPE, ColumnType.STRING, false),
          new Column(WORK_LOCATION, ColumnType.STRING, false),
          new Column(SCREEN_DISTANCE, ColumnType.INTEGER, false));

  /** Columns of {@code discomfort_reports}, in contract order. */
  static final List<Column> REPORT_COLUMNS =
      List.of(
          new Column(REPORT_ID, ColumnType.STRING, true),
          new Column(RESPONDENT_ID, ColumnType.STRING, true),
          new Column(REPORT_DATE, ColumnType.DATE, true),
          new Column(BODY_REGION, ColumnType.STRING, true),
          new Column(SEVERITY, ColumnType.INTEGER, true),
          new Column(DURATION_DAYS, ColumnType.INTEGER, false),
          new Column(NUMBNESS_TINGLING, ColumnType.BOOLEAN, false),
          new Column(INTERFERES_WITH_WORK, ColumnType.BOOLEAN, false));

  /** Columns of {@code departments}. */
  static final List<Column> DEPARTMENT_COLUMNS =
      List.of(
          new Column(DEPARTMENT, ColumnType.STRING, true),
          new Column(NAME, ColumnType.STRING, false),
          new Column(PARENT, ColumnType.STRING, false));

  /** Columns of {@code headcount}: one undated row per department, so it holds every month. */
  static final List<Column> HEADCOUNT_COLUMNS =
      List.of(
          new Column(DEPARTMENT, ColumnType.STRING, true),
          new Column(HEADCOUNT, ColumnType.INTEGER, true));

  private Datasets() {}

  static int index(List<Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No column " + name);
  }
}
