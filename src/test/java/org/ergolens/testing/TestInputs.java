package org.ergolens.testing;

import java.nio.file.Path;

/** Builders for small hand-written inputs in the contract's CSV format. */
public final class TestInputs {
  public static final String SURVEY_HEADER =
      "respondent_id,response_date,department,"
          + "sitting_hours_per_day,monitor_position,lumbar_support,break_frequency,"
          + "exercise_days_per_week,desk_type,work_location,screen_distance_cm";
  public static final String REPORT_HEADER =
      "report_id,respondent_id,report_date,body_region,"
          + "severity,duration_days,numbness_tingling,interferes_with_work";
  public static final String DEPARTMENT_HEADER = "department,name,parent";

  private TestInputs() {}

  /** A valid survey row. */
  public static String survey(String id, String date, String dept, String hours, String monitor) {
    return String.join(
        ",", id, date, dept, hours, monitor, "yes", "hourly", "3", "fixed", "office", "60");
  }

  /** A valid report row. */
  public static String report(String id, String respondent, String date, String region) {
    return String.join(",", id, respondent, date, region, "5", "1", "false", "no");
  }

  /** {@code n} valid survey rows {@code <prefix>1..n} in one department, dated 2026-10-01. */
  public static String surveys(String prefix, String dept, int n) {
    StringBuilder sb = new StringBuilder();
    String[] monitors = {"at_eye_level", "below_eye_level", "laptop_only", "above_eye_level"};
    for (int i = 1; i <= n; i++) {
      sb.append(survey(prefix + i, "2026-10-01", dept, String.valueOf(2 + i % 9), monitors[i % 4]))
          .append('\n');
    }
    return sb.toString();
  }

  /** A config file allowing any share of rejects, for tests about rejects themselves. */
  public static Path lenientConfig(Path dir) {
    return Files2.write(dir.resolve("lenient.json"), "{\"max_reject_ratio\": 1.0}");
  }
}
