package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A wrong profile is refused before any row is read, with one line naming the profile key (and,
 * when binding, the export's header). Messages are asserted word for word.
 */
class ProfileRefusalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anUnknownKeyIsNamedWithTheKeysThatAreKnownThere() {
    assertRefused(
        p -> ((ObjectNode) p.at("/items/B2")).set("lables", p.at("/items/B2/labels")),
        "Cannot use profile test.json: items.B2.lables is not a known key; known keys here are"
            + " column, labels, number, required.");
    assertRefused(
        p -> ((ObjectNode) p.at("/items")).set("B9", p.at("/items/B2")),
        "Cannot use profile test.json: items.B9 is not a questionnaire item; the items are A2,"
            + " B1, B2, B3, B4, B5, B6, B7, C1, C2, C3, C4.");
  }

  @Test
  void aLabelTableThatLeavesAContractValueUnreachableIsRefused() {
    assertRefused(
        p -> ((ObjectNode) p.at("/items/B2/labels")).remove("I only use a laptop screen"),
        "Cannot use profile test.json: items.B2.labels leaves monitor_position 'laptop_only'"
            + " unreachable; add the label that means it.");
    assertRefused(
        p -> ((ObjectNode) p.at("/items/C3/labels")).put("No", true),
        "Cannot use profile test.json: items.C3.labels leaves numbness_tingling 'false'"
            + " unreachable; add the label that means it.");
    assertRefused(
        p -> ((ObjectNode) p.at("/items/C1/rows")).remove("Knees"),
        "Cannot use profile test.json: items.C1.rows leaves body_region 'knees' unreachable; add"
            + " its row label.");
  }

  @Test
  void aLabelMappedOutsideTheContractIsRefused() {
    assertRefused(
        p -> ((ObjectNode) p.at("/items/B2/labels")).put("Sideways", "sideways"),
        "Cannot use profile test.json: items.B2.labels.\"Sideways\" maps to \"sideways\", which is"
            + " not a monitor_position value; use one of above_eye_level, at_eye_level,"
            + " below_eye_level, laptop_only.");
    assertRefused(
        p -> ((ObjectNode) p.at("/items/B1/labels")).put("More than 8 hours", 25),
        "Cannot use profile test.json: items.B1.labels.\"More than 8 hours\" maps to 25, outside"
            + " sitting_hours_per_day's range 0 to 24.");
    assertRefused(
        p -> ((ObjectNode) p.at("/items/C1/labels")).put("Unbearable", 11),
        "Cannot use profile test.json: items.C1.labels.\"Unbearable\" maps to 11; use a severity"
            + " from 1 to 10, or 0 for no discomfort.");
    assertRefused(
        p -> ((ObjectNode) p.at("/items/B3/labels")).put("YES", "yes"),
        "Cannot use profile test.json: items.B3.labels labels \"Yes\" and \"YES\" are the same"
            + " label (labels match ignoring case and spaces).");
  }

  @Test
  void aProfileMustReadWhatTheContractRequires() {
    assertRefused(
        p -> ((ObjectNode) p.at("/items")).remove("B3"),
        "Cannot use profile test.json: items.B3 is missing; every profile reads it"
            + " (lumbar_support is required).");
    assertRefused(
        p -> ((ObjectNode) p.at("/items/B4")).put("required", false),
        "Cannot use profile test.json: items.B4.required is false, but break_frequency is required"
            + " by the data contract.");
    assertRefused(
        p -> p.put("population", "lookback"),
        "Cannot use profile test.json: population is \"lookback\"; a combined questionnaire's"
            + " population is \"respondents_in_month\" (who responded in the month).");
    assertRefused(
        p -> ((ObjectNode) p.at("/response_date")).remove("formats"),
        "Cannot use profile test.json: response_date.formats is missing.");
    assertRefused(
        p -> ((ObjectNode) p.at("/response_date")).putArray("formats"),
        "Cannot use profile test.json: response_date.formats must be a list of date formats, at"
            + " least one.");
  }

  @Test
  void anItemWhoseHeaderIsNotInTheExportIsRefusedNamingTheHeader() {
    Profile forms = ProfileReader.shipped("microsoft-forms");
    List<String> header = new ArrayList<>(formsHeader());
    header.remove("Does your chair support your lower back?");
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () ->
                ExportColumns.bind(forms, new ExportHeader("/data/october.xlsx", List.of(header))));
    assertEquals(
        "Cannot use profile microsoft-forms: items.B3.column \"Does your chair support your lower"
            + " back?\" matches no column of the header of /data/october.xlsx (\"ID\", \"Start"
            + " time\", \"Completion time\", \"Email\", \"Name\", \"Last modified time\", \"Which"
            + " department do you work in?\", \"On a typical working day, how many hours do you"
            + " spend sitting?\", \"Where is the top of your screen when you sit upright?\", \"How"
            + " often do you get up from sitting?\", \"On how many days a week do you exercise for"
            + " at least 30 minutes?\", \"What kind of desk do you use?\", \"Where do you mostly"
            + " work?\", \"Neck\", \"Shoulders\", \"Upper back\", \"Elbows\", \"Wrists or"
            + " hands\", \"Lower back\", \"Hips or thighs\", \"Knees\", \"Ankles or feet\", \"If"
            + " you had discomfort, how long has it lasted?\", \"Have you had numbness or tingling"
            + " in your arms or hands?\", \"Has the discomfort made your work harder?\", \"Anything"
            + " else you want to tell us about your workstation?\"; 26 columns).",
        e.getMessage());
  }

  @Test
  void readingANeverReadColumnOrTwoColumnsForOneKeyIsRefused() {
    Profile forms = ProfileReader.shipped("microsoft-forms");
    List<String> header = new ArrayList<>(formsHeader());
    header.set(header.indexOf("Last modified time"), "Which department do you work in?");
    assertEquals(
        "Cannot use profile microsoft-forms: items.A2.column \"Which department do you work in?\""
            + " matches 2 columns (column 6 and column 7) of the header of f.xlsx ("
            + new ExportHeader("f.xlsx", List.of(header)).describe(0)
            + ").",
        assertThrows(
                ProfileException.class,
                () -> ExportColumns.bind(forms, new ExportHeader("f.xlsx", List.of(header))))
            .getMessage());

    String json = shippedJson("microsoft-forms").toString().replace("\"Name\"", "\"Neck\"");
    Profile wrong = ProfileReader.parse(json, "p.json");
    assertEquals(
        "Cannot use profile p.json: items.C1.rows.\"Neck\" \"Neck\" names column 15,"
            + " which never_read[0] says is never read, in the header of f.xlsx ("
            + new ExportHeader("f.xlsx", List.of(formsHeader())).describe(0)
            + ").",
        assertThrows(
                ProfileException.class,
                () -> ExportColumns.bind(wrong, new ExportHeader("f.xlsx", List.of(formsHeader()))))
            .getMessage());
  }

  static List<String> formsHeader() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "ID",
                "Start time",
                "Completion time",
                "Email",
                "Name",
                "Last modified time",
                "Which department do you work in?",
                "On a typical working day, how many hours do you spend sitting?",
                "Where is the top of your screen when you sit upright?",
                "Does your chair support your lower back?",
                "How often do you get up from sitting?",
                "On how many days a week do you exercise for at least 30 minutes?",
                "What kind of desk do you use?",
                "Where do you mostly work?"));
    h.addAll(ShippedProfilesTest.ROWS.keySet());
    h.addAll(
        List.of(
            "If you had discomfort, how long has it lasted?",
            "Have you had numbness or tingling in your arms or hands?",
            "Has the discomfort made your work harder?",
            "Anything else you want to tell us about your workstation?"));
    return h;
  }

  private static void assertRefused(Consumer<ObjectNode> edit, String message) {
    ObjectNode p = shippedJson("google-forms");
    edit.accept(p);
    ProfileException e =
        assertThrows(ProfileException.class, () -> ProfileReader.parse(p.toString(), "test.json"));
    assertEquals(message, e.getMessage());
  }

  static ObjectNode shippedJson(String name) {
    try (InputStream in =
        ProfileReader.class.getResourceAsStream(
            "/org/ergolens/survey/profiles/" + name + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
