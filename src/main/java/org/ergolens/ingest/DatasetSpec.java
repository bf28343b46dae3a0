package org.ergolens.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/** The input datasets of the data contract (section 1) and their columns, in order. */
public enum DatasetSpec {
  WORKSTATION_SURVEY(
      "workstation_survey",
      true,
      List.of(
          ColumnSpec.id(Columns.RESPONDENT_ID),
          ColumnSpec.date(Columns.RESPONSE_DATE),
          ColumnSpec.text(Columns.DEPARTMENT, true, 1, 64),
          ColumnSpec.decimal(Columns.SITTING_HOURS, true, 0, 24),
          ColumnSpec.enumeration(
              Columns.MONITOR_POSITION,
              true,
              List.of("above_eye_level", "at_eye_level", "below_eye_level", "laptop_only")),
          ColumnSpec.enumeration(Columns.LUMBAR_SUPPORT, true, Factor.LUMBAR_SUPPORT.levels()),
          ColumnSpec.enumeration(Columns.BREAK_FREQUENCY, true, Factor.BREAK_FREQUENCY.levels()),
          ColumnSpec.integer(Columns.EXERCISE_DAYS, false, 0, 7),
          ColumnSpec.enumeration(Columns.DESK_TYPE, false, List.of("fixed", "sit_stand")),
          ColumnSpec.enumeration(Columns.WORK_LOCATION, false, List.of("office", "home", "hybrid")),
          ColumnSpec.integer(Columns.SCREEN_DISTANCE_CM, false, 20, 200))),

  DISCOMFORT_REPORTS(
      "discomfort_reports",
      true,
      List.of(
          ColumnSpec.text(Columns.REPORT_ID, true, 1, 128),
          ColumnSpec.id(Columns.RESPONDENT_ID),
          ColumnSpec.date(Columns.REPORT_DATE),
          ColumnSpec.enumeration(
              Columns.BODY_REGION, true, Outcome.regions().stream().map(Outcome::id).toList()),
          ColumnSpec.integer(Columns.SEVERITY, true, 1, 10),
          ColumnSpec.integer(Columns.DURATION_DAYS, false, 0, null),
          ColumnSpec.bool(Columns.NUMBNESS_TINGLING),
          ColumnSpec.bool(Columns.INTERFERES_WITH_WORK))),

  DEPARTMENTS(
      "departments",
      false,
      List.of(
          ColumnSpec.text(Columns.DEPARTMENT, true, 1, 64),
          ColumnSpec.text(Columns.NAME, false, 0, 200),
          ColumnSpec.text(Columns.PARENT, false, 0, 64))),

  HEADCOUNT(
      "headcount",
      false,
      List.of(
          ColumnSpec.text(Columns.DEPARTMENT, true, 1, 64),
          ColumnSpec.integer(Columns.HEADCOUNT, true, 0, null),
          ColumnSpec.month(Columns.MONTH)));

  private final String id;
  private final boolean required;
  private final List<ColumnSpec> columns;

  DatasetSpec(String id, boolean required, List<ColumnSpec> columns) {
    this.id = id;
    this.required = required;
    this.columns = columns;
  }

  /** The dataset's name: its file or directory name in the input, and its key in the manifest. */
  public String id() {
    return id;
  }

  public boolean required() {
    return required;
  }

  public List<ColumnSpec> columns() {
    return columns;
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  /**
   * The columns the run reads after validation: all but those the contract has checked and reported
   * on only ({@code work_location}, {@code screen_distance_cm}, {@code interferes_with_work}),
   * which no statistic uses. The rows kept for the run hold these.
   */
  public List<String> analysedColumns() {
    return columnNames().stream().filter(c -> !CHECKED_ONLY.contains(c)).toList();
  }

  private static final Set<String> CHECKED_ONLY =
      Set.of(Columns.WORK_LOCATION, Columns.SCREEN_DISTANCE_CM, Columns.INTERFERES_WITH_WORK);

  public Optional<ColumnSpec> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
