package org.ergolens.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * One cell of an export row: its text, and its typed value where the file stores one (an Excel
 * date-time, number or boolean cell; a CSV cell is text only). Labels are matched against the text,
 * so a choice stored as the number 3 matches the label {@code "3"}.
 *
 * @param text the cell as text: a number in plain notation, a date-time in ISO-8601
 * @param value the typed value ({@link BigDecimal}, {@link LocalDateTime}, {@link LocalDate} or
 *     {@link Boolean}), or null for text
 */
public record Cell(String text, Object value) {
  public static final Cell EMPTY = new Cell("", null);

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  public Cell {
    Objects.requireNonNull(text, "text");
  }

  public static Cell text(String text) {
    return text == null || text.isEmpty() ? EMPTY : new Cell(text, null);
  }

  public static Cell number(BigDecimal n) {
    return new Cell(n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString(), n);
  }

  /**
   * A date-time cell, to the nearest second (a workbook stores it as a fraction of a day, which
   * reads back a few microseconds off), written {@code 2026-10-05T09:41:00}.
   */
  public static Cell dateTime(LocalDateTime t) {
    LocalDateTime s = t.plusNanos(500_000_000L).truncatedTo(ChronoUnit.SECONDS);
    return new Cell(SECONDS.format(s), s);
  }

  public static Cell date(LocalDate d) {
    return new Cell(d.toString(), d);
  }

  public static Cell bool(boolean b) {
    return new Cell(Boolean.toString(b), b);
  }

  /** Whether the cell holds no answer: empty or only white space. */
  public boolean isEmpty() {
    return Texts.key(text).isEmpty();
  }

  /**
   * The text that identifies the cell in a response key: trimmed, with date-times in ISO-8601 so
   * that the same response keys alike however its file stores it.
   */
  public String keyText() {
    return text.strip();
  }
}
