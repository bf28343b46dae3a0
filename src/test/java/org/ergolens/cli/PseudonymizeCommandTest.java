package org.ergolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizeCommandTest {
  private static final String KEY = "a-secret-key-of-at-least-32-bytes-0123456789";
  @TempDir Path dir;

  private Path export() {
    return Files2.write(
        dir.resolve("raw.csv"),
        "Employee_ID,response_date,department\nE-1001,2026-10-01,fin\nE-1002,2026-10-02,\"ops, east\"\n");
  }

  private CliRun pseudonymize(Path in, Path out, String key) {
    Path keyFile = Files2.write(dir.resolve("key-" + key.hashCode()), key + "\n");
    return CliRun.run(
        "pseudonymize",
        "--input",
        in.toString(),
        "--output",
        out.toString(),
        "--key-file",
        keyFile.toString());
  }

  @Test
  void sameKeyGivesTheSameContractIdsAndNoRawIdRemains() throws Exception {
    Path in = export();
    CliRun first = pseudonymize(in, dir.resolve("a.csv"), KEY);
    CliRun second = pseudonymize(in, dir.resolve("b.csv"), KEY);
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(0, second.exitCode(), second.err());
    String a = Files.readString(dir.resolve("a.csv"));
    assertEquals(a, Files.readString(dir.resolve("b.csv")), "same key, same ids");
    assertFalse(a.contains("E-1001") || a.contains("E-1002"), a);
    assertFalse(a.contains(KEY), "the key is never written");
    List<Map<String, String>> rows = Files2.readCsv(dir.resolve("a.csv"));
    assertTrue(rows.get(0).get("respondent_id").matches("[A-Za-z0-9_.:-]{1,128}"));
    assertEquals("ops, east", rows.get(1).get("department"), "other columns are kept");
    assertNotEquals(rows.get(0).get("respondent_id"), rows.get(1).get("respondent_id"));
  }

  @Test
  void anotherKeyGivesOtherIds() throws Exception {
    Path in = export();
    pseudonymize(in, dir.resolve("a.csv"), KEY);
    pseudonymize(in, dir.resolve("c.csv"), KEY + "-rotated");
    assertNotEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("c.csv")));
  }

  @Test
  void aShortKeyIsRefusedWithoutEchoingIt() {
    CliRun run = pseudonymize(export(), dir.resolve("a.csv"), "too-short-key");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("32"), run.err());
    assertFalse(run.err().contains("too-short-key"), "the key is never echoed");
    assertFalse(Files.exists(dir.resolve("a.csv")));
  }

  @Test
  void aMissingKeyVariableIsRefused() {
    CliRun run =
        CliRun.run(
            "pseudonymize",
            "--input",
            export().toString(),
            "--output",
            dir.resolve("a.csv").toString(),
            "--key-env",
            "ERGOLENS_TEST_NO_SUCH_VARIABLE");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("ERGOLENS_TEST_NO_SUCH_VARIABLE"), run.err());
  }

  @Test
  void aCommentWithLineBreaksAndASemicolonFileComeThroughUnchanged() throws Exception {
    Path in =
        Files2.write(
            dir.resolve("raw.csv"),
            "Employee_ID;sitting_hours;comment\r\n"
                + "E-1001;7,5;\"Chair is fine\r\nbut \"\"the desk\"\" wobbles; badly\"\r\n"
                + "\r\n"
                + "E-1002;4;\n");
    Path out = dir.resolve("a.csv");
    CliRun run = pseudonymize(in, out, KEY);
    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(out);
    assertTrue(text.startsWith("respondent_id;sitting_hours;comment\n"), text);
    assertTrue(
        text.contains(";7,5;\"Chair is fine\r\nbut \"\"the desk\"\" wobbles; badly\"\n"),
        "the decimal comma, the line break and the quotes are kept: " + text);
    assertFalse(text.contains("E-100"), text);
    assertEquals(4, text.split("\n", -1).length - 1, "header, a two-line record, a record");
  }

  @Test
  void aUtf16ExportWithAByteOrderMarkIsRead() throws Exception {
    byte[] body =
        "employee_id\tdepartment\nE-1001\tfin\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path in = Files.write(dir.resolve("raw.tsv"), bytes);
    CliRun run = pseudonymize(in, dir.resolve("a.tsv"), KEY);
    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(dir.resolve("a.tsv"));
    assertTrue(text.matches("respondent_id\tdepartment\n[0-9a-f]{64}\tfin\n"), text);
  }

  @Test
  void anUnreadableRecordStopsTheRunWithItsLineAndWritesNothing() {
    Path in =
        Files2.write(
            dir.resolve("raw.csv"),
            "employee_id,comment\nE-1001,ok\nE-1002,\"never closed\nE-1003,fine\n");
    CliRun run = pseudonymize(in, dir.resolve("a.csv"), KEY);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("raw.csv line 3: "), run.err());
    assertFalse(Files.exists(dir.resolve("a.csv")), "no half-written output");
    Path wrongWidth = Files2.write(dir.resolve("wide.csv"), "employee_id,comment\nE-1001,a,b\n");
    CliRun wide = pseudonymize(wrongWidth, dir.resolve("b.csv"), KEY);
    assertEquals(2, wide.exitCode(), wide.err());
    assertTrue(wide.err().contains("wide.csv line 2: "), wide.err());
  }

  @Test
  void aHeaderWithoutTheColumnNamesWhatWasRead() {
    Path in = Files2.write(dir.resolve("raw.csv"), "id;department\nE-1;fin\n");
    CliRun run = pseudonymize(in, dir.resolve("a.csv"), KEY);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "line 1: column 'employee_id' is not in the header under exactly one of ',',"
                    + " ';' and tab (read as 2 columns with ';'); name the separator with"
                    + " --delimiter."),
        run.err());
  }
}
