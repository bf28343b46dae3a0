package org.ergolens.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One column of an input dataset as the data contract defines it.
 *
 * @param name the canonical (lower-case) column name
 * @param required whether a row without a value is rejected as {@code missing_required}
 * @param type how the value is checked
 * @param values the allowed values of an {@link ValueType#ENUM}, canonical spelling
 * @param min inclusive lower bound of a number, or the minimum length of text
 * @param max inclusive upper bound of a number, or the maximum length of text; null = none
 */
public record ColumnSpec(
    String name, boolean required, ValueType type, List<String> values, Double min, Double max)
    implements Serializable {

  public static ColumnSpec id(String name) {
    return new ColumnSpec(name, true, ValueType.ID, List.of(), null, null);
  }

  public static ColumnSpec text(String name, boolean required, int minLength, int maxLength) {
    return new ColumnSpec(
        name, required, ValueType.TEXT, List.of(), (double) minLength, (double) maxLength);
  }

  public static ColumnSpec date(String name) {
    return new ColumnSpec(name, true, ValueType.DATE, List.of(), null, null);
  }

  /** An optional calendar month, {@code YYYY-MM}. */
  public static ColumnSpec month(String name) {
    return new ColumnSpec(name, false, ValueType.MONTH, List.of(), null, null);
  }

  public static ColumnSpec decimal(String name, boolean required, double min, double max) {
    return new ColumnSpec(name, required, ValueType.DECIMAL, List.of(), min, max);
  }

  public static ColumnSpec integer(String name, boolean required, Integer min, Integer max) {
    return new ColumnSpec(
        name,
        required,
        ValueType.INTEGER,
        List.of(),
        min == null ? null : min.doubleValue(),
        max == null ? null : max.doubleValue());
  }

  public static ColumnSpec enumeration(String name, boolean required, List<String> values) {
    return new ColumnSpec(name, required, ValueType.ENUM, List.copyOf(values), null, null);
  }

  public static ColumnSpec bool(String name) {
    return new ColumnSpec(name, false, ValueType.BOOLEAN, List.of(), null, null);
  }
}
