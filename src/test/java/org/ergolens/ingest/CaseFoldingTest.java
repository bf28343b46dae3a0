package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Enum and boolean values match case-insensitively exactly as the contract's reference does: trim
 * the spaces, {@code toLowerCase(Locale.ROOT)}, spaces and hyphens as underscores.
 */
class CaseFoldingTest {
  static final ColumnSpec REGION =
      ColumnSpec.enumeration(
          Columns.BODY_REGION, true, List.of("neck", "knees", "lower_back", "wrists_hands"));
  static final ColumnSpec FLAG = ColumnSpec.bool(Columns.NUMBNESS_TINGLING);

  static final List<String> VALUES =
      List.of(
          "neck",
          "NECK",
          " Neck ",
          "Lower-Back",
          "LOWER BACK",
          "lower__back",
          "\u212Anees", // Kelvin sign: lower case is an ASCII 'k'
          "KNEE\u017F", // long s: its upper case is S, its lower case is itself
          "N\u0130CK", // dotted capital I: lower case is i and a combining dot
          "ne\u00C7k",
          "ΝΕCΚ", // Greek capitals that look Latin
          "Ｎｅｃｋ", // full-width
          "wrists-HANDS",
          "TRUE",
          "Yes",
          "yEs",
          "No",
          "1",
          "0",
          "\u0130",
          "t\u212Arue",
          "");

  @Test
  void matchesWhatLowerCaseInTheRootLocaleMatches() {
    Dataset<Row> df = SparkTestSession.get().createDataset(VALUES, Encoders.STRING()).toDF("text");
    List<Row> got =
        df.select(
                col("text"),
                RowValidator.typedValue(REGION, col("text")).as("region"),
                RowValidator.typedValue(FLAG, col("text")).as("flag"))
            .collectAsList();
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Row r : got) {
      String v = r.getString(0);
      expected.add(v + " -> " + reference(v) + " / " + referenceFlag(v));
      actual.add(v + " -> " + r.getString(1) + " / " + (r.isNullAt(2) ? null : r.getBoolean(2)));
    }
    assertEquals(expected, actual);
  }

  private static String reference(String v) {
    String n = strip(v).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return REGION.values().contains(n) ? n : null;
  }

  private static Boolean referenceFlag(String v) {
    String n = strip(v).toLowerCase(Locale.ROOT);
    return switch (n) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> null;
    };
  }

  /** Spark's trim: spaces only. */
  private static String strip(String v) {
    int a = 0;
    int b = v.length();
    while (a < b && v.charAt(a) == ' ') {
      a++;
    }
    while (b > a && v.charAt(b - 1) == ' ') {
      b--;
    }
    return v.substring(a, b);
  }
}
