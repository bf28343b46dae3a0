package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.pseudonym.PseudonymizationKey;
import org.ergolens.pseudonym.Pseudonymizer;
import org.ergolens.pseudonym.ResponseIds;
import org.ergolens.survey.Mapped.UnmappedLabel;
import org.junit.jupiter.api.Test;

/** One Qualtrics row at a time, through the shipped profile, to contract rows or a reason. */
class ResponseMapperTest {
  static final String KEY = "a-test-key-of-at-least-32-bytes-0123456789";
  static final String C1 =
      "In the last 4 weeks, how much ache, pain or discomfort have you had in each part of your"
          + " body?";

  private final Profile profile = ProfileReader.shipped("qualtrics");
  private final List<String> tags = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final ResponseMapper mapper;

  ResponseMapperTest() {
    column("Status", "Response Type");
    column("Finished", "Finished");
    column("EndDate", "End Date");
    column("ResponseId", "Response ID");
    column("RecipientEmail", "Recipient Email");
    column("RecipientLastName", "Recipient Last Name");
    column("Q1", "Which department do you work in?");
    column("Q2", "On a typical working day, how many hours do you spend sitting?");
    column("Q3", "Where is the top of your screen when you sit upright?");
    column("Q4", "Does your chair support your lower back?");
    column("Q5", "How often do you get up from sitting?");
    column("Q6", "On how many days a week do you exercise for at least 30 minutes?");
    column("Q7", "What kind of desk do you use?");
    column("Q8", "Where do you mostly work?");
    int r = 1;
    for (String row : ShippedProfilesTest.ROWS.keySet()) {
      column("Q9_" + r++, C1 + " - " + row);
    }
    column("Q10", "If you had discomfort, how long has it lasted?");
    column("Q11", "Have you had numbness or tingling in your arms or hands?");
    column("Q12", "Has the discomfort made your work harder?");
    column("Q13", "Anything else you want to tell us about your workstation?");
    ExportHeader header = new ExportHeader("export.csv", List.of(tags, texts, importIds()));
    ExportColumns columns = ExportColumns.bind(profile, header);
    DepartmentNames departments =
        new DepartmentNames("departments.csv").add("fin", "Finance").add("ops", "Operations");
    mapper =
        new ResponseMapper(
            profile,
            columns,
            ContractLayout.of(profile),
            departments,
            new ResponseIds(
                Pseudonymizer.create(
                    PseudonymizationKey.of(KEY.getBytes(StandardCharsets.UTF_8), "test"))));
  }

  @Test
  void aResponseGivesOneSurveyRowAndOneReportPerRegionWithDiscomfort() {
    Map<String, String> answers = typical();
    answers.put("Q9_1", "Moderate");
    answers.put("Q9_6", "Severe");
    Mapped.Imported m = assertInstanceOf(Mapped.Imported.class, map(answers, 4));
    String respondent = hmac("anna.berg@example.org");
    LocalDate date = LocalDate.of(2026, 10, 5);
    assertArrayEquals(
        new Object[] {
          respondent,
          date,
          "fin",
          new BigDecimal("7"),
          "laptop_only",
          "no",
          "hourly",
          3,
          "sit_stand",
          "hybrid",
          "export.csv",
          4
        },
        m.survey());
    String token = hmac("\u0001response\u001fR_1aBcD\u001fanna.berg@example.org").substring(0, 32);
    assertEquals(2, m.reports().size());
    assertArrayEquals(
        new Object[] {
          token + "-neck", respondent, date, "neck", 5, 7, false, true, "export.csv", 4
        },
        m.reports().get(0));
    assertArrayEquals(
        new Object[] {
          token + "-lower_back", respondent, date, "lower_back", 8, 7, false, true, "export.csv", 4
        },
        m.reports().get(1));
  }

  @Test
  void previewsAndUnfinishedResponsesAreLeftOutWithTheirReason() {
    Map<String, String> preview = typical();
    preview.put("Status", "Survey Preview");
    preview.put("Finished", "False");
    assertEquals(new Mapped.Dropped("preview"), map(preview, 5));
    Map<String, String> partial = typical();
    partial.put("Finished", "False");
    partial.put("Q3", "nonsense that is never looked at");
    assertEquals(new Mapped.Dropped("unfinished"), map(partial, 6));
  }

