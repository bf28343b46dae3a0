package org.ergolens.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ergolens.generate.Seeds.Purpose;
import org.ergolens.generate.SurveyResponse.Network;
import org.ergolens.generate.SurveyResponse.Person;
import org.ergolens.generate.SurveyResponse.Status;
import org.ergolens.model.Outcome;

/**
 * Draws the responses to the combined questionnaire: each respondent answers in a month with {@link
 * #RESPONSE_RATE}, giving the workstation answer in force that day (from the same {@link
 * SurveyDrawer} as the contract-shaped organisation) and the month's discomfort, drawn from the
 * {@link PlantedModel} for that answer. Every respondent-month has a random stream of its own, so a
 * respondent's answers do not depend on who else is drawn.
 */
final class ResponseDrawer {
  /** Chance that a respondent responds in a given month. */
  static final double RESPONSE_RATE = 0.7;

  /** Chance that a response is left unfinished (a platform that records partial responses). */
  static final double UNFINISHED_PROBABILITY = 0.04;

  /** Chance that a response has a free-text comment. */
  static final double FREE_TEXT_PROBABILITY = 0.12;

  /** Chances that C2, C3 and C4 are left empty by someone who answers them. */
  static final double BLANK_DURATION = 0.05;

  static final double BLANK_NUMBNESS = 0.04;
  static final double BLANK_INTERFERES = 0.06;

  /** Chance of numbness/tingling with neck, shoulder or wrist discomfort, and otherwise. */
  static final double NUMBNESS_ARM_NECK = 0.10;

  static final double NUMBNESS_OTHER = 0.02;

  /** Shares of the answers to C2 (1 day or less, 2 to 3 days, 4 to 7 days, more than a week). */
  static final double[] DURATION_SHARES = {0.45, 0.30, 0.15, 0.10};

  static final int[] DURATION_VALUES = {1, 3, 7, 14};

  private static final String[] FIRST_NAMES = {
    "Anna", "Lars", "Maja", "Jonas", "Sofia", "Erik", "Leila", "Tomás", "Ingrid", "Oskar",
    "Amira", "Henrik", "Chloé", "Mateusz", "Åsa", "Daniel", "Fatima", "Pekka", "Yuki", "Nils",
    "Greta", "Olu", "Marta", "Ravi"
  };
  private static final String[] LAST_NAMES = {
    "Berg", "Lindqvist", "Novak", "Okafor", "Schmidt", "Haddad", "Johansson", "Moreau", "Virtanen",
    "Kowalski", "Nakamura", "Fernández", "Dahl", "Ekström", "Rossi", "Patel", "Svensson", "Weber",
    "Brennan", "Quist"
  };
  private static final String[] COMMENTS = {
    "The armrest of my chair is broken.\nCould someone have a look at it?",
    "I work from the kitchen table most days.",
    "A monitor arm would help.\nMy neck is stiff by the afternoon.",
    "Please ask {colleague} about the standing desks, she tried one.",
    "My laptop is all I have when I travel.\nA stand and a keyboard would help.\nThanks!",
    "Call me if you want to know more: {email}",
    "The meeting room chairs are terrible; \"ergonomic\" they are not.",
    "Nothing to add, thanks for asking."
  };

  private final long seed;
  private final HistoryCalendar calendar;
  private final SurveyDrawer surveys;
  private final PlantedModel model;

  ResponseDrawer(long seed, HistoryCalendar calendar, PlantedModel model) {
    this.seed = seed;
    this.calendar = calendar;
    this.surveys = new SurveyDrawer(calendar, Optional.empty());
    this.model = model;
  }

  /** The person behind respondent {@code i}: the same in every month. */
  Person person(int i) {
    SplittableRandom rng = Seeds.random(seed, Purpose.PEOPLE, i);
    String first = FIRST_NAMES[rng.nextInt(FIRST_NAMES.length)];
    String last = LAST_NAMES[rng.nextInt(LAST_NAMES.length)];
    String email = ascii(first) + "." + ascii(last) + (i + 1) + "@example.org";
    return new Person(first, last, email.toLowerCase(Locale.ROOT));
  }

  /**
   * Respondent {@code i}'s response in history month {@code m}, or empty when they do not respond.
   *
   * @param anonymousShare the chance that the response is anonymous
   * @param recordsUnfinished whether the platform records unfinished responses
   */
  Optional<SurveyResponse> draw(
      int i, Department department, int m, double anonymousShare, boolean recordsUnfinished) {
    SplittableRandom rng = Seeds.random(seed, Purpose.RESPONSES, i, m);
    if (rng.nextDouble() >= RESPONSE_RATE) {
      return Optional.empty();
    }
    LocalDateTime completed = when(m, rng);
    SurveyAnswer answer =
        inForce(surveys.draw(department, Seeds.random(seed, Purpose.SURVEY, i)), completed);
    Status status =
        recordsUnfinished && rng.nextDouble() < UNFINISHED_PROBABILITY
            ? Status.UNFINISHED
            : Status.COMPLETE;
    Person person = rng.nextDouble() < anonymousShare ? null : person(i);
    return Optional.of(response(i, person, department, completed, status, answer, rng));
  }

