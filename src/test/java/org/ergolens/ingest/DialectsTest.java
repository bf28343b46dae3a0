package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.ergolens.ErgoLensException;
import org.ergolens.ingest.format.Delimiter;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV dialects: the delimiter found from the header or configured, the decimal comma that goes with
 * ';', and one line saying what to set when the header does not fit.
 */
class DialectsTest {
  @TempDir Path dir;

  private static final String EUROPEAN_HEADER = SURVEY_HEADER.replace(',', ';');

  private Path input(String surveyFile, byte[] survey) {
    Path in = dir.resolve("in");
    Files2.writeBytes(in.resolve(surveyFile), survey);
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("d1", "e1", "2026-10-02", "neck") + "\n");
    return in;
  }

  /** The sitting hours and reason of each survey row, by respondent. */
  private static Map<String, String> hoursById(Map<DatasetSpec, IngestedDataset> data) {
    Map<String, String> out = new HashMap<>();
    for (Row r :
        data.get(DatasetSpec.WORKSTATION_SURVEY)
            .rows()
            .select(
                col(RowValidator.TEXT_PREFIX + Columns.RESPONDENT_ID),
                col(Columns.SITTING_HOURS),
                col(Columns.REASON))
            .collectAsList()) {
      out.put(r.getString(0), r.isNullAt(2) ? String.valueOf(r.getDouble(1)) : r.getString(2));
    }
    return out;
  }

  /** What Excel writes in a European locale: ';', decimal comma, BOM, CRLF, cells over lines. */
  private static byte[] europeanExport() {
    String rows =
        EUROPEAN_HEADER
            + ";Kommentar\r\n"
            + "e1;2026-10-01;fin;7,5;at_eye_level;yes;hourly;3;fixed;office;60;\"Stuhl; zu niedrig\r\nBildschirm \"\"hoch\"\"\"\r\n"
            + "e2;2026-10-01;fin;8;at_eye_level;yes;hourly;3;fixed;office;60;\r\n"
            + "e3;2026-10-01;fin;7.5;at_eye_level;yes;hourly;3;fixed;office;60;\r\n"
            + "e4;2026-10-01;fin;1.234,5;at_eye_level;yes;hourly;3;fixed;office;60;\r\n"
            + "e5;2026-10-01;fin;\"6,25\";at_eye_level;yes;hourly;3;fixed;office;60;x\r\n";
    byte[] text = rows.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[text.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(text, 0, out, 3, text.length);
    return out;
  }

  @Test
  void aEuropeanExcelExportIsReadWithItsDecimalComma() {
    Path in = input("workstation_survey.csv", europeanExport());
    Map<String, String> hours = hoursById(ReadingHelp.read(in.toString(), ReadOptions.defaults()));
    assertEquals("7.5", hours.get("e1"));
    assertEquals("8.0", hours.get("e2"));
    assertEquals("bad_number", hours.get("e3"), "a point is a thousands separator there");
    assertEquals("bad_number", hours.get("e4"), "thousands separators are bad numbers");
    assertEquals("6.25", hours.get("e5"));
  }

  @Test
  void theDecimalMarkCanBeSet() {
    Path in = input("workstation_survey.csv", europeanExport());
    ReadOptions point =
        new ReadOptions(Optional.empty(), Optional.of(DecimalMark.POINT), 100, Optional.empty());
    Map<String, String> hours = hoursById(ReadingHelp.read(in.toString(), point));
    assertEquals("bad_number", hours.get("e1"));
    assertEquals("7.5", hours.get("e3"));
  }

  @Test
  void tabsAreFoundAndEachFileOfADatasetHasItsOwnDialect() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("workstation_survey/part-0.tsv.csv"),
        SURVEY_HEADER.replace(',', '\t') + "\n" + surveys("t", "fin", 3).replace(',', '\t'));
    Files2.write(
        in.resolve("workstation_survey/part-1.csv"),
        EUROPEAN_HEADER + "\n" + surveys("s", "ops", 3).replace(',', ';'));
    Files2.write(
        in.resolve("workstation_survey/part-2.csv"), SURVEY_HEADER + "\n" + surveys("c", "ops", 3));
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("d1", "t1", "2026-10-02", "neck") + "\n");
    Map<String, String> hours = hoursById(ReadingHelp.read(in.toString(), ReadOptions.defaults()));
    assertEquals(9, hours.size());
    hours.values().forEach(h -> assertEquals(true, h.matches("[0-9.]+"), h));
  }

  private ErgoLensException refused(String header, ReadOptions options) {
    Path in = input("workstation_survey.csv", (header + "\n").getBytes(StandardCharsets.UTF_8));
    return assertThrows(
        ErgoLensException.class,
        () ->
            new Ingestion(org.ergolens.testing.SparkTestSession.get(), in.toString(), options)
                .checkInputs());
  }

  private String path() {
    return "file:" + dir.resolve("in/workstation_survey.csv");
  }

  @Test
  void aConfiguredDelimiterThatDoesNotFitSaysWhichDoes() {
    ReadOptions comma =
        new ReadOptions(Optional.of(Delimiter.COMMA), Optional.empty(), 100, Optional.empty());
    assertEquals(
        "Cannot read "
            + path()
            + ": the header splits into 11 columns with ';' \u2014 set csv_delimiter to ';' (it is"
            + " ',').",
        refused(EUROPEAN_HEADER, comma).getMessage());
  }

  @Test
  void aHeaderNoDelimiterSplitsSaysWhatItReads() {
    assertEquals(
        "Cannot read "
            + path()
            + ": the header does not split into columns with ',', ';' or a tab (it reads"
            + " 'respondent_id|response_date|department|sitting_hours_per_day…'); separate the"
            + " columns with one of them.",
        refused(SURVEY_HEADER.replace(',', '|'), ReadOptions.defaults()).getMessage());
  }

  @Test
  void aMissingColumnIsNamedUnderTheDelimiterThatSplitsTheHeader() {
    assertEquals(
        "Cannot read "
            + path()
            + ": required column 'monitor_position' is missing from the header.",
        refused(EUROPEAN_HEADER.replace("monitor_position", "monitor"), ReadOptions.defaults())
            .getMessage());
  }

  @Test
  void theDecimalMarkSwapTurnsExactlyTheCommaGrammarIntoThePointOne() {
    assertEquals("7.5", DecimalMark.COMMA.toPointDecimal("7,5"));
    assertEquals("7,5", DecimalMark.COMMA.toPointDecimal("7.5"));
    assertEquals("1,234.5", DecimalMark.COMMA.toPointDecimal("1.234,5"));
    assertEquals("7.5", DecimalMark.POINT.toPointDecimal("7.5"));
    assertNull(DecimalMark.COMMA.toPointDecimal(null));
  }
}
