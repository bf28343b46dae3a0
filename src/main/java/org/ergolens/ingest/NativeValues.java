package org.ergolens.ingest;

import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;

/**
 * Input columns stored in a type that already is the contract's (a typed Parquet column): a {@code
 * DATE} for a date, a whole number for an integer, any number for a decimal, a boolean for a flag.
 * Such a value needs no parsing: it is taken as it is and only its range is checked, which spares a
 * text conversion and a pattern match per value. Text columns, and columns stored in any other type
 * (a timestamp for a date, a decimal for an integer), are read as text and parsed.
 */
final class NativeValues {
  private NativeValues() {}

  /** Whether a column stored as {@code stored} holds values of the contract's {@code type}. */
  static boolean isNative(ValueType type, DataType stored) {
    return switch (type) {
      case DATE -> stored instanceof DateType;
      case INTEGER -> isWhole(stored);
      case DECIMAL ->
          isWhole(stored)
              || stored instanceof DecimalType
              || stored instanceof DoubleType
              || stored instanceof FloatType;
      case BOOLEAN -> stored instanceof BooleanType;
      case ID, TEXT, ENUM, MONTH -> false;
    };
  }

  /**
   * The contract's typed value of a native column: dates and booleans as they are, whole numbers as
   * {@code long}, decimals as {@code double}; a NaN or infinite floating-point value is no number
   * (null, so it is rejected as {@code bad_number}, as its text would be).
   */
  static Column typed(ValueType type, Column value) {
    return switch (type) {
      case DATE, BOOLEAN -> value;
      case INTEGER -> value.cast(DataTypes.LongType);
      case DECIMAL -> {
        Column d = value.cast(DataTypes.DoubleType);
        yield when(
                isnan(d)
                    .or(d.equalTo(lit(Double.POSITIVE_INFINITY)))
                    .or(d.equalTo(lit(Double.NEGATIVE_INFINITY))),
                lit(null).cast(DataTypes.DoubleType))
            .otherwise(d);
      }
      default -> throw new IllegalArgumentException("Not a native type: " + type);
    };
  }

  private static boolean isWhole(DataType stored) {
    return stored instanceof ByteType
        || stored instanceof ShortType
        || stored instanceof IntegerType
        || stored instanceof LongType;
  }
}