  /** A preview the survey's author sent in month {@code m} before it opened, as respondent j. */
  SurveyResponse preview(int j, Department department, int m) {
    SplittableRandom rng = Seeds.random(seed, Purpose.RESPONSES, -1 - j, m);
    LocalDate first = calendar.day(calendar.monthStart(m));
    LocalDateTime completed = first.atTime(7, 0).plusSeconds(rng.nextInt(3600));
    SurveyAnswer answer = surveys.draw(department, rng).get(0);
    return response(-1 - j, null, department, completed, Status.PREVIEW, answer, rng);
  }

  private SurveyResponse response(
      int i,
      Person person,
      Department department,
      LocalDateTime completed,
      Status status,
      SurveyAnswer answer,
      SplittableRandom rng) {
    int[] severities = new int[Outcome.regions().size()];
    boolean armOrNeck = false;
    for (int r = 0; r < severities.length; r++) {
      if (rng.nextDouble() < model.probability(answer.pattern(), r)) {
        severities[r] = level(rng.nextDouble());
        Outcome region = Outcome.regions().get(r);
        armOrNeck |=
            region == Outcome.NECK || region == Outcome.SHOULDERS || region == Outcome.WRISTS_HANDS;
      }
    }
    boolean discomfort = false;
    int worst = 0;
    for (int s : severities) {
      discomfort |= s > 0;
      worst = Math.max(worst, s);
    }
    double uDuration = rng.nextDouble();
    double uNumb = rng.nextDouble();
    double uInterferes = rng.nextDouble();
    Integer duration =
        discomfort && rng.nextDouble() >= BLANK_DURATION ? duration(uDuration) : null;
    Boolean numbness =
        rng.nextDouble() >= BLANK_NUMBNESS
            ? uNumb < (armOrNeck ? NUMBNESS_ARM_NECK : NUMBNESS_OTHER)
            : null;
    Boolean interferes =
        discomfort && rng.nextDouble() >= BLANK_INTERFERES
            ? uInterferes < 0.08 + 0.12 * worst
            : null;
    String comment =
        rng.nextDouble() < FREE_TEXT_PROBABILITY
            ? comment(rng.nextInt(COMMENTS.length), person, rng)
            : null;
    LocalDateTime started = completed.minusSeconds(60 + rng.nextInt(840));
    return new SurveyResponse(
        i,
        person,
        department,
        started,
        completed,
        status,
        answer,
        severities,
        duration,
        numbness,
        interferes,
        comment,
        network(rng));
  }

  /** A completion time in month {@code m}: a random day, in working hours. */
  private LocalDateTime when(int m, SplittableRandom rng) {
    int day =
        calendar.monthStart(m) + rng.nextInt(calendar.monthEnd(m) - calendar.monthStart(m) + 1);
    return calendar.day(day).atTime(8, 0).plusSeconds(rng.nextInt(10 * 3600));
  }

  /** The answer in force on that day: the latest dated on or before it, else the first. */
  private SurveyAnswer inForce(List<SurveyAnswer> answers, LocalDateTime at) {
    int day = calendar.offset(at.toLocalDate());
    SurveyAnswer inForce = answers.get(0);
    for (SurveyAnswer a : answers) {
      if (a.day() <= day) {
        inForce = a;
      }
    }
    return inForce;
  }

  /** Mild (severity 1–3), moderate (4–6) or severe (7–10), by the generator's severity shares. */
  private static int level(double u) {
    double c = 0;
    for (int s = 0; s < ReportDrawer.SEVERITY_SHARES.length; s++) {
      c += ReportDrawer.SEVERITY_SHARES[s];
      if (u < c) {
        return s < 3 ? 1 : s < 6 ? 2 : 3;
      }
    }
    return 3;
  }

  private static int duration(double u) {
    double c = 0;
    for (int k = 0; k < DURATION_SHARES.length; k++) {
      c += DURATION_SHARES[k];
      if (u < c) {
        return DURATION_VALUES[k];
      }
    }
    return DURATION_VALUES[DURATION_VALUES.length - 1];
  }

  private String comment(int k, Person person, SplittableRandom rng) {
    Person colleague = person(rng.nextInt(1_000_000));
    String email = person == null ? "someone@example.org" : person.email();
    return COMMENTS[k].replace("{colleague}", colleague.name()).replace("{email}", email);
  }

  private static Network network(SplittableRandom rng) {
    String id = "R_" + token(rng, 15);
    String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
    String ip = nets[rng.nextInt(nets.length)] + (1 + rng.nextInt(254));
    String lat = String.format(Locale.ROOT, "%.4f", 55.0 + rng.nextDouble() * 5);
    String lon = String.format(Locale.ROOT, "%.4f", 10.0 + rng.nextDouble() * 8);
    return new Network(id, ip, lat, lon);
  }

  private static String token(SplittableRandom rng, int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder b = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      b.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }
}
