package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Columns stored in the contract's own type (typed Parquet columns) are checked as values, with the
 * same reasons and the same typed values as their text would get: each row is validated twice, as
 * stored and as its text, and the two must agree.
 */
class NativeValuesTest {
  static final Date OCT_5 = Date.valueOf("2026-10-05");

  /** A discomfort report stored with native types; severity and duration as given. */
  static Row report(Date date, Object severity, Object duration, Boolean numbness) {
    return RowFactory.create("r", "p1", date, "neck", severity, duration, numbness, null);
  }

  static StructType reportSchema(DataType severity, DataType duration) {
    return new StructType()
        .add(Columns.REPORT_ID, DataTypes.StringType)
        .add(Columns.RESPONDENT_ID, DataTypes.StringType)
        .add(Columns.REPORT_DATE, DataTypes.DateType)
        .add(Columns.BODY_REGION, DataTypes.StringType)
        .add(Columns.SEVERITY, severity)
        .add(Columns.DURATION_DAYS, duration)
        .add(Columns.NUMBNESS_TINGLING, DataTypes.BooleanType)
        .add(Columns.INTERFERES_WITH_WORK, DataTypes.BooleanType);
  }

  @Test
  void typedReportsGetTheReasonsTheirTextWouldGet() {
    StructType schema = reportSchema(DataTypes.IntegerType, DataTypes.LongType);
    List<Row> rows =
        List.of(
            report(OCT_5, 5, 3L, true), // accepted
            report(OCT_5, 11, 3L, false), // severity out of range
            report(OCT_5, 0, null, null), // severity out of range (below)
            report(null, 5, 3L, true), // missing date
            report(OCT_5, null, 3L, true), // missing severity
            report(OCT_5, 4, -1L, true)); // duration out of range
    List<Row> typed = validated(rows, schema, false);
    List<Row> asText = validated(rows, schema, true);
    assertEquals(asText, typed, "the same reasons, columns and typed values");
    assertEquals(
        List.of(
            "null/null",
            "out_of_range/severity",
            "out_of_range/severity",
            "missing_required/report_date",
            "missing_required/severity",
            "out_of_range/duration_days"),
        typed.stream().map(r -> r.get(0) + "/" + r.get(1)).toList());
    assertEquals(5L, typed.get(0).getLong(typed.get(0).fieldIndex(Columns.SEVERITY)));
    assertEquals(OCT_5, typed.get(0).getDate(typed.get(0).fieldIndex(Columns.REPORT_DATE)));
    assertEquals("11", typed.get(1).getString(typed.get(1).fieldIndex("_text_severity")));
  }

  @Test
  void aDecimalInAWholeNumberColumnIsReadAsItsText() {
    StructType schema = reportSchema(DataTypes.createDecimalType(9, 2), DataTypes.IntegerType);
    List<Row> rows = List.of(report(OCT_5, new BigDecimal("3.00"), 2, null));
    List<Row> typed = validated(rows, schema, false);
    assertEquals("bad_number/severity", typed.get(0).get(0) + "/" + typed.get(0).get(1));
    assertEquals("3.00", typed.get(0).getString(typed.get(0).fieldIndex("_text_severity")));
  }

  @Test
  void typedSurveyNumbersIncludingNaNAgreeWithTheirText() {
    StructType schema =
        new StructType()
            .add(Columns.RESPONDENT_ID, DataTypes.StringType)
            .add(Columns.RESPONSE_DATE, DataTypes.DateType)
            .add(Columns.DEPARTMENT, DataTypes.StringType)
            .add(Columns.SITTING_HOURS, DataTypes.DoubleType)
            .add(Columns.MONITOR_POSITION, DataTypes.StringType)
            .add(Columns.LUMBAR_SUPPORT, DataTypes.StringType)
            .add(Columns.BREAK_FREQUENCY, DataTypes.StringType)
            .add(Columns.EXERCISE_DAYS, DataTypes.ShortType);
    List<Row> rows = new ArrayList<>();
    for (Object[] v :
        new Object[][] {
          {7.5, (short) 3},
          {24.0, (short) 7},
          {24.5, (short) 0},
          {Double.NaN, null},
          {Double.POSITIVE_INFINITY, (short) 2},
          {0.0, (short) 8},
          {-0.25, (short) 1}
        }) {
      rows.add(RowFactory.create("p1", OCT_5, "fin", v[0], "at_eye_level", "yes", "hourly", v[1]));
    }
    List<Row> typed = validated(rows, schema, false);
    assertEquals(validated(rows, schema, true), typed);
    assertEquals(
        List.of(
            "null/null",
            "null/null",
            "out_of_range/sitting_hours_per_day",
            "bad_number/sitting_hours_per_day",
            "bad_number/sitting_hours_per_day",
            "out_of_range/exercise_days_per_week",
            "out_of_range/sitting_hours_per_day"),
        typed.stream().map(r -> r.get(0) + "/" + r.get(1)).toList());
  }

  @Test
  void onlyTheContractsOwnTypesAreNative() {
    assertTrue(NativeValues.isNative(ValueType.DATE, DataTypes.DateType));
    assertTrue(NativeValues.isNative(ValueType.DECIMAL, DataTypes.createDecimalType(9, 2)));
    assertTrue(NativeValues.isNative(ValueType.INTEGER, DataTypes.ByteType));
    assertEquals(false, NativeValues.isNative(ValueType.DATE, DataTypes.TimestampType));
    assertEquals(false, NativeValues.isNative(ValueType.INTEGER, DataTypes.DoubleType));
    assertEquals(false, NativeValues.isNative(ValueType.ID, DataTypes.LongType));
    assertEquals(false, NativeValues.isNative(ValueType.BOOLEAN, DataTypes.IntegerType));
  }

  /**
   * Reason, reason column and every contract column of the rows validated as reports or surveys (by
   * their first column set); {@code asText}: every value converted to text first, as a CSV reader
   * would give it.
   */
  static List<Row> validated(List<Row> rows, StructType schema, boolean asText) {
    DatasetSpec spec =
        schema.getFieldIndex(Columns.REPORT_ID).isDefined()
            ? DatasetSpec.DISCOMFORT_REPORTS
            : DatasetSpec.WORKSTATION_SURVEY;
    Dataset<Row> df = SparkTestSession.get().createDataFrame(rows, schema);
    List<Column> raw = new ArrayList<>();
    raw.add(lit(0).as(Columns.FILE_INDEX));
    raw.add(lit(0L).as(Columns.POSITION));
    raw.add(lit(null).cast(DataTypes.StringType).as(Columns.RAW));
    raw.add(lit(null).cast(DataTypes.StringType).as(Columns.MALFORMED));
    for (String c : spec.columnNames()) {
      Column v = schema.getFieldIndex(c).isDefined() ? col(c) : lit(null).cast("string");
      raw.add((asText ? v.cast(DataTypes.StringType) : v).as(c));
    }
    List<Column> out = new ArrayList<>(List.of(col(Columns.REASON), col(Columns.REASON_COLUMN)));
    spec.columnNames().forEach(c -> out.add(col(c)));
    spec.columnNames().forEach(c -> out.add(col(RowValidator.TEXT_PREFIX + c)));
    return RowValidator.validate(df.select(raw.toArray(Column[]::new)), spec)
        .select(out.toArray(Column[]::new))
        .collectAsList();
  }
}