  @Test
  void theFirstBadColumnRejectsAndEveryUnmappedLabelIsListed() {
    Map<String, String> answers = typical();
    answers.put("Q3", "On the windowsill");
    answers.put("Q4", "");
    answers.put("Q10", "Since spring");
    answers.put("Q1", "Marketing");
    Mapped.Rejected r = assertInstanceOf(Mapped.Rejected.class, map(answers, 7));
    assertEquals(ReasonCode.UNKNOWN_ENUM, r.reason());
    assertEquals("Where is the top of your screen when you sit upright?", r.column());
    assertEquals("On the windowsill", r.answer());
    assertEquals(
        List.of(
            new UnmappedLabel(
                "Where is the top of your screen when you sit upright?", "On the windowsill"),
            new UnmappedLabel("If you had discomfort, how long has it lasted?", "Since spring"),
            new UnmappedLabel("Which department do you work in?", "Marketing")),
        r.unmapped());
  }

  @Test
  void anUnknownDepartmentIsCheckedAfterTheColumns() {
    Map<String, String> answers = typical();
    answers.put("Q1", "Marketing");
    Mapped.Rejected r = assertInstanceOf(Mapped.Rejected.class, map(answers, 8));
    assertEquals(ReasonCode.UNKNOWN_DEPARTMENT, r.reason());
    assertEquals("Marketing", r.answer());
    answers.put("Q9_3", "");
    r = assertInstanceOf(Mapped.Rejected.class, map(answers, 8));
    assertEquals(ReasonCode.MISSING_REQUIRED, r.reason());
    assertEquals(C1 + " - Upper back", r.column());
    assertEquals("", r.answer());
  }

  @Test
  void aBadCompletionTimeIsABadDate() {
    Map<String, String> answers = typical();
    answers.put("EndDate", "5 Oct 2026");
    Mapped.Rejected r = assertInstanceOf(Mapped.Rejected.class, map(answers, 9));
    assertEquals(ReasonCode.BAD_DATE, r.reason());
    assertEquals("EndDate", r.column());
    assertEquals("5 Oct 2026", r.answer());
  }

  @Test
  void anAnonymousResponseIsItsOwnRespondentKeyedByItsIdAndAnswers() {
    Map<String, String> answers = typical();
    answers.put("RecipientEmail", " ");
    answers.put("RecipientLastName", "");
    answers.put("Q9_2", "Mild");
    Mapped.Imported m = assertInstanceOf(Mapped.Imported.class, map(answers, 10));
    List<String> key = new ArrayList<>(List.of("R_1aBcD"));
    for (String q : List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8")) {
      key.add(answers.get(q));
    }
    for (int r = 1; r <= 9; r++) {
      key.add(answers.get("Q9_" + r));
    }
    key.addAll(List.of(answers.get("Q10"), answers.get("Q11"), answers.get("Q12")));
    String token = hmac("\u0001response\u001f" + String.join("\u001f", key)).substring(0, 32);
    assertEquals("anon-" + token, m.survey()[0]);
    assertEquals(1, m.reports().size());
    assertEquals(token + "-shoulders", m.reports().get(0)[0]);
    assertEquals(2, m.reports().get(0)[4]);
  }

  private Mapped map(Map<String, String> answers, long row) {
    List<Cell> cells = new ArrayList<>();
    for (String tag : tags) {
      cells.add(Cell.text(answers.getOrDefault(tag, "")));
    }
    return mapper.map(cells, "export.csv", row);
  }

  private static Map<String, String> typical() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("Status", "IP Address");
    a.put("Finished", "True");
    a.put("EndDate", "2026-10-05 09:41:12");
    a.put("ResponseId", "R_1aBcD");
    a.put("RecipientEmail", "Anna.Berg@example.org");
    a.put("RecipientLastName", "Berg");
    a.put("Q1", "Finance");
    a.put("Q2", "6 to 8 hours");
    a.put("Q3", "I only use a laptop screen");
    a.put("Q4", "No");
    a.put("Q5", "About every hour");
    a.put("Q6", "3");
    a.put("Q7", "Sit-stand desk");
    a.put("Q8", "Both");
    for (int r = 1; r <= 9; r++) {
      a.put("Q9_" + r, "None");
    }
    a.put("Q10", "4 to 7 days");
    a.put("Q11", "No");
    a.put("Q12", "Yes");
    a.put("Q13", "My chair squeaks.\nPlease fix it.");
    return a;
  }

  private void column(String tag, String text) {
    tags.add(tag);
    texts.add(text);
  }

  private List<String> importIds() {
    return tags.stream().map(t -> "{\"ImportId\":\"" + t + "\"}").toList();
  }

  static String hmac(String s) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
