package org.ergolens.generate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wording of the questionnaire an export is written in: each question's text, the answer label
 * of each contract value, the grid's row and severity labels, and Microsoft Forms' own column
 * headers. {@link #english()} is the standard questionnaire of {@code ../shared/questionnaire.md}
 * section 1, written out here on its own (not read from a profile), so that a profile that reads
 * the exports is checked against the questionnaire rather than against itself.
 *
 * @param questions item id ({@code A2} … {@code C4}, {@code D1}) → question text
 * @param labels item id → contract value → answer label: {@code B1} by its value (1, 3, 5, 7, 9),
 *     {@code B5} by day count, {@code C2} by days (1, 3, 7, 14), {@code C3}/{@code C4} by {@link
 *     Boolean}, the others by the contract's enum value
 * @param gridRows the grid's row labels, in the contract's body-region order
 * @param severities the grid's answer labels: no discomfort, mild, moderate, severe
 * @param sittingAsNumber whether B1 asks for the hours as a number instead of offering labels
 * @param formsHeaders Microsoft Forms' columns before the questions: id, start time, completion
 *     time, email, name, last modified time
 */
public record Questionnaire(
    Map<String, String> questions,
    Map<String, Map<Object, String>> labels,
    List<String> gridRows,
    List<String> severities,
    boolean sittingAsNumber,
    List<String> formsHeaders) {

  public Questionnaire {
    questions = Map.copyOf(questions);
    labels = Map.copyOf(labels);
    gridRows = List.copyOf(gridRows);
    severities = List.copyOf(severities);
    formsHeaders = List.copyOf(formsHeaders);
    if (gridRows.size() != 9 || severities.size() != 4 || formsHeaders.size() != 6) {
      throw new IllegalArgumentException(
          "Cannot use a questionnaire without 9 grid rows, 4 severities and 6 Forms headers");
    }
  }

  /** The standard questionnaire, in English. */
  public static Questionnaire english() {
    return ENGLISH;
  }

  /** The question text of an item. */
  public String question(String item) {
    return Objects.requireNonNull(questions.get(item), item);
  }

  /** The label of a contract value of an item. */
  public String label(String item, Object value) {
    return Objects.requireNonNull(labels.get(item).get(value), item + " " + value);
  }

  private static final Questionnaire ENGLISH =
      new Questionnaire(
          Map.ofEntries(
              Map.entry("A2", "Which department do you work in?"),
              Map.entry("B1", "On a typical working day, how many hours do you spend sitting?"),
              Map.entry("B2", "Where is the top of your screen when you sit upright?"),
              Map.entry("B3", "Does your chair support your lower back?"),
              Map.entry("B4", "How often do you get up from sitting?"),
              Map.entry("B5", "On how many days a week do you exercise for at least 30 minutes?"),
              Map.entry("B6", "What kind of desk do you use?"),
              Map.entry("B7", "Where do you mostly work?"),
              Map.entry(
                  "C1",
                  "In the last 4 weeks, how much ache, pain or discomfort have you had in each"
                      + " part of your body?"),
              Map.entry("C2", "If you had discomfort, how long has it lasted?"),
              Map.entry("C3", "Have you had numbness or tingling in your arms or hands?"),
              Map.entry("C4", "Has the discomfort made your work harder?"),
              Map.entry("D1", "Anything else you want to tell us about your workstation?")),
          Map.of(
              "B1",
              Map.of(
                  1, "Less than 2 hours",
                  3, "2 to 4 hours",
                  5, "4 to 6 hours",
                  7, "6 to 8 hours",
                  9, "More than 8 hours"),
              "B2",
              Map.of(
                  "above_eye_level", "Above my eye level",
                  "at_eye_level", "At my eye level",
                  "below_eye_level", "Below my eye level",
                  "laptop_only", "I only use a laptop screen"),
              "B3",
              Map.of("yes", "Yes", "no", "No"),
              "B4",
              Map.of(
                  "every_30_min", "Every 30 minutes or more often",
                  "hourly", "About every hour",
                  "every_2_hours", "About every 2 hours",
                  "rarely", "Rarely"),
              "B5",
              Map.of(0, "0", 1, "1", 2, "2", 3, "3", 4, "4", 5, "5", 6, "6", 7, "7"),
              "B6",
              Map.of("fixed", "Fixed-height desk", "sit_stand", "Sit-stand desk"),
              "B7",
              Map.of("office", "Office", "home", "Home", "hybrid", "Both"),
              "C2",
              Map.of(
                  1, "1 day or less", 3, "2 to 3 days", 7, "4 to 7 days", 14, "More than a week"),
              "C3",
              Map.of(true, "Yes", false, "No"),
              "C4",
              Map.of(true, "Yes", false, "No")),
          List.of(
              "Neck",
              "Shoulders",
              "Upper back",
              "Elbows",
              "Wrists or hands",
              "Lower back",
              "Hips or thighs",
              "Knees",
              "Ankles or feet"),
          List.of("None", "Mild", "Moderate", "Severe"),
          false,
          List.of("ID", "Start time", "Completion time", "Email", "Name", "Last modified time"));
}
