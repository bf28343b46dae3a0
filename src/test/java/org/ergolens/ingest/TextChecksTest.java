package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.trim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The length and presence checks of a text take a shortcut through its UTF-8 byte count; they must
 * give what the plain formulas give ({@code min <= length(v) <= max}, {@code length(trim(v)) > 0})
 * for every value, multi-byte characters included.
 */
class TextChecksTest {
  static List<String> values() {
    List<String> v =
        new ArrayList<>(
            List.of("", " ", "   ", "\t", " x", "x ", "x", "é", " é ", "\u00A0", "a b", "日本"));
    for (int n : new int[] {1, 2, 3, 63, 64, 65, 127, 128, 129}) {
      v.add("a".repeat(n));
      v.add("é".repeat(n)); // two bytes a character: within by characters, over by bytes
      v.add("𝄞".repeat(n)); // four bytes a character
      v.add(" ".repeat(n) + "a");
    }
    return v;
  }

  static Dataset<Row> texts() {
    return SparkTestSession.get().createDataset(values(), Encoders.STRING()).toDF("v");
  }

  static List<List<Object>> both(Column shortcut, Column plain) {
    return texts().select(col("v"), shortcut, plain).collectAsList().stream()
        .map(r -> Arrays.asList(r.get(0), r.get(1), r.get(2)))
        .toList();
  }

  @Test
  void lengthBoundsAreWhatCountingCharactersSays() {
    for (int[] bounds : new int[][] {{0, 64}, {1, 64}, {1, 128}, {2, 3}, {0, 200}}) {
      ColumnSpec spec = ColumnSpec.text("v", true, bounds[0], bounds[1]);
      Column plain = length(col("v")).between(bounds[0], bounds[1]);
      for (List<Object> r : both(RowValidator.lengthCheck(spec, col("v")), plain)) {
        assertEquals(r.get(2), r.get(1), Arrays.toString(bounds) + " '" + r.get(0) + "'");
      }
    }
  }

  @Test
  void notBlankIsWhatCountingCharactersSays() {
    Column plain = col("v").isNotNull().and(length(trim(col("v"))).gt(0));
    List<List<Object>> rows = both(RowValidator.notBlank(col("v")), plain);
    for (List<Object> r : rows) {
      assertEquals(r.get(2), r.get(1), "'" + r.get(0) + "'");
    }
    assertEquals(false, rows.get(values().indexOf("   ")).get(1), "spaces only are blank");
    assertEquals(true, rows.get(values().indexOf("\u00A0")).get(1), "only spaces are trimmed");
  }
}
