package org.ergolens.ingest;

import static org.ergolens.testing.TestInputs.REPORT_HEADER;
import static org.ergolens.testing.TestInputs.SURVEY_HEADER;
import static org.ergolens.testing.TestInputs.report;
import static org.ergolens.testing.TestInputs.surveys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.ergolens.ErgoLensException;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UTF-16 text with a byte-order mark is read, compressed text is read through its codec with the
 * same rows and lines, and bad text anywhere in a file stops the run naming its line.
 */
class EncodingsAndCompressionTest {
  @TempDir Path dir;

  /** A survey export with a cell over two lines (line 3-4) and a bad number on line 5. */
  private static final String SURVEY =
      SURVEY_HEADER
          + ",note\n"
          + "a1,2026-10-01,fin,5,at_eye_level,yes,hourly,3,fixed,office,60,plain\n"
          + "a2,2026-10-01,fin,6,at_eye_level,yes,hourly,3,fixed,office,60,\"two\nlines\"\n"
          + "a3,2026-10-01,fin,1e3,at_eye_level,yes,hourly,3,fixed,office,60,x\n"
          + "a4,2026-10-01,ops,7,laptop_only,no,rarely,,,,,\n";

  private Path input(String surveyFile, byte[] survey) {
    Path in = dir.resolve("in");
    Files2.writeBytes(in.resolve(surveyFile), survey);
    Files2.write(
        in.resolve("discomfort_reports.csv"),
        REPORT_HEADER + "\n" + report("d1", "a1", "2026-10-02", "neck") + "\n");
    return in;
  }

  private static Map<Long, ReadingHelp.Seen> surveyRows(Path in) {
    return ReadingHelp.rows(
        ReadingHelp.read(in.toString(), ReadOptions.defaults()).get(DatasetSpec.WORKSTATION_SURVEY),
        Columns.RESPONDENT_ID);
  }

  private static void assertTheExportsRows(Map<Long, ReadingHelp.Seen> rows) {
    assertEquals(java.util.Set.of(2L, 3L, 5L, 6L), rows.keySet());
    assertEquals("a2", rows.get(3L).key());
    assertNull(rows.get(3L).reason());
    assertEquals("bad_number", rows.get(5L).reason());
    assertEquals("a4", rows.get(6L).key());
  }

  private static byte[] withMark(byte[] mark, byte[] text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mark);
    out.writeBytes(text);
    return out.toByteArray();
  }

  @Test
  void utf16TabSeparatedTextAsExcelSavesItIsRead() {
    String tsv = SURVEY.replace(',', '\t').replace("\n", "\r\n");
    byte[] le =
        withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, tsv.getBytes(StandardCharsets.UTF_16LE));
    assertTheExportsRows(surveyRows(input("workstation_survey.csv", le)));
    byte[] be =
        withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, tsv.getBytes(StandardCharsets.UTF_16BE));
    assertTheExportsRows(surveyRows(input("workstation_survey.csv", be)));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] bzip2(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BZip2Codec codec = new BZip2Codec();
    codec.setConf(new Configuration());
    try (OutputStream bz = codec.createOutputStream(out)) {
      bz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void compressedTextIsReadAsItsFormat() throws IOException {
    byte[] csv = SURVEY.getBytes(StandardCharsets.UTF_8);
    assertTheExportsRows(surveyRows(input("workstation_survey.csv.gz", gzip(csv))));
    Files.delete(dir.resolve("in/workstation_survey.csv.gz"));
    assertTheExportsRows(surveyRows(input("workstation_survey.csv.bz2", bzip2(csv))));
    Files.delete(dir.resolve("in/workstation_survey.csv.bz2"));
    String jsonl =
        "{\"respondent_id\": \"j1\", \"response_date\": \"2026-10-01\", \"department\": \"fin\","
            + " \"sitting_hours_per_day\": 5, \"monitor_position\": \"at_eye_level\","
            + " \"lumbar_support\": \"yes\", \"break_frequency\": \"hourly\"}\n\nnot json\n";
    Map<Long, ReadingHelp.Seen> rows =
        surveyRows(
            input("workstation_survey.jsonl.gz", gzip(jsonl.getBytes(StandardCharsets.UTF_8))));
    assertEquals("j1", rows.get(1L).key());
    assertEquals("malformed_row", rows.get(3L).reason());
  }

  @Test
  void theManifestRecordsACompressedFileAsGiven() throws Exception {
    byte[] gz =
        gzip((SURVEY_HEADER + "\n" + surveys("a", "fin", 6)).getBytes(StandardCharsets.UTF_8));
    Path in = input("workstation_survey.csv.gz", gz);
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("monthly", "--input", in.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode inputs =
        new ObjectMapper()
            .readTree(out.resolve("month=2026-10/manifest.json").toFile())
            .get("inputs");
    JsonNode survey = null;
    for (JsonNode i : inputs) {
      if (i.toString().contains("workstation_survey.csv.gz")) {
        survey = i;
      }
    }
    assertTrue(survey != null, inputs.toString());
    assertEquals(gz.length, survey.get("size").asLong(), survey.toString());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(gz)),
        survey.get("sha256").asText());
  }

  @Test
  void aBadByteDeepInASplitFileIsNamedByItsLine() {
    StringBuilder sb = new StringBuilder(SURVEY_HEADER).append('\n');
    for (int i = 1; i <= 4000; i++) {
      sb.append("r")
          .append(i)
          .append(",2026-10-01,fin,5,at_eye_level,yes,hourly,3,fixed,office,60\n");
    }
    byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
    int line3001 = sb.indexOf("r3000,");
    good[line3001 + 1] = (byte) 0xFF;
    Path in = input("workstation_survey.csv", good);
    ErgoLensException e =
        assertThrows(
            ErgoLensException.class,
            () ->
                ReadingHelp.withSplitsOf(
                    4096, () -> ReadingHelp.read(in.toString(), ReadOptions.defaults())));
    assertEquals(
        "Cannot read file:"
            + in.resolve("workstation_survey.csv")
            + ": the file is not valid UTF-8 (the first bad byte, 0xFF, is on line 3001); export"
            + " it as UTF-8.",
        e.getMessage());
  }

  @Test
  void aDamagedCompressedFileIsRefusedInOneLine() throws IOException {
    byte[] gz = gzip(SURVEY.getBytes(StandardCharsets.UTF_8));
    Path in = input("workstation_survey.csv.gz", java.util.Arrays.copyOf(gz, 12));
    ErgoLensException e =
        assertThrows(
            ErgoLensException.class, () -> ReadingHelp.read(in.toString(), ReadOptions.defaults()));
    assertTrue(
        e.getMessage()
            .startsWith("Cannot read file:" + in.resolve("workstation_survey.csv.gz") + ": "),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
