package org.ergolens.dataset;

/** The logical type of a column, for sinks that store typed values ({@link ParquetRowSink}). */
public enum ColumnType {
  STRING,
  /** An ISO-8601 calendar date; rows carry a {@link java.time.LocalDate}. */
  DATE,
  INTEGER,
  DECIMAL,
  BOOLEAN
}
