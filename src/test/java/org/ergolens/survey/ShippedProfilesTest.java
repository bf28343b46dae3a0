package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The shipped profiles against the questionnaire's own tables ({@code ../shared/questionnaire.md}
 * section 1), written out here by hand: every label and value, the grid's rows and severities, and
 * the platforms' date formats on the examples section 2 gives.
 */
class ShippedProfilesTest {
  static final Map<Item, Map<String, Object>> QUESTIONNAIRE = new LinkedHashMap<>();

  static {
    QUESTIONNAIRE.put(
        Item.B1,
        ordered(
            "Less than 2 hours",
            dec(1),
            "2 to 4 hours",
            dec(3),
            "4 to 6 hours",
            dec(5),
            "6 to 8 hours",
            dec(7),
            "More than 8 hours",
            dec(9)));
    QUESTIONNAIRE.put(
        Item.B2,
        ordered(
            "Above my eye level", "above_eye_level",
            "At my eye level", "at_eye_level",
            "Below my eye level", "below_eye_level",
            "I only use a laptop screen", "laptop_only"));
    QUESTIONNAIRE.put(Item.B3, ordered("Yes", "yes", "No", "no"));
    QUESTIONNAIRE.put(
        Item.B4,
        ordered(
            "Every 30 minutes or more often", "every_30_min",
            "About every hour", "hourly",
            "About every 2 hours", "every_2_hours",
            "Rarely", "rarely"));
    QUESTIONNAIRE.put(
        Item.B5, ordered("0", 0, "1", 1, "2", 2, "3", 3, "4", 4, "5", 5, "6", 6, "7", 7));
    QUESTIONNAIRE.put(
        Item.B6, ordered("Fixed-height desk", "fixed", "Sit-stand desk", "sit_stand"));
    QUESTIONNAIRE.put(Item.B7, ordered("Office", "office", "Home", "home", "Both", "hybrid"));
    QUESTIONNAIRE.put(
        Item.C2,
        ordered("1 day or less", 1, "2 to 3 days", 3, "4 to 7 days", 7, "More than a week", 14));
    QUESTIONNAIRE.put(Item.C3, ordered("Yes", true, "No", false));
    QUESTIONNAIRE.put(Item.C4, ordered("Yes", true, "No", false));
  }

  static final Map<String, Outcome> ROWS =
      ordered(
          "Neck", Outcome.NECK,
          "Shoulders", Outcome.SHOULDERS,
          "Upper back", Outcome.UPPER_BACK,
          "Elbows", Outcome.ELBOWS,
          "Wrists or hands", Outcome.WRISTS_HANDS,
          "Lower back", Outcome.LOWER_BACK,
          "Hips or thighs", Outcome.HIPS_THIGHS,
          "Knees", Outcome.KNEES,
          "Ankles or feet", Outcome.ANKLES_FEET);

  static final Map<String, Integer> SEVERITIES =
      ordered("None", 0, "Mild", 2, "Moderate", 5, "Severe", 8);

  @Test
  void everyShippedProfileHoldsTheQuestionnairesLabelsExactly() {
    for (String name : ProfileReader.SHIPPED) {
      Profile p = ProfileReader.shipped(name);
      assertEquals(name, p.name());
      assertEquals(Profile.SURVEY_LOOKBACK_MONTHS, 1);
      for (var e : QUESTIONNAIRE.entrySet()) {
        Question q = p.question(e.getKey()).orElseThrow();
        assertEquals(e.getValue(), normalised(q.labels().entries()), name + " " + e.getKey());
        assertEquals(e.getKey().requiredByDefault(), q.required(), name + " " + e.getKey());
      }
      assertTrue(p.question(Item.A2).orElseThrow().isDepartment(), name);
      assertEquals(ROWS, p.grid().rows().entries(), name);
      assertEquals(SEVERITIES, p.grid().severities().entries(), name);
      assertTrue(p.grid().required(), name);
    }
  }

  @Test
  void theGridsColumnsAreNamedAsEachPlatformHeadsThem() {
    String q =
        "In the last 4 weeks, how much ache, pain or discomfort have you had in each part of your"
            + " body?";
    assertTrue(
        ProfileReader.shipped("microsoft-forms").grid().template().forRow("Neck").matches("Neck"));
    assertTrue(
        ProfileReader.shipped("google-forms")
            .grid()
            .template()
            .forRow("Upper back")
            .matches(q + " [Upper back]"));
    assertTrue(
        ProfileReader.shipped("qualtrics")
            .grid()
            .template()
            .forRow("Wrists or hands")
            .matches(q + " - Wrists or hands"));
    assertFalse(
        ProfileReader.shipped("google-forms").grid().template().forRow("Neck").matches("Neck"));
  }

