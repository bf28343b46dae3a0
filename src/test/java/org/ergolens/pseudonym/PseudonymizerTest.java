package org.ergolens.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizerTest {

  private static final String SECRET = "correct-horse-battery-staple-0123456789";

  @TempDir Path dir;

  @Test
  void matchesTheHmacSha256ReferenceVector() {
    // RFC 4231 test case 6: a 131-byte key of 0xaa.
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);
    Pseudonymizer p = Pseudonymizer.create(PseudonymizationKey.of(key, "test"));
    assertEquals(
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        p.pseudonymize("Test Using Larger Than Block-Size Key - Hash Key First"));
  }

  @Test
  void sameKeySameIdsDifferentKeyDifferentIds() throws Exception {
    Path file = dir.resolve("key");
    Files.write(file, (SECRET + "\n").getBytes(StandardCharsets.UTF_8));
    Pseudonymizer fromFile = Pseudonymizer.create(PseudonymizationKey.fromFile(file));
    Pseudonymizer fromEnv =
        Pseudonymizer.create(
            PseudonymizationKey.fromEnvironment(
                "ERGOLENS_KEY", Map.of("ERGOLENS_KEY", SECRET)::get));
    Pseudonymizer other =
        Pseudonymizer.create(
            PseudonymizationKey.of((SECRET + "!").getBytes(StandardCharsets.UTF_8), "test"));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String employee = "E" + i;
      String id = fromFile.pseudonymize(employee);
      assertEquals(id, fromEnv.pseudonymize(employee), "file (newline trimmed) and env agree");
      assertEquals(id, fromFile.pseudonymize(employee), "stable on repeat");
      assertNotEquals(id, other.pseudonymize(employee), "another key, another id");
      ids.add(id);
    }
    assertEquals(2000, ids.size(), "no collisions");
  }

  @Test
  void idsMatchTheContractPatternWithAndWithoutPrefix() {
    Pseudonymizer p = Pseudonymizer.create(key());
    Pseudonymizer prefixed = p.withPrefix("r_");
    for (String raw : new String[] {"E-1", "émile.dupont", "x", " spaces and\ttabs ", "🙂"}) {
      String id = p.pseudonymize(raw);
      assertTrue(Pseudonymizer.RESPONDENT_ID.matcher(id).matches(), id);
      assertTrue(id.matches("[0-9a-f]{64}"), id);
      assertEquals("r_" + id, prefixed.pseudonymize(raw));
    }
    String longest = p.withPrefix("p".repeat(Pseudonymizer.MAX_PREFIX_LENGTH)).pseudonymize("E1");
    assertEquals(128, longest.length());
    assertTrue(Pseudonymizer.RESPONDENT_ID.matcher(longest).matches());
    assertThrows(IllegalArgumentException.class, () -> p.withPrefix("p".repeat(65)));
    assertThrows(IllegalArgumentException.class, () -> p.withPrefix("bad prefix"));
    assertThrows(IllegalArgumentException.class, () -> p.pseudonymize(""));
  }

  @Test
  void refusesMissingAndShortKeysWithoutShowingThem() throws Exception {
    Path missing = dir.resolve("nope");
    assertEquals(
        "Cannot load pseudonymization key: file " + missing + " does not exist",
        assertThrows(IllegalArgumentException.class, () -> PseudonymizationKey.fromFile(missing))
            .getMessage());
    assertEquals(
        "Cannot load pseudonymization key: environment variable ERGOLENS_KEY is not set",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PseudonymizationKey.fromEnvironment(
                        "ERGOLENS_KEY", Map.<String, String>of()::get))
            .getMessage());

    String shortKey = "tooShortSecret31bytes..........";
    Path file = dir.resolve("short");
    Files.write(file, (shortKey + "\r\n").getBytes(StandardCharsets.UTF_8));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PseudonymizationKey.fromFile(file));
    assertTrue(
        e.getMessage().startsWith("Cannot load pseudonymization key: file "), e.getMessage());
    assertTrue(e.getMessage().contains("holds 31 bytes, at least 32 are needed"), e.getMessage());
    assertFalse(e.getMessage().contains(shortKey), "the key never appears in a message");
    assertThrows(
        IllegalArgumentException.class,
        () -> PseudonymizationKey.fromEnvironment("K", Map.of("K", "")::get));
  }

  @Test
  void toStringNeverShowsTheKey() {
    PseudonymizationKey key = key();
    Pseudonymizer p = Pseudonymizer.create(key).withPrefix("r_");
    assertFalse(key.toString().contains(SECRET), key.toString());
    assertFalse(p.toString().contains(SECRET), p.toString());
    assertEquals(
        "PseudonymizationKey[environment variable ERGOLENS_KEY, redacted]", key.toString());
  }

  @Test
  void isSafeAcrossThreads() throws Exception {
    Pseudonymizer p = Pseudonymizer.create(key());
    String expected = p.pseudonymize("E42");
    Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 500; i++) {
                  seen.add(p.pseudonymize("E42"));
                  p.pseudonymize("E" + i);
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(Set.of(expected), seen);
  }

  private static PseudonymizationKey key() {
    return PseudonymizationKey.fromEnvironment("ERGOLENS_KEY", Map.of("ERGOLENS_KEY", SECRET)::get);
  }
}
