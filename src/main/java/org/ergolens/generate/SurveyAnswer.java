package org.ergolens.generate;

import org.ergolens.model.Factor;

/**
 * One drawn survey answer of a respondent. Level fields are indices into the levels of the matching
 * {@link Factor}; the true levels drive the outcome model even when an optional value is left blank
 * in the written row (blanks are missing completely at random).
 *
 * @param day the response date as an offset into the survey window
 * @param sitting level of {@link Factor#SITTING_BAND}
 * @param monitor level of {@link Factor#MONITOR_POSITION}
 * @param lumbar level of {@link Factor#LUMBAR_SUPPORT}
 * @param breaks level of {@link Factor#BREAK_FREQUENCY}
 * @param exercise level of {@link Factor#EXERCISE_BAND}
 * @param desk level of {@link Factor#DESK_TYPE}
 * @param halfHours sitting hours per day times two, within the sitting band
 * @param exerciseDays exercise days per week, within the exercise band
 * @param location index into {@link Datasets#WORK_LOCATIONS}
 * @param screenCm screen distance in centimetres
 * @param blanks which optional values are written empty, a mask of the {@code BLANK_} bits
 */
record SurveyAnswer(
    int day,
    int sitting,
    int monitor,
    int lumbar,
    int breaks,
    int exercise,
    int desk,
    int halfHours,
    int exerciseDays,
    int location,
    int screenCm,
    int blanks) {

  static final int BLANK_EXERCISE = 1;
  static final int BLANK_DESK = 2;
  static final int BLANK_LOCATION = 4;
  static final int BLANK_SCREEN = 8;

  int level(Factor factor) {
    return switch (factor) {
      case SITTING_BAND -> sitting;
      case MONITOR_POSITION -> monitor;
      case LUMBAR_SUPPORT -> lumbar;
      case BREAK_FREQUENCY -> breaks;
      case EXERCISE_BAND -> exercise;
      case DESK_TYPE -> desk;
    };
  }

  boolean blank(int bit) {
    return (blanks & bit) != 0;
  }

  /** The covariate pattern of the true levels, see {@link PlantedModel#pattern}. */
  int pattern() {
    int p = sitting;
    p = p * 4 + monitor;
    p = p * 2 + lumbar;
    p = p * 4 + breaks;
    p = p * 3 + exercise;
    return p * 2 + desk;
  }
}
