package org.ergolens.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ergolens.model.Factor;

/**
 * Draws one respondent's survey answers: 1–3 answers on uniformly random days of the survey window,
 * sorted by date, sometimes followed by a same-day resubmission. The first answer's levels come
 * from the department's {@link ExposureProfile}; each later answer keeps each value of the previous
 * one or, with {@link #CHANGE_PROBABILITY}, redraws it from the profile. A planted {@link
 * Intervention} changes the draws dated on or after its start. Every answer consumes the same
 * number of random numbers, so an intervention changes nothing but the affected values.
 */
final class SurveyDrawer {
  /** Shares of respondents answering 1, 2 and 3 times. */
  static final double[] ANSWER_COUNT_SHARES = {0.25, 0.45, 0.30};

  /** Chance that a later answer redraws a given value instead of keeping the previous one. */
  static final double CHANGE_PROBABILITY = 0.25;

  /** Chance that a respondent resubmits one answer on the same day (the later row wins). */
  static final double RESUBMISSION_PROBABILITY = 0.04;

  /** Chance that a resubmission redraws a given value. */
  static final double RESUBMISSION_CHANGE_PROBABILITY = 0.5;

  /** Chance that an optional value (each of the four) is left empty. */
  static final double BLANK_PROBABILITY = 0.03;

  /** Sitting hours × 2 per sitting band; drawn uniformly from the list. */
  static final int[][] SITTING_HALF_HOURS = {
    {2, 3, 4, 5, 6, 7}, {8, 9, 10, 11}, {12, 13, 14, 15}, {16, 17, 18, 19, 20, 22}
  };

  /** Exercise days per week per exercise band; drawn uniformly from the list. */
  static final int[][] EXERCISE_DAYS = {{3, 3, 3, 4, 4, 5, 5, 6, 7}, {1, 2}, {0}};

  /** Screen distance: centre and half-width (cm) of a triangular distribution per monitor level. */
  static final int[][] SCREEN_CM = {{65, 30}, {70, 30}, {60, 30}, {45, 20}};

  static final int SCREEN_MIN_CM = 25;
  static final int SCREEN_MAX_CM = 150;

  private static final Factor[] FACTORS = Factor.values();

  private final HistoryCalendar calendar;
  private final Intervention intervention;
  private final int interventionDay;

  SurveyDrawer(HistoryCalendar calendar, Optional<Intervention> intervention) {
    this.calendar = calendar;
    this.intervention = intervention.orElse(null);
    this.interventionDay =
        intervention
            .map(i -> Math.max(0, calendar.offset(i.start().atDay(1))))
            .orElse(Integer.MAX_VALUE);
  }

  List<SurveyAnswer> draw(Department department, SplittableRandom rng) {
    int[] days = days(rng);
    int resubmitted = -1;
    if (rng.nextDouble() < RESUBMISSION_PROBABILITY) {
      int j = rng.nextInt(days.length);
      int[] withCopy = new int[days.length + 1];
      System.arraycopy(days, 0, withCopy, 0, j + 1);
      System.arraycopy(days, j, withCopy, j + 1, days.length - j);
      days = withCopy;
      resubmitted = j + 1;
    }
    boolean affected = intervention != null && intervention.department().equals(department.id());
    List<SurveyAnswer> answers = new ArrayList<>(days.length);
    SurveyAnswer previous = null;
    for (int i = 0; i < days.length; i++) {
      double change = i == resubmitted ? RESUBMISSION_CHANGE_PROBABILITY : CHANGE_PROBABILITY;
      previous = answer(department.profile(), days[i], previous, change, affected, rng);
      answers.add(previous);
    }
    return answers;
  }

  private int[] days(SplittableRandom rng) {
    double u = rng.nextDouble();
    int k = 1;
    for (double c = ANSWER_COUNT_SHARES[0]; u >= c && k < ANSWER_COUNT_SHARES.length; k++) {
      c += ANSWER_COUNT_SHARES[k];
    }
    int[] days = new int[k];
    for (int i = 0; i < k; i++) {
      days[i] = rng.nextInt(calendar.windowDays());
    }
    Arrays.sort(days);
    return days;
  }

  private SurveyAnswer answer(
      ExposureProfile profile,
      int day,
      SurveyAnswer previous,
      double change,
      boolean affected,
      SplittableRandom rng) {
    int[] levels = new int[FACTORS.length];
    boolean[] redrawn = new boolean[FACTORS.length];
    for (Factor f : FACTORS) {
      double uChange = rng.nextDouble();
      double uLevel = rng.nextDouble();
      double uSwitch = rng.nextDouble();
      int lowered =
          affected && f == intervention.factor() && day >= interventionDay
              ? intervention.levelIndex()
              : -1;
      int level;
      boolean fresh;
      if (previous == null || uChange < change) {
        level = profile.sample(f, uLevel, lowered, Intervention.RETAINED_SHARE);
        fresh = true;
      } else {
        level = previous.level(f);
        fresh = false;
        boolean previousUnaffected = previous.day() < interventionDay;
        if (level == lowered && previousUnaffected && uSwitch >= Intervention.RETAINED_SHARE) {
          level = 0;
          fresh = true;
        }
      }
      levels[f.ordinal()] = level;
      redrawn[f.ordinal()] = fresh || previous.level(f) != level;
    }
    int sitting = levels[Factor.SITTING_BAND.ordinal()];
    int exercise = levels[Factor.EXERCISE_BAND.ordinal()];
    int monitor = levels[Factor.MONITOR_POSITION.ordinal()];
    double uHours = rng.nextDouble();
    double uDays = rng.nextDouble();
    int halfHours =
        redrawn[Factor.SITTING_BAND.ordinal()]
            ? pick(SITTING_HALF_HOURS[sitting], uHours)
            : previous.halfHours();
    int exerciseDays =
        redrawn[Factor.EXERCISE_BAND.ordinal()]
            ? pick(EXERCISE_DAYS[exercise], uDays)
            : previous.exerciseDays();
    double uLocationChange = rng.nextDouble();
    double uLocation = rng.nextDouble();
    int location =
        previous == null || uLocationChange < change
            ? profile.sampleWorkLocation(uLocation)
            : previous.location();
    double uScreenChange = rng.nextDouble();
    double u1 = rng.nextDouble();
    double u2 = rng.nextDouble();
    int screenCm =
        previous == null || redrawn[Factor.MONITOR_POSITION.ordinal()] || uScreenChange < change
            ? screen(monitor, u1, u2)
            : previous.screenCm();
    int blanks = 0;
    for (int bit = 1; bit <= SurveyAnswer.BLANK_SCREEN; bit <<= 1) {
      if (rng.nextDouble() < BLANK_PROBABILITY) {
        blanks |= bit;
      }
    }
    return new SurveyAnswer(
        day,
        sitting,
        monitor,
        levels[Factor.LUMBAR_SUPPORT.ordinal()],
        levels[Factor.BREAK_FREQUENCY.ordinal()],
        exercise,
        levels[Factor.DESK_TYPE.ordinal()],
        halfHours,
        exerciseDays,
        location,
        screenCm,
        blanks);
  }

  private static int pick(int[] values, double u) {
    return values[(int) (u * values.length)];
  }

  private static int screen(int monitor, double u1, double u2) {
    int cm = (int) Math.round(SCREEN_CM[monitor][0] + (u1 + u2 - 1) * SCREEN_CM[monitor][1]);
    return Math.max(SCREEN_MIN_CM, Math.min(SCREEN_MAX_CM, cm));
  }
}
