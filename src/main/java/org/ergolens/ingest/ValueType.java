package org.ergolens.ingest;

/** How a raw text value of an input column is checked and typed. */
public enum ValueType {
  /** A pseudonymous id: 1–128 characters of {@code [A-Za-z0-9_.:-]}, taken as given. */
  ID,
  /** Free text with a length limit, taken as given (not trimmed). */
  TEXT,
  /** An ISO-8601 calendar date {@code YYYY-MM-DD}. */
  DATE,
  /** A calendar month {@code YYYY-MM}, kept as that text. */
  MONTH,
  /** A plain decimal number such as {@code 7.5}: no exponent, no thousands separator. */
  DECIMAL,
  /** A plain whole number such as {@code 3}. */
  INTEGER,
  /** One of a fixed set of values, case-insensitive, spaces and hyphens read as {@code _}. */
  ENUM,
  /** {@code true}/{@code false}, {@code yes}/{@code no} or {@code 1}/{@code 0}. */
  BOOLEAN
}