  @Test
  void completionTimesParseInEachPlatformsFormats() {
    LocalDate oct5 = LocalDate.of(2026, 10, 5);
    ResponseDate google = ProfileReader.shipped("google-forms").responseDate();
    assertEquals(oct5, google.date(Cell.text("2026/10/05 9:41:12 AM GMT+2")).orElseThrow());
    assertEquals(oct5, google.date(Cell.text("2026/10/05 11:59:59 pm GMT-7")).orElseThrow());
    assertEquals(oct5, google.date(Cell.text("05/10/2026 09:41:12")).orElseThrow());
    assertTrue(google.date(Cell.text("31/02/2026 09:41:12")).isEmpty(), "no 31 February");
    assertTrue(google.date(Cell.text("2026-10-05")).isEmpty(), "not a Google Forms format");
    ResponseDate qualtrics = ProfileReader.shipped("qualtrics").responseDate();
    assertEquals(oct5, qualtrics.date(Cell.text("2026-10-05 09:41:12")).orElseThrow());
    ResponseDate forms = ProfileReader.shipped("microsoft-forms").responseDate();
    assertEquals(
        oct5,
        forms
            .date(Cell.dateTime(java.time.LocalDateTime.of(2026, 10, 5, 9, 41, 12)))
            .orElseThrow());
    assertEquals(oct5, forms.date(Cell.text("10/5/2026 9:41:12")).orElseThrow());
  }

  @Test
  void labelsMatchIgnoringCaseAndSpaces() {
    Question b2 = ProfileReader.shipped("google-forms").question(Item.B2).orElseThrow();
    assertEquals(
        new Answer.Value("laptop_only"),
        b2.answer(Cell.text("  i only use a LAPTOP\u00a0screen "), '.'));
    assertEquals(
        "unknown_enum",
        ((Answer.Failed) b2.answer(Cell.text("On the windowsill"), '.')).reason().id());
    Question b5 = ProfileReader.shipped("microsoft-forms").question(Item.B5).orElseThrow();
    assertEquals(new Answer.Value(3), b5.answer(Cell.number(new BigDecimal("3.0")), '.'));
  }

  @Test
  void numbersTypedByRespondentsAreReadWithTheProfilesDecimalMark() {
    Question hours = new Question(Item.B1, ColumnRef.header("Hours"), true, null, true);
    assertEquals(new Answer.Value(new BigDecimal("7.5")), hours.answer(Cell.text(" 7,5 "), ','));
    assertEquals(new Answer.Value(new BigDecimal("8")), hours.answer(Cell.text("8,00"), ','));
    assertEquals(
        new Answer.Value(new BigDecimal("7.25")),
        hours.answer(Cell.number(new BigDecimal("7.25")), ','));
    assertEquals("bad_number", failed(hours.answer(Cell.text("7.5"), ',')));
    assertEquals("bad_number", failed(hours.answer(Cell.text("7,125"), ',')));
    assertEquals("bad_number", failed(hours.answer(Cell.text("1e1"), '.')));
    assertEquals("out_of_range", failed(hours.answer(Cell.text("25"), '.')));
    Question days = new Question(Item.B5, ColumnRef.header("Days"), false, null, true);
    assertEquals(new Answer.Value(3), days.answer(Cell.text("3"), '.'));
    assertEquals("bad_number", failed(days.answer(Cell.text("2.5"), '.')));
    assertEquals(Answer.EMPTY, days.answer(Cell.text("  "), '.'));
  }

  private static String failed(Answer a) {
    return ((Answer.Failed) a).reason().id();
  }

  private static Map<String, Object> normalised(Map<String, Object> labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    labels.forEach((k, v) -> out.put(k, v instanceof BigDecimal b ? b.stripTrailingZeros() : v));
    return out;
  }

  private static BigDecimal dec(int n) {
    return BigDecimal.valueOf(n).stripTrailingZeros();
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... kv) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (V) kv[i + 1]);
    }
    return m;
  }
}
