package org.ergolens.survey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;

/**
 * The response's completion time: the column and the formats its text may take, tried in order (a
 * typed date-time cell needs none). The date is taken as written, in the form's own time zone: a
 * response sent at {@code 2026/11/01 0:30:00 AM GMT+2} is dated 1 November.
 *
 * @param column the export column
 * @param patterns the formats as written in the profile ({@link DateTimeFormatter} patterns)
 * @param formats the same, compiled (strict, case-insensitive, in the profile's locale)
 */
public record ResponseDate(
    ColumnRef column, List<String> patterns, List<DateTimeFormatter> formats) {
  public ResponseDate {
    patterns = List.copyOf(patterns);
    formats = List.copyOf(formats);
  }

  /** The date of a cell, or empty when it is not a date in any of the formats. */
  public Optional<LocalDate> date(Cell cell) {
    if (cell.value() instanceof LocalDateTime t) {
      return Optional.of(t.toLocalDate());
    }
    if (cell.value() instanceof LocalDate d) {
      return Optional.of(d);
    }
    String text = cell.text().strip();
    for (DateTimeFormatter f : formats) {
      try {
        TemporalAccessor parsed = f.parse(text);
        return Optional.of(LocalDate.from(parsed));
      } catch (DateTimeException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
