package org.ergolens.hostile;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.survey;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-export corpus: each case is an input the job meets in real life, with its documented
 * outcome (README, "Input"): a reject reason on the right line, or exit 2 with one line and nothing
 * written. Whenever the job runs, rows read = accepted + rejected.
 */
class HostileInputTest {
  @TempDir Path dir;

  /** Twelve valid rows in two departments, to put a bad row among. */
  private static final String VALID = surveys("a", "fin", 6) + surveys("b", "ops", 6);

  private Path input() {
    Path in = dir.resolve("in");
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("r1", "a1", "2026-10-02", "neck") + "\n");
    return in;
  }

  private CliRun run(Path in) {
    return CliRun.run(
        "monthly",
        "--input",
        in.toString(),
        "--out",
        dir.resolve("out").toString(),
        "--month",
        "2026-10",
        "--config",
        Files2.write(dir.resolve("lenient.json"), "{\"max_reject_ratio\": 0.9}").toString());
  }

  private List<Map<String, String>> rejects() {
    return Files2.readCsv(dir.resolve("out/restricted/month=2026-10/rejects/rejects.csv"));
  }

  private JsonNode datasets() throws Exception {
    return new ObjectMapper()
        .readTree(dir.resolve("out/month=2026-10/manifest.json").toFile())
        .get("datasets");
  }

  /** Runs the survey bytes; asserts success, reconciliation, and returns the rejects. */
  private List<Map<String, String>> accepted(byte[] surveyFile, String fileName) throws Exception {
    Path in = input();
    Files2.writeBytes(in.resolve(fileName), surveyFile);
    CliRun r = run(in);
    assertEquals(0, r.exitCode(), r.err());
    for (JsonNode d : datasets()) {
      assertEquals(
          d.get("rows_read").asLong(),
          d.get("rows_accepted").asLong() + d.get("rows_rejected").asLong(),
          "reconciles");
    }
    return rejects();
  }

  private List<Map<String, String>> accepted(String surveyText) throws Exception {
    return accepted(surveyText.getBytes(StandardCharsets.UTF_8), "workstation_survey.csv");
  }

  /** Asserts exit 2, one line naming the file, and nothing written. */
  private void refused(byte[] surveyFile, String fileName, String expected) {
    Path in = input();
    Files2.writeBytes(in.resolve(fileName), surveyFile);
    CliRun r = run(in);
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(fileName), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  private static void assertReject(List<Map<String, String>> rejects, String line, String reason) {
    Map<String, String> r =
        rejects.stream()
            .filter(
                x -> x.get("dataset").equals("workstation_survey") && x.get("line").equals(line))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reject on line " + line + ": " + rejects));
    assertEquals(reason, r.get("reason"), "line " + line);
  }

  private static long surveyRejects(List<Map<String, String>> rejects) {
    return rejects.stream().filter(x -> x.get("dataset").equals("workstation_survey")).count();
  }

  @Test
  void anEmptyFileIsRefused() {
    refused(new byte[0], "workstation_survey.csv", "the file is empty");
  }

  @Test
  void aHeaderOnlyFileGivesAnEmptyMonth() throws Exception {
    List<Map<String, String>> rejects = accepted(SURVEY_HEADER + "\n");
    assertEquals(0, surveyRejects(rejects));
    assertEquals(0, datasets().at("/workstation_survey/rows_read").asLong());
    assertEquals(
        1, datasets().at("/discomfort_reports/rejected_by_reason/unmatched_respondent").asLong());
  }

  @Test
  void aDuplicatedRequiredColumnIsRefused() {
    refused(
        (SURVEY_HEADER + ",Department\n" + VALID).getBytes(StandardCharsets.UTF_8),
        "workstation_survey.csv",
        "column 'department' appears more than once");
  }

  @Test
  void aLongFieldIsOutOfRangeAndALineOverOneMebibyteIsMalformed() throws Exception {
    String longField = "x".repeat(100_000);
    String huge = "y".repeat(1 << 20);
    List<Map<String, String>> rejects =
        accepted(
            SURVEY_HEADER
                + "\n"
                + VALID
                + survey("big", "2026-10-01", longField, "3", "at_eye_level")
                + "\n"
                + survey("huge", "2026-10-01", huge, "3", "at_eye_level")
                + "\n"
                + survey("after", "2026-10-01", "fin", "3", "at_eye_level")
                + "\n");
    assertReject(rejects, "14", "out_of_range");
    assertReject(rejects, "15", "malformed_row");
    assertEquals(2, surveyRejects(rejects), "the line after the long one is read");
    assertTrue(
        rejects.stream().allMatch(r -> r.get("record").length() < 5000),
        "the rejects file stays small");
    assertTrue(
        rejects.stream().anyMatch(r -> r.get("detail").equals("the line is longer than 1 MiB")));
  }

  @Test
  void anUnclosedQuoteRejectsOnlyItsOwnLine() throws Exception {
    List<Map<String, String>> rejects =
        accepted(
            SURVEY_HEADER
                + "\n"
                + surveys("a", "fin", 6)
                + "q1,2026-10-01,\"fin,3,at_eye_level,yes,hourly,3,fixed,office,60\n"
                + surveys("b", "ops", 6));
    assertReject(rejects, "8", "malformed_row");
    assertEquals(1, surveyRejects(rejects));
    assertEquals(12, datasets().at("/workstation_survey/rows_accepted").asLong());
  }

  @Test
  void aNulByteIsMalformed() throws Exception {
    byte[] head = (SURVEY_HEADER + "\n" + VALID).getBytes(StandardCharsets.UTF_8);
    byte[] nul =
        (survey("n1", "2026-10-01", "fin", "3", "at_eye_level") + "\n")
            .replace("fin", "f\0n")
            .getBytes(StandardCharsets.UTF_8);
    List<Map<String, String>> rejects = accepted(concat(head, nul), "workstation_survey.csv");
    assertReject(rejects, "14", "malformed_row");
  }

  @Test
  void invalidUtf8AndWindows1252AreRefusedNamingTheLine() {
    byte[] head = (SURVEY_HEADER + "\n" + VALID).getBytes(StandardCharsets.UTF_8);
    byte[] cp1252 =
        (survey("w1", "2026-10-01", "Café", "3", "at_eye_level") + "\n")
            .getBytes(Charset.forName("windows-1252"));
    refused(
        concat(head, cp1252),
        "workstation_survey.csv",
        "the file is not valid UTF-8 (the first bad byte, 0xE9, is on line 14); export it as"
            + " UTF-8.");
    byte[] invalid = {'x', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'};
    refused(
        concat(head, invalid),
        "workstation_survey.csv",
        "(the first bad byte, 0xC3, is on line 14)");
  }

  @Test
  void utf16WithBomIsRead() throws Exception {
    String tsv = (SURVEY_HEADER + "\n" + VALID).replace(',', '\t').replace("\n", "\r\n");
    byte[] text = tsv.getBytes(StandardCharsets.UTF_16LE);
    accepted(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text), "workstation_survey.csv");
    assertEquals(12, datasets().at("/workstation_survey/rows_accepted").asLong());
  }

  @Test
  void aEuropeanExcelExportIsRead() throws Exception {
    String rows =
        "\uFEFF"
            + (SURVEY_HEADER + ",comment\n" + VALID.replace("\n", ",ok\n"))
                .replace(',', ';')
                .replace("\n", "\r\n")
            + "e1;2026-10-01;fin;7,5;at_eye_level;yes;hourly;3;fixed;office;60;\"zu tief;\r\nStuhl\"\r\n";
    List<Map<String, String>> rejects = accepted(rows);
    assertEquals(0, surveyRejects(rejects), rejects.toString());
    assertEquals(13, datasets().at("/workstation_survey/rows_accepted").asLong());
  }

  @Test
  void workbooksThatCannotBeReadAreRefusedInOneLine() throws Exception {
    java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      wb.createSheet("s").createRow(0).createCell(0).setCellValue("respondent_id");
      wb.write(xls);
    }
    refused(
        xls.toByteArray(),
        "workstation_survey.xls",
        "it is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx).");
    Files.delete(dir.resolve("in/workstation_survey.xls"));
    refused(
        xls.toByteArray(),
        "workstation_survey.xlsx",
        "it is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx).");
    refused(
        "respondent_id,response_date\n".getBytes(StandardCharsets.UTF_8),
        "workstation_survey.xlsx",
        "not an Excel workbook (.xlsx)");
  }

  @Test
  void aSheetThatIsNotThereIsNamedWithTheSheetsThatAre() throws Exception {
    Path in = input();
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      wb.createSheet("Antworten").createRow(0).createCell(0).setCellValue("respondent_id");
      wb.write(xlsx);
    }
    Files2.writeBytes(in.resolve("workstation_survey.xlsx"), xlsx.toByteArray());
    CliRun r =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--config",
            Files2.write(dir.resolve("sheet.json"), "{\"xlsx_sheet\": \"Survey\"}").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                "workstation_survey.xlsx: the workbook has no sheet named 'Survey' (its sheets:"
                    + " 'Antworten'); set xlsx_sheet to one of them."),
        r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void crOnlyLineEndingsAndTrailingEmptyLinesAreRead() throws Exception {
    accepted((SURVEY_HEADER + "\n" + VALID).replace("\n", "\r") + "\r\r\r");
    assertEquals(12, datasets().at("/workstation_survey/rows_read").asLong());
    assertEquals(12, datasets().at("/workstation_survey/rows_accepted").asLong());
  }

  @Test
  void numbersThatAreNotPlainDecimalsAreBadNumbers() throws Exception {
    List<Map<String, String>> rejects =
        accepted(
            SURVEY_HEADER
                + "\n"
                + VALID
                + survey("n1", "2026-10-01", "fin", "\"7,5\"", "at_eye_level")
                + "\n"
                + survey("n2", "2026-10-01", "fin", "1e3", "at_eye_level")
                + "\n"
                + survey("n3", "2026-10-01", "fin", "NaN", "at_eye_level")
                + "\n"
                + survey("n4", "2026-10-01", "fin", "Infinity", "at_eye_level")
                + "\n"
                + survey("n5", "2026-10-01", "fin", "-0", "at_eye_level")
                + "\n");
    for (String line : List.of("14", "15", "16", "17")) {
      assertReject(rejects, line, "bad_number");
    }
    assertEquals(4, surveyRejects(rejects), "-0 is zero hours, accepted");
  }

  @Test
  void datesThatAreNotCalendarDatesAreBadDates() throws Exception {
    List<Map<String, String>> rejects =
        accepted(
            SURVEY_HEADER
                + "\n"
                + VALID
                + survey("d1", "2026-02-30", "fin", "3", "at_eye_level")
                + "\n"
                + survey("d2", "26-10-01", "fin", "3", "at_eye_level")
                + "\n"
                + survey("d3", "2026-10-01T09:00", "fin", "3", "at_eye_level")
                + "\n");
    for (String line : List.of("14", "15", "16")) {
      assertReject(rejects, line, "bad_date");
    }
  }

  @Test
  void lookAlikesAndZeroWidthSpacesAreUnknownEnumsWhileCaseAndHyphensAreFine() throws Exception {
    List<Map<String, String>> rejects =
        accepted(
            SURVEY_HEADER
                + "\n"
                + VALID
                + survey("e1", "2026-10-01", "fin", "3", "\u0430t_eye_level")
                + "\n"
                + survey("e2", "2026-10-01", "fin", "3", "at_eye\u200B_level")
                + "\n"
                + survey("e3", "2026-10-01", "fin", "3", " AT-EYE level ")
                + "\n");
    assertReject(rejects, "14", "unknown_enum");
    assertReject(rejects, "15", "unknown_enum");
    assertEquals(2, surveyRejects(rejects));
  }

  @Test
  void hostileDepartmentNamesAreTextEverywhere() throws Exception {
    String html = "<img src=x onerror=alert(1)>";
    String formula = "=HYPERLINK(\"http://x\")";
    Path in = input();
    Files2.write(
        in.resolve("departments.csv"),
        "department,name,parent\n"
            + "fin,\""
            + formula.replace("\"", "\"\"")
            + "\",\n"
            + "ops,\"\u202Eevil\u202C 😀 "
            + html
            + "\",\n");
    Files2.write(in.resolve("workstation_survey.csv"), SURVEY_HEADER + "\n" + VALID);
    CliRun r = run(in);
    assertEquals(0, r.exitCode(), r.err());
    String dashboard = Files.readString(dir.resolve("out/month=2026-10/dashboard.html"));
    assertFalse(dashboard.contains(html), "no raw HTML from the input");
    assertTrue(dashboard.contains("&lt;img src=x onerror=alert(1)&gt;"), "shown as text");
    String csv = Files.readString(dir.resolve("out/month=2026-10/department_summary.csv"));
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "formula neutralised: " + csv);
    assertTrue(csv.contains("😀"), "emoji kept");
  }

  @Test
  void jsonLinesWithNestedValuesArraysAndDuplicateKeysAreMalformed() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      jsonl.append(json("j" + i, "\"fin\"")).append('\n');
    }
    jsonl.append(json("k1", "{\"id\": \"fin\"}")).append('\n');
    jsonl.append(json("k2", "[\"fin\"]")).append('\n');
    jsonl.append(json("k3", "\"fin\", \"department\": \"ops\"")).append('\n');
    jsonl.append("[1, 2, 3]\n");
    List<Map<String, String>> rejects =
        accepted(jsonl.toString().getBytes(StandardCharsets.UTF_8), "workstation_survey.jsonl");
    for (String line : List.of("13", "14", "15", "16")) {
      assertReject(rejects, line, "malformed_row");
    }
  }

  private static String json(String id, String department) {
    return "{\"respondent_id\": \""
        + id
        + "\", \"response_date\": \"2026-10-01\", \"department\": "
        + department
        + ", \"sitting_hours_per_day\": 5, \"monitor_position\": \"at_eye_level\","
        + " \"lumbar_support\": \"yes\", \"break_frequency\": \"hourly\"}";
  }

  @Test
  void parquetWithAWrongColumnTypeRejectsRowByRowAndStopsThePublication() throws Exception {
    StructType schema =
        new StructType()
            .add("respondent_id", DataTypes.StringType)
            .add("response_date", DataTypes.DateType)
            .add("department", DataTypes.StringType)
            .add("sitting_hours_per_day", DataTypes.BooleanType)
            .add("monitor_position", DataTypes.StringType)
            .add("lumbar_support", DataTypes.StringType)
            .add("break_frequency", DataTypes.StringType);
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(
          RowFactory.create(
              "p" + i,
              java.sql.Date.valueOf("2026-10-01"),
              "fin",
              true,
              "at_eye_level",
              "yes",
              "hourly"));
    }
    Path in = input();
    SparkTestSession.get()
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .parquet(in.resolve("workstation_survey").toString());
    CliRun r = run(in);
    assertEquals(3, r.exitCode(), "every row is rejected: " + r.err());
    assertFalse(Files.exists(dir.resolve("out/month=2026-10")), "no report");
    List<Map<String, String>> rejects = rejects();
    assertEquals(20, surveyRejects(rejects));
    assertTrue(
        rejects.stream()
            .filter(x -> x.get("dataset").equals("workstation_survey"))
            .allMatch(x -> x.get("reason").equals("bad_number") && !x.get("row").isEmpty()));
  }

  @Test
  void aTruncatedParquetFileIsRefused() throws Exception {
    Path in = input();
    Path pq = dir.resolve("pq");
    StructType schema = new StructType().add("respondent_id", DataTypes.StringType);
    SparkTestSession.get()
        .createDataFrame(List.of(RowFactory.create("a")), schema)
        .coalesce(1)
        .write()
        .parquet(pq.toString());
    Path part;
    try (var files = Files.list(pq)) {
      part = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(part);
    Files2.writeBytes(
        in.resolve("workstation_survey.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
    CliRun r = run(in);
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("not a readable Parquet file"), r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aDirectoryMixingFormatsReadsEveryPart() throws Exception {
    Path in = input();
    Files2.write(
        in.resolve("workstation_survey/part-0.csv"), SURVEY_HEADER + "\n" + surveys("a", "fin", 6));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      jsonl.append(json("j" + i, "\"ops\"")).append('\n');
    }
    Files2.write(in.resolve("workstation_survey/part-1.jsonl"), jsonl.toString());
    CliRun r = run(in);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(12, datasets().at("/workstation_survey/rows_accepted").asLong());
  }

  @Test
  void configurationErrorsSayWhatToFix() {
    Path in = input();
    for (String[] c :
        new String[][] {
          {"{\"min_group_siz\": 5}", "unknown key 'min_group_siz'"},
          {"{\"max_reject_ratio\": -0.1}", "max_reject_ratio = -0.1"},
          {"{\"red_flag_days\": \"three\"}", "key 'red_flag_days' has a value of the wrong type"},
          {"{\"min_group_size\": 1}", "min_group_size = 1"},
          {
            "{\"csv_delimiter\": \"|\"}", "csv_delimiter = |; use \",\", \";\", \"tab\" or \"auto\""
          },
          {"{\"decimal_mark\": \"'\"}", "decimal_mark = '; use \".\", \",\" or \"auto\""},
          {"{\"csv_max_record_lines\": 0}", "csv_max_record_lines = 0; use a whole number"},
        }) {
      Path config = Files2.write(dir.resolve("bad.json"), c[0]);
      CliRun r =
          CliRun.run(
              "monthly",
              "--input",
              in.toString(),
              "--out",
              dir.resolve("out").toString(),
              "--config",
              config.toString());
      assertEquals(2, r.exitCode(), c[0]);
      assertTrue(r.err().contains(c[1]), c[0] + " → " + r.err());
      assertFalse(Files.exists(dir.resolve("out")));
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
