package org.ergolens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation fuzz of {@link MutationFuzzTest} over the other ways an export arrives: stray quotes
 * and line breaks in CSV, the European dialect, UTF-16, gzip (damaged or not) and workbooks
 * (damaged or not). Each run ends in a report whose counts reconcile, or in exit 2 or 3 with one
 * line and no report; never a crash.
 */
class ExportFormatsFuzzTest {
  private static final int RUNS = 12;
  @TempDir Path dir;

  @Test
  void everyMutatedExportInEveryFormatEndsInAClearAnswer() throws Exception {
    Path clean = dir.resolve("clean");
    new Generator(GeneratorSpec.defaults().withSeed(9).withRespondents(200)).generate(clean);
    String survey = Files.readString(clean.resolve("workstation_survey.csv"));
    int[] outcomes = new int[4];
    for (int run = 0; run < RUNS; run++) {
      Random rnd = new Random(100 + run);
      Path in = dir.resolve("in" + run);
      for (String f : List.of("discomfort_reports.csv", "departments.csv")) {
        Files2.writeBytes(in.resolve(f), Files.readAllBytes(clean.resolve(f)));
      }
      String how = writeSurvey(in, strayQuotes(survey, rnd), rnd, run % 6);
      Path out = dir.resolve("out" + run);
      CliRun r =
          CliRun.run(
              "monthly",
              "--input",
              in.toString(),
              "--out",
              out.toString(),
              "--month",
              "2026-10",
              "--config",
              TestInputs.lenientConfig(dir).toString());
      String what = "run " + run + " (" + how + "): " + r.err();
      assertTrue(r.exitCode() == 0 || r.exitCode() == 2 || r.exitCode() == 3, what);
      Path month = out.resolve("month=2026-10");
      if (r.exitCode() == 0) {
        JsonNode datasets =
            new ObjectMapper().readTree(month.resolve("manifest.json").toFile()).get("datasets");
        for (JsonNode d : datasets) {
          assertEquals(
              d.get("rows_read").asLong(),
              d.get("rows_accepted").asLong() + d.get("rows_rejected").asLong(),
              what);
        }
        assertTrue(
            datasets.at("/workstation_survey/rows_read").asLong() > 100,
            "a stray quote costs rows, never the file: " + what);
      } else {
        assertEquals(1, r.err().strip().lines().count(), what);
        assertFalse(Files.exists(month), "no report after a failure: " + what);
      }
      outcomes[r.exitCode()]++;
    }
    assertTrue(outcomes[0] >= RUNS / 2, "most runs give a report: " + Arrays.toString(outcomes));
    assertTrue(outcomes[2] > 0, "damaged files are refused: " + Arrays.toString(outcomes));
  }

  /** Puts a few quotes and line breaks where they do not belong. */
  private static String strayQuotes(String csv, Random rnd) {
    StringBuilder sb = new StringBuilder(csv);
    for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
      int at = sb.indexOf("\n", rnd.nextInt(sb.length())) + 1 + rnd.nextInt(20);
      if (at > 20 && at < sb.length()) {
        sb.insert(at, rnd.nextBoolean() ? "\"" : "\"\n");
      }
    }
    return sb.toString();
  }

  /** Writes the survey in one of the formats, damaging some; returns what it did. */
  private static String writeSurvey(Path in, String csv, Random rnd, int kind) throws Exception {
    switch (kind) {
      case 0 -> {
        Files2.write(in.resolve("workstation_survey.csv"), csv);
        return "stray quotes in CSV";
      }
      case 1 -> {
        String european = csv.replace(',', ';').replaceAll("(\\d)\\.(\\d)", "$1,$2");
        Files2.write(in.resolve("workstation_survey.csv"), european.replace("\n", "\r\n"));
        return "';' and decimal commas";
      }
      case 2 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write(csv.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));
        Files2.writeBytes(in.resolve("workstation_survey.csv"), out.toByteArray());
        return "UTF-16 tab-separated";
      }
      case 3 -> {
        byte[] gz = gzip(csv.getBytes(StandardCharsets.UTF_8));
        if (rnd.nextBoolean()) {
          gz[10 + rnd.nextInt(gz.length - 10)] ^= (byte) 0x5A;
        }
        Files2.writeBytes(in.resolve("workstation_survey.csv.gz"), gz);
        return "gzip, maybe damaged";
      }
      case 4 -> {
        Files2.writeBytes(in.resolve("workstation_survey.xlsx"), workbook(csv));
        return "a workbook";
      }
      default -> {
        byte[] xlsx = workbook(csv);
        for (int i = 0; i < 3; i++) {
          xlsx[rnd.nextInt(xlsx.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        Files2.writeBytes(in.resolve("workstation_survey.xlsx"), xlsx);
        return "a damaged workbook";
      }
    }
  }

  private static byte[] gzip(byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** The lines as a sheet of text cells (split on commas, quotes left as they are). */
  private static byte[] workbook(String csv) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Survey");
      String[] lines = csv.split("\n");
      for (int i = 0; i < lines.length; i++) {
        Row row = s.createRow(i);
        String[] cells = lines[i].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
