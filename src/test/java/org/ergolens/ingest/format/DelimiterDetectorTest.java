package org.ergolens.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The delimiter is the one candidate under which the header holds the expected columns. */
class DelimiterDetectorTest {
  private static final List<String> REQUIRED =
      List.of("respondent_id", "response_date", "department");

  @Test
  void findsTheOneCandidateThatFits() {
    assertEquals(
        Delimiter.SEMICOLON,
        DelimiterDetector.detect(
                "\uFEFFRespondent_ID;response_date;\"Department\";x,y\n1;2", REQUIRED)
            .found()
            .orElseThrow()
            .delimiter());
    assertEquals(
        Delimiter.TAB,
        DelimiterDetector.detect("respondent_id\tresponse_date\tdepartment", REQUIRED)
            .found()
            .orElseThrow()
            .delimiter());
    assertEquals(
        Delimiter.COMMA,
        DelimiterDetector.detect("respondent_id,response_date,department,\"a;b\"", REQUIRED)
            .found()
            .orElseThrow()
            .delimiter());
  }

  @Test
  void sayWhatEachCandidateGaveWhenNoneFits() {
    DelimiterDetector.Detection d =
        DelimiterDetector.detect("respondent_id|response_date|department\n", REQUIRED);
    assertTrue(d.found().isEmpty());
    assertEquals(3, d.seen().size());
    assertEquals("1 column with ','", d.widest().describe());
    DelimiterDetector.Detection missing =
        DelimiterDetector.detect("respondent_id;response_date;dept;x\n", REQUIRED);
    assertEquals("4 columns with ';'", missing.widest().describe());
  }

  @Test
  void aCustomTestServesOtherHeaders() {
    DelimiterDetector.Detection d =
        DelimiterDetector.detect(
            "StartDate;EndDate;\"Q1\nText\"\n", fields -> fields.contains("StartDate"));
    assertEquals(Delimiter.SEMICOLON, d.found().orElseThrow().delimiter());
    assertEquals(List.of("StartDate", "EndDate", "Q1\nText"), d.found().orElseThrow().fields());
  }
}
