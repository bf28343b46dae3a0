package org.ergolens.generate;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.ergolens.model.Factor;

/**
 * A planted workplace intervention: from {@code start} on, survey answers in {@code department}
 * report {@code level} of {@code factor} much less often (the retained share is {@link
 * #RETAINED_SHARE}; the rest moves to the factor's reference level, e.g. laptop-only workers get a
 * docking station and an external monitor at eye level).
 *
 * @param department the department id, e.g. {@code com-fs}
 * @param factor the factor whose exposure is lowered
 * @param level a non-reference level of {@code factor}, e.g. {@code laptop_only}
 * @param start the first month whose survey answers are affected
 */
public record Intervention(String department, Factor factor, String level, YearMonth start) {

  /** The share of the lowered level that remains after the intervention. */
  public static final double RETAINED_SHARE = 0.2;

  public Intervention {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(start, "start");
    if (!factor.levels().contains(level)) {
      throw new IllegalArgumentException(
          "Cannot plant intervention: '"
              + level
              + "' is not a level of "
              + factor.id()
              + " (levels: "
              + String.join(", ", factor.levels())
              + ")");
    }
    if (level.equals(factor.reference())) {
      throw new IllegalArgumentException(
          "Cannot plant intervention: '"
              + level
              + "' is the reference level of "
              + factor.id()
              + "; lower one of "
              + String.join(", ", factor.levels().subList(1, factor.levels().size())));
    }
  }

  /** Index of the lowered level in {@code factor().levels()}. */
  public int levelIndex() {
    return factor.indexOf(level);
  }

  /**
   * Parses {@code DEPT:FACTOR:LEVEL:YYYY-MM}, e.g. {@code
   * com-fs:monitor_position:laptop_only:2026-05}.
   *
   * @throws IllegalArgumentException with a one-line explanation when the text does not parse
   */
  public static Intervention parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().split(":", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "Cannot plant intervention '"
              + text
              + "': expected DEPT:FACTOR:LEVEL:YYYY-MM, e.g."
              + " com-fs:monitor_position:laptop_only:2026-05");
    }
    Factor factor;
    try {
      factor = Factor.byId(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Cannot plant intervention: unknown factor '"
              + parts[1]
              + "' (factors: "
              + String.join(", ", java.util.Arrays.stream(Factor.values()).map(Factor::id).toList())
              + ")",
          e);
    }
    YearMonth start;
    try {
      start = YearMonth.parse(parts[3]);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Cannot plant intervention: start month '" + parts[3] + "' is not YYYY-MM", e);
    }
    return new Intervention(parts[0], factor, parts[2], start);
  }

  /** The {@code DEPT:FACTOR:LEVEL:YYYY-MM} form that {@link #parse} reads. */
  @Override
  public String toString() {
    return department + ":" + factor.id() + ":" + level + ":" + start;
  }
}
