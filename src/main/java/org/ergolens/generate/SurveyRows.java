package org.ergolens.generate;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.ergolens.model.Factor;

/** Turns a {@link SurveyAnswer} into a row of {@link Datasets#SURVEY_COLUMNS}. */
final class SurveyRows {
  private static final BigDecimal[] HOURS = new BigDecimal[49];

  static {
    for (int h = 0; h < HOURS.length; h++) {
      HOURS[h] = new BigDecimal((h / 2) + (h % 2 == 1 ? ".5" : ""));
    }
  }

  private final HistoryCalendar calendar;

  SurveyRows(HistoryCalendar calendar) {
    this.calendar = calendar;
  }

  /** Sitting hours for a number of half hours, e.g. 15 → 7.5 and 16 → 8. */
  static BigDecimal hours(int halfHours) {
    return HOURS[halfHours];
  }

  /**
   * Fills {@code row} with the answer. With {@code variants} non-null, a few enum values get an
   * alternative spelling ({@link Spellings}); with {@code null}, every value is canonical.
   */
  Object[] fill(
      Object[] row,
      String respondentId,
      String department,
      SurveyAnswer a,
      SplittableRandom variants) {
    row[0] = respondentId;
    row[1] = calendar.day(a.day());
    row[2] = department;
    row[3] = HOURS[a.halfHours()];
    row[4] = spelled(Factor.MONITOR_POSITION.levels().get(a.monitor()), variants);
    row[5] = spelled(Factor.LUMBAR_SUPPORT.levels().get(a.lumbar()), variants);
    row[6] = spelled(Factor.BREAK_FREQUENCY.levels().get(a.breaks()), variants);
    row[7] = a.blank(SurveyAnswer.BLANK_EXERCISE) ? null : a.exerciseDays();
    Object desk = spelled(Factor.DESK_TYPE.levels().get(a.desk()), variants);
    row[8] = a.blank(SurveyAnswer.BLANK_DESK) ? null : desk;
    Object location = spelled(Datasets.WORK_LOCATIONS.get(a.location()), variants);
    row[9] = a.blank(SurveyAnswer.BLANK_LOCATION) ? null : location;
    row[10] = a.blank(SurveyAnswer.BLANK_SCREEN) ? null : a.screenCm();
    return row;
  }

  private static Object spelled(String canonical, SplittableRandom variants) {
    return variants == null ? canonical : Spellings.enumValue(canonical, variants.nextDouble());
  }
}
