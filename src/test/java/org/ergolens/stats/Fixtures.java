package org.ergolens.stats;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the reference values that the R scripts under {@code src/test/resources/stats/} ({@code
 * glm_fixture.R}, {@code prevalence_ratio_fixture.R}, {@code comparison_fixture.R}) wrote, and
 * compares numbers with a relative tolerance while remembering the largest difference seen.
 */
final class Fixtures {

  /** The agreement with R that the contract asks for. */
  static final double R_TOLERANCE = 1e-6;

  /** Largest relative difference from R per kind of value. */
  private static final Map<String, Double> LARGEST = new TreeMap<>();

  private Fixtures() {}

  /** Rows of a CSV fixture as column-name → text maps, in file order. */
  static List<Map<String, String>> csv(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/stats/" + name);
    assertNotNull(in, "fixture /stats/" + name + " is on the test classpath");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table of a fixture row with cells a, b, c, d, as R's {@code matrix(c(a, c, b, d), 2)}. */
  static TwoByTwo cells(Map<String, String> row) {
    long a = Long.parseLong(row.get("a"));
    long b = Long.parseLong(row.get("b"));
    long c = Long.parseLong(row.get("c"));
    long d = Long.parseLong(row.get("d"));
    return new TwoByTwo(a, a + b, c, c + d);
  }

  /** A number, or {@code null} for R's {@code NA}; R's {@code Inf} is an infinity. */
  static Double number(String text) {
    if (text == null || text.equals("NA") || text.isEmpty()) {
      return null;
    }
    return Double.valueOf(text.replace("Inf", "Infinity"));
  }

  /**
   * Asserts {@code actual} is within relative {@code tolerance} of R's {@code expected}.
   *
   * @param kind the kind of value, for the summary of differences (e.g. {@code "glm estimate"})
   * @param where which value, for the failure message
   */
  static void assertClose(
      String kind, Double expected, Double actual, double tolerance, String where) {
    String what = kind + " of " + where;
    if (expected == null) {
      assertNull(actual, what + ": R gives NA");
      return;
    }
    assertNotNull(actual, what + ": R gives " + expected);
    double diff = relativeDifference(expected, actual);
    synchronized (Fixtures.class) {
      LARGEST.merge(kind, diff, Math::max);
    }
    assertTrue(
        diff <= tolerance,
        () ->
            what
                + ": expected "
                + expected
                + " (R) but was "
                + actual
                + ", relative difference "
                + diff
                + " > "
                + tolerance);
  }

  static double relativeDifference(double expected, double actual) {
    if (expected == actual) {
      return 0;
    }
    return Math.abs(actual - expected) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
  }

  /** The largest relative differences from R seen so far in this JVM, per kind of value. */
  static synchronized String largestDifferenceReport() {
    StringBuilder report = new StringBuilder("largest relative difference from R by value:");
    LARGEST.forEach((kind, diff) -> report.append(String.format("%n  %-20s %.2g", kind, diff)));
    return report.toString();
  }
}
