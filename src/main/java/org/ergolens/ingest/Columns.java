package org.ergolens.ingest;

/** Column names of the input datasets and of the internal columns ingestion adds, in one place. */
public final class Columns {
  private Columns() {}

  public static final String RESPONDENT_ID = "respondent_id";
  public static final String RESPONSE_DATE = "response_date";
  public static final String DEPARTMENT = "department";
  public static final String SITTING_HOURS = "sitting_hours_per_day";
  public static final String MONITOR_POSITION = "monitor_position";
  public static final String LUMBAR_SUPPORT = "lumbar_support";
  public static final String BREAK_FREQUENCY = "break_frequency";
  public static final String EXERCISE_DAYS = "exercise_days_per_week";
  public static final String DESK_TYPE = "desk_type";
  public static final String WORK_LOCATION = "work_location";
  public static final String SCREEN_DISTANCE_CM = "screen_distance_cm";

  public static final String REPORT_ID = "report_id";
  public static final String REPORT_DATE = "report_date";
  public static final String BODY_REGION = "body_region";
  public static final String SEVERITY = "severity";
  public static final String DURATION_DAYS = "duration_days";
  public static final String NUMBNESS_TINGLING = "numbness_tingling";
  public static final String INTERFERES_WITH_WORK = "interferes_with_work";

  public static final String NAME = "name";
  public static final String HEADCOUNT = "headcount";
  public static final String MONTH = "month";
  public static final String PARENT = "parent";

  /** Index of the source file in the dataset's file list (files in name order). */
  public static final String FILE_INDEX = "_file";

  /**
   * Position of the record in its file, in file order: the line it starts on (text, 1 is the
   * header), the sheet's row number (a workbook, 1 is the header) or the row index (Parquet, 0 is
   * the first row).
   */
  public static final String POSITION = "_pos";

  /** The record as read, kept for the rejects file only. */
  public static final String RAW = "_raw";

  /** Why a record could not be parsed at all, or null. */
  public static final String MALFORMED = "_malformed";

  /** The reject reason code of a row, or null when accepted. */
  public static final String REASON = "_reason";

  /** The column the reject reason is about, or null. */
  public static final String REASON_COLUMN = "_reason_column";

  /**
   * The columns that identify an input row ({@link #FILE_INDEX}, {@link #POSITION}), to join on.
   */
  static scala.collection.immutable.Seq<String> positionKeys() {
    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(FILE_INDEX, POSITION))
        .toSeq();
  }
}
