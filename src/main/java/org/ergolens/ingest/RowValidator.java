package org.ergolens.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Checks every row of a dataset against the contract and types its values, as Spark column
 * expressions (no casts that can throw under ANSI mode). A row's reason is the first check that
 * fails: {@code malformed_row}, then column by column in the table's order {@code
 * missing_required}, {@code bad_id}, {@code bad_date}, {@code bad_number}, {@code unknown_enum},
 * {@code out_of_range}. Each contract column is replaced by its typed value (null when missing).
 */
public final class RowValidator {
  static final String ID_PATTERN = "^[A-Za-z0-9_.:-]{1,128}$";
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
  private static final String DECIMAL_PATTERN = "^[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)$";
  private static final String INTEGER_PATTERN = "^[+-]?[0-9]{1,18}$";

  private RowValidator() {}

  /**
   * Adds {@link Columns#REASON} and {@link Columns#REASON_COLUMN}; types the contract columns. A
   * column stored as text (CSV, JSON lines, a Parquet string) is parsed as the contract says; a
   * column stored in a type that already is the contract's (a Parquet {@code DATE}, integer,
   * decimal or boolean, see {@link NativeValues}) is taken as it is and checked for its range only;
   * any other stored type is read as its text, so that it fails or passes the same checks a CSV
   * value would.
   */
  public static Dataset<Row> validate(Dataset<Row> raw, DatasetSpec dataset) {
    List<Column> internal = new ArrayList<>();
    for (String c : List.of(Columns.FILE_INDEX, Columns.POSITION, Columns.RAW, Columns.MALFORMED)) {
      internal.add(col(c));
    }
    // Step 1: each column's presence and typed value, computed once.
    List<Column> step1 = new ArrayList<>(internal);
    for (ColumnSpec spec : dataset.columns()) {
      DataType stored = raw.schema().apply(spec.name()).dataType();
      Column value = col(spec.name());
      Column text = stored.equals(DataTypes.StringType) ? value : value.cast(DataTypes.StringType);
      boolean isNative = NativeValues.isNative(spec.type(), stored);
      Column present = isNative ? value.isNotNull() : notBlank(text);
      step1.add(present.as(present(spec)));
      step1.add(
          (isNative ? NativeValues.typed(spec.type(), value) : typedValue(spec, text))
              .as(typed(spec)));
      step1.add(text.as(TEXT_PREFIX + spec.name()));
    }
    // Step 2: the first failing check, in the contract's order, as one flat CASE WHEN.
    List<Check> checks = new ArrayList<>();
    checks.add(new Check(col(Columns.MALFORMED).isNotNull(), ReasonCode.MALFORMED_ROW, null));
    for (ColumnSpec spec : dataset.columns()) {
      Column isPresent = col(present(spec));
      Column value = col(typed(spec));
      if (spec.required()) {
        checks.add(new Check(functions.not(isPresent), ReasonCode.MISSING_REQUIRED, spec.name()));
      }
      ReasonCode typeReason = typeReason(spec.type());
      if (typeReason != null) {
        checks.add(new Check(isPresent.and(value.isNull()), typeReason, spec.name()));
      }
      Column inRange = rangeCheck(spec, value);
      if (inRange != null) {
        checks.add(
            new Check(
                isPresent.and(value.isNotNull()).and(functions.not(inRange)),
                ReasonCode.OUT_OF_RANGE,
                spec.name()));
      }
    }
    // Which check failed first, as its number: the conditions are generated once, not once for the
    // reason and again for its column (the method Spark generates for a row stays smaller).
    Column failed = null;
    List<Column> reasons = new ArrayList<>();
    List<Column> reasonColumns = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      Check c = checks.get(i);
      failed = failed == null ? when(c.failed(), lit(i)) : failed.when(c.failed(), lit(i));
      reasons.add(lit(c.reason().id()));
      // "" for a check about no column: a null literal in an array trips Spark's constant folding.
      reasonColumns.add(lit(c.column() == null ? "" : c.column()));
    }
    List<Column> step2 = new ArrayList<>(internal);
    for (ColumnSpec spec : dataset.columns()) {
      step2.add(when(col(present(spec)), col(typed(spec))).as(spec.name()));
      step2.add(col(TEXT_PREFIX + spec.name()));
    }
    step2.add(failed.as(FAILED_CHECK));
    List<Column> step3 = new ArrayList<>(internal);
    for (ColumnSpec spec : dataset.columns()) {
      step3.add(col(spec.name()));
    }
    // Spark takes element_at of an array without nulls as never null, even at a null index: the
    // CASE says when there is no reason.
    Column failedAny = col(FAILED_CHECK).isNotNull();
    Column number = col(FAILED_CHECK).plus(1);
    step3.add(
        when(failedAny, element_at(array(reasons.toArray(Column[]::new)), number))
            .as(Columns.REASON));
    step3.add(
        when(
                failedAny,
                nullif(element_at(array(reasonColumns.toArray(Column[]::new)), number), lit("")))
            .as(Columns.REASON_COLUMN));
    for (String c : dataset.columnNames()) {
      step3.add(col(TEXT_PREFIX + c));
    }
    return raw.select(step1.toArray(Column[]::new))
        .select(step2.toArray(Column[]::new))
        .select(step3.toArray(Column[]::new));
  }

  private static final String FAILED_CHECK = "_failed_check";

  /** Prefix of the columns that keep each value's raw text, for the rejects file. */
  public static final String TEXT_PREFIX = "_text_";

  private static String present(ColumnSpec spec) {
    return "_present_" + spec.name();
  }

  private static String typed(ColumnSpec spec) {
    return "_typed_" + spec.name();
  }

  private record Check(Column failed, ReasonCode reason, String column) {}

  private static ReasonCode typeReason(ValueType type) {
    return switch (type) {
      case ID -> ReasonCode.BAD_ID;
      case DATE, MONTH -> ReasonCode.BAD_DATE;
      case DECIMAL, INTEGER -> ReasonCode.BAD_NUMBER;
      case ENUM, BOOLEAN -> ReasonCode.UNKNOWN_ENUM;
      case TEXT -> null;
    };
  }

  /**
   * A text that is there and not only spaces. A text has a character exactly when it has a byte,
   * and its bytes are known without reading it, where counting its characters walks every byte.
   */
  static Column notBlank(Column text) {
    return text.isNotNull().and(octet_length(trim(text)).gt(0));
  }

  /** The typed value of a present text, or null when it does not parse. */
  static Column typedValue(ColumnSpec spec, Column text) {
    Column t = trim(text);
    return switch (spec.type()) {
      case ID -> when(text.rlike(ID_PATTERN), text);
      case TEXT -> text;
      case DATE ->
          when(
              t.rlike(DATE_PATTERN),
              functions.try_to_timestamp(t, lit("yyyy-MM-dd")).cast(DataTypes.DateType));
      case MONTH -> when(t.rlike(MONTH_PATTERN), t);
      case DECIMAL -> when(t.rlike(DECIMAL_PATTERN), t.try_cast(DataTypes.DoubleType));
      case INTEGER -> when(t.rlike(INTEGER_PATTERN), t.try_cast(DataTypes.LongType));
      case ENUM -> {
        Column n = translate(t, UPPER + " -", LOWER + "__");
        // Values spelled canonically, nearly all of them, skip the folding: a CASE evaluates only
        // the branch it takes, and translate() costs a map lookup per character.
        yield when(text.isin(spec.values().toArray()), text)
            .when(n.isin(spec.values().toArray()), n);
      }
      case BOOLEAN -> {
        Column n = translate(t, UPPER, LOWER);
        yield when(text.isin(TRUE), lit(true))
            .when(text.isin(FALSE), lit(false))
            .when(n.isin(TRUE), lit(true))
            .when(n.isin(FALSE), lit(false));
      }
    };
  }

  /** The accepted spellings of a boolean, after case folding. */
  private static final Object[] TRUE = {"true", "yes", "1"};

  private static final Object[] FALSE = {"false", "no", "0"};

  /**
   * Case folding for matching enum and boolean values, whose spellings are ASCII: the letters whose
   * lower case ({@code toLowerCase(Locale.ROOT)}) is ASCII are A–Z and the Kelvin sign (U+212A, a
   * 'k'); any other character leaves a value that matches no spelling, folded or not. So this
   * mapping accepts exactly the values {@code lower()} would, without {@code lower()}'s cost: in
   * Spark 4 it goes through ICU, whose first use builds a title-case table of every Unicode code
   * point (about a second of CPU per run).
   */
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u212A";

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyzk";

  /** True when a typed value is inside the column's domain; null when there is no range. */
  private static Column rangeCheck(ColumnSpec spec, Column value) {
    if (spec.min() == null && spec.max() == null) {
      return null;
    }
    if (spec.type() == ValueType.TEXT) {
      return lengthCheck(spec, value);
    }
    Column ok = lit(true);
    if (spec.min() != null) {
      ok = ok.and(value.geq(lit(spec.min())));
    }
    if (spec.max() != null) {
      ok = ok.and(value.leq(lit(spec.max())));
    }
    return ok;
  }

  /**
   * A text's length in characters within the column's bounds. A text has at most as many characters
   * as UTF-8 bytes, and at least one exactly when it has a byte, so the bytes (known without
   * reading the text) settle nearly every value; the characters are counted only for a text longer
   * in bytes than the maximum.
   */
  static Column lengthCheck(ColumnSpec spec, Column value) {
    Column ok = lit(true);
    int min = spec.min() == null ? 0 : spec.min().intValue();
    if (min == 1) {
      ok = ok.and(octet_length(value).geq(1));
    } else if (min > 1) {
      ok = ok.and(length(value).geq(min));
    }
    if (spec.max() != null) {
      int max = spec.max().intValue();
      ok = ok.and(octet_length(value).leq(max).or(length(value).leq(max)));
    }
    return ok;
  }
}
