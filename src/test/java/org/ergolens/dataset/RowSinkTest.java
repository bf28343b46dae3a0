package org.ergolens.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ergolens.generate.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowSinkTest {
  private static final List<Column> COLUMNS =
      List.of(
          new Column("text", ColumnType.STRING, true),
          new Column("day", ColumnType.DATE, true),
          new Column("n", ColumnType.INTEGER, false),
          new Column("x", ColumnType.DECIMAL, false),
          new Column("flag", ColumnType.BOOLEAN, false));

  private static String write(RowSink sink, ByteArrayOutputStream bytes, Object[]... rows)
      throws IOException {
    try (sink) {
      sink.header(COLUMNS);
      for (Object[] row : rows) {
        sink.row(row);
      }
      sink.malformedLine("not a row");
      assertEquals(rows.length + 1, sink.records());
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvQuotesPerRfc4180WithLfLineEnds() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String csv =
        write(
            new CsvRowSink(bytes),
            bytes,
            new Object[] {"Legal, Risk & Compliance", LocalDate.of(2026, 1, 5), 7, null, true},
            new Object[] {
              "say \"hi\"\nbye", LocalDate.of(999, 12, 31), -12L, new BigDecimal("7.5"), false
            },
            new Object[] {"Kundtjänst – Malmö", LocalDate.of(2026, 10, 31), null, "seven", null});
    assertEquals(
        "text,day,n,x,flag\n"
            + "\"Legal, Risk & Compliance\",2026-01-05,7,,true\n"
            + "\"say \"\"hi\"\"\nbye\",0999-12-31,-12,7.5,false\n"
            + "Kundtjänst – Malmö,2026-10-31,,seven,\n"
            + "not a row\n",
        csv);
    assertEquals(
        List.of(List.of("say \"hi\"\nbye", "0999-12-31", "-12", "7.5", "false")),
        InputFiles.parseCsv(csv).subList(2, 3));
  }

  @Test
  void jsonLinesTypesNumbersBooleansAndNulls() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String json =
        write(
            new JsonLinesRowSink(bytes),
            bytes,
            new Object[] {
              "a \"b\"\\\t\u0001", LocalDate.of(2026, 1, 5), 7, new BigDecimal("8"), true
            },
            new Object[] {"ö", LocalDate.of(2026, 1, 6), null, "7,5", "yes"});
    assertEquals(
        "{\"text\":\"a \\\"b\\\"\\\\\\t\\u0001\",\"day\":\"2026-01-05\",\"n\":7,\"x\":8,"
            + "\"flag\":true}\n"
            + "{\"text\":\"ö\",\"day\":\"2026-01-06\",\"n\":null,\"x\":\"7,5\",\"flag\":\"yes\"}\n"
            + "not a row\n",
        json);
  }

  @Test
  void rowWidthMustMatchTheHeader() throws IOException {
    try (RowSink sink = new CsvRowSink(new ByteArrayOutputStream())) {
      sink.header(COLUMNS);
      assertThrows(IllegalArgumentException.class, () -> sink.row(new Object[] {"x"}));
    }
  }

  @Test
  void longValuesLargerThanTheBufferAreWrittenWhole() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String big = "é".repeat(700_000);
    String csv =
        write(
            new CsvRowSink(bytes),
            bytes,
            new Object[] {big, LocalDate.of(2026, 1, 1), 1, null, null});
    assertEquals(big, InputFiles.parseCsv(csv).get(1).get(0));
  }

  @Test
  void parquetStoresTypedValuesAndBooleanSpellings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.parquet");
    try (RowSink sink = RowSinks.open(OutputFormat.PARQUET, file)) {
      sink.header(COLUMNS);
      sink.row(new Object[] {"Kundtjänst, Malmö", LocalDate.of(2026, 1, 5), 7, null, "Yes"});
      sink.row(new Object[] {"x", LocalDate.of(999, 12, 31), -12L, new BigDecimal("7.5"), false});
      sink.row(new Object[] {"y", LocalDate.of(2026, 10, 31), null, new BigDecimal("24"), "0"});
      assertEquals(3, sink.records());
    }
    assertEquals(List.of("text", "day", "n", "x", "flag"), InputFiles.header(file));
    List<Map<String, String>> rows = InputFiles.records(file);
    assertEquals("Kundtjänst, Malmö", rows.get(0).get("text"));
    assertEquals("2026-01-05", rows.get(0).get("day"));
    assertEquals("7", rows.get(0).get("n"));
    assertEquals(null, rows.get(0).get("x"));
    assertEquals("true", rows.get(0).get("flag"));
    assertEquals("0999-12-31", rows.get(1).get("day"));
    assertEquals("-12", rows.get(1).get("n"));
    assertEquals("7.50", rows.get(1).get("x"));
    assertEquals("false", rows.get(1).get("flag"));
    assertEquals("24.00", rows.get(2).get("x"));
    assertEquals("false", rows.get(2).get("flag"));
  }

  @Test
  void parquetRefusesBadValuesAndLines(@TempDir Path dir) throws IOException {
    try (RowSink sink = RowSinks.open(OutputFormat.PARQUET, dir.resolve("bad.parquet"))) {
      sink.header(COLUMNS);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> sink.row(new Object[] {"a", LocalDate.of(2026, 1, 1), 1, "seven", null}));
      assertEquals(
          "Cannot write 'seven' to the Parquet decimal column x: Parquet columns are typed, so"
              + " bad rows are injected into CSV or JSON Lines only",
          e.getMessage());
      assertThrows(UnsupportedOperationException.class, () -> sink.malformedLine("{"));
    }
  }
}
