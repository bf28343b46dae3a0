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
}
