package org.ergolens.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * A workplace change the report follows up, e.g. monitor arms for Finance from 2026-05-01: the
 * exposure it targets and the outcome it should move, before and after, in its department against
 * the rest of the organisation.
 *
 * @param department the department id the change was made in
 * @param factor the factor id it targets, e.g. {@code monitor_position}
 * @param level the level it should make rarer, e.g. {@code laptop_only}
 * @param start the date it started, {@code YYYY-MM-DD}
 * @param description what was done, in the organisation's words (shown in the report)
 * @param outcome the outcome to follow, default {@code any_region}
 */
@JsonPropertyOrder({"department", "factor", "level", "start", "description", "outcome"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionSpec(
    @JsonProperty("department") String department,
    @JsonProperty("factor") String factor,
    @JsonProperty("level") String level,
    @JsonProperty("start") String start,
    @JsonProperty("description") String description,
    @JsonProperty("outcome") String outcome) {

  /** The month whose survey answers and reports are the first "after" month. */
  public YearMonth firstMonthAfter() {
    LocalDate d = startDate();
    YearMonth m = YearMonth.from(d);
    return d.getDayOfMonth() == 1 ? m : m.plusMonths(1);
  }

  public LocalDate startDate() {
    return LocalDate.parse(start);
  }

  public Factor targetFactor() {
    return Factor.byId(factor);
  }

  public Outcome targetOutcome() {
    return Outcome.byId(outcome == null ? Outcome.ANY_REGION.id() : outcome);
  }

  /** A short label: department, factor level and start. */
  public String label() {
    return department + ": " + factor + " " + level + " from " + start;
  }

  /**
   * Checks the entry, naming it by its position in the list.
   *
   * @throws ConfigException naming the key and what would be valid
   */
  InterventionSpec validate(int index) {
    String key = "interventions[" + index + "]";
    require(notBlank(department), key + ".department", department, "a department id");
    require(
        notBlank(factor) && Arrays.stream(Factor.values()).anyMatch(f -> f.id().equals(factor)),
        key + ".factor",
        factor,
        "one of " + Arrays.stream(Factor.values()).map(Factor::id).toList());
    require(
        notBlank(level) && targetFactor().levels().contains(level),
        key + ".level",
        level,
        "a level of " + factor + ": " + targetFactor().levels());
    require(parses(start), key + ".start", start, "a date YYYY-MM-DD, e.g. 2026-05-01");
    require(
        description == null || description.length() <= 500,
        key + ".description",
        description == null ? null : description.length() + " characters",
        "a description of at most 500 characters");
    require(
        outcome == null || Arrays.stream(Outcome.values()).anyMatch(o -> o.id().equals(outcome)),
        key + ".outcome",
        outcome,
        "one of " + Arrays.stream(Outcome.values()).map(Outcome::id).toList());
    return this;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static boolean parses(String date) {
    if (date == null) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void require(boolean ok, String key, Object value, String expected) {
    if (!ok) {
      throw new ConfigException(
          "Invalid configuration: " + key + " = " + value + "; use " + expected + ".");
    }
  }
}
