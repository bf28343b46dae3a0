package org.ergolens.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How many of a reporting unit's (or the organisation's) people answered the survey: its headcount,
 * its response rate (respondents ÷ headcount) and whether that rate is low, or why it is not known.
 *
 * @param headcount people employed in the unit; null when not known or withheld
 * @param responseRate respondents ÷ headcount; null when not known, withheld or the headcount is 0
 * @param level the rate against {@code min_response_rate}; null when not known or withheld
 * @param unknown why there is no headcount; null when it is known
 * @param missing the unit's departments without a headcount (when {@code unknown} is {@link
 *     Unknown#MISSING_DEPARTMENTS}), sorted
 */
public record Participation(
    Long headcount, Double responseRate, Level level, Unknown unknown, List<String> missing) {

  /** A known rate against {@code min_response_rate}. */
  public enum Level {
    /** At or above the configured share. */
    OK,
    /** Below the configured share. */
    LOW,
    /**
     * More respondents than the headcount: published as it is, never capped. The population counts
     * everyone whose latest answer falls in the look-back window, so people who have left or moved
     * since, or a headcount out of date, can cause it.
     */
    OVER_HEADCOUNT;

    /** The code in machine tables: {@code ok}, {@code low}, {@code over_headcount}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Why a unit's participation is not shown. */
  public enum Unknown {
    /** No headcount dataset was given. */
    NOT_GIVEN,
    /** Some department of the unit has no headcount for the month. */
    MISSING_DEPARTMENTS,
    /** The unit's respondent count is withheld, and with it everything divided by it. */
    WITHHELD
  }

  public Participation {
    missing = List.copyOf(missing);
    if ((unknown == null) == (headcount == null)) {
      throw new IllegalArgumentException("A participation has a headcount or a reason, not both");
    }
  }

  /** No headcount dataset. */
  public static Participation notGiven() {
    return new Participation(null, null, null, Unknown.NOT_GIVEN, List.of());
  }

  /** Withheld with the unit's respondent count. */
  public static Participation withheld() {
    return new Participation(null, null, null, Unknown.WITHHELD, List.of());
  }

  /**
   * A reporting unit's participation: its headcount is the sum over its departments (its own and
   * those folded into it), known only when every one of them has a headcount.
   *
   * @param respondents the unit's respondents
   * @param departments the unit's departments
   * @param headcounts headcount per department for the month
   * @param minResponseRate below this share the participation is low
   */
  public static Participation ofUnit(
      long respondents,
      Collection<String> departments,
      Map<String, Long> headcounts,
      double minResponseRate) {
    List<String> missing =
        departments.stream().filter(d -> !headcounts.containsKey(d)).sorted().distinct().toList();
    if (!missing.isEmpty()) {
      return new Participation(null, null, null, Unknown.MISSING_DEPARTMENTS, missing);
    }
    long headcount = departments.stream().distinct().mapToLong(headcounts::get).sum();
    return known(respondents, headcount, minResponseRate);
  }

  /**
   * The organisation's participation: its headcount is the sum over every department with a
   * headcount for the month (those without respondents too), known only when every department with
   * respondents has one.
   */
  public static Participation ofOrganisation(
      long respondents,
      Collection<String> departmentsWithRespondents,
      Map<String, Long> headcounts,
      double minResponseRate) {
    List<String> missing =
        departmentsWithRespondents.stream()
            .filter(d -> !headcounts.containsKey(d))
            .sorted()
            .distinct()
            .toList();
    if (!missing.isEmpty()) {
      return new Participation(null, null, null, Unknown.MISSING_DEPARTMENTS, missing);
    }
    long headcount = headcounts.values().stream().mapToLong(Long::longValue).sum();
    return known(respondents, headcount, minResponseRate);
  }

  private static Participation known(long respondents, long headcount, double minResponseRate) {
    Double rate = headcount == 0 ? null : (double) respondents / headcount;
    Level level =
        respondents > headcount
            ? Level.OVER_HEADCOUNT
            : rate != null && rate < minResponseRate ? Level.LOW : Level.OK;
    return new Participation(headcount, rate, level, null, List.of());
  }

  /** Whether the headcount and rate are shown. */
  public boolean known() {
    return unknown == null;
  }

  /** The {@code participation} column: {@code ok}, {@code low}, {@code over_headcount} or null. */
  public String levelId() {
    return level == null ? null : level.id();
  }
}
