package org.ergolens.generate;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.ergolens.dataset.OutputFormat;

/**
 * What to generate: an immutable, validated description of one synthetic organisation. Start from
 * {@link #defaults()} and change fields with the {@code with…} copies.
 *
 * @param seed the seed; the same spec always gives byte-identical files
 * @param respondents the number of surveyed respondents (at least {@link #MIN_RESPONDENTS})
 * @param endMonth the last month of the history, e.g. the month a job run would report on
 * @param months the number of history months ending with {@code endMonth}; every one has reports,
 *     and survey answers start 12 months (the contract's default lookback) earlier
 * @param format the format of the survey and report files
 * @param injectBadRows whether to append rows of every reject reason and write {@code
 *     expected-rejects.json} (CSV and JSON Lines only: Parquet's typed columns cannot hold them)
 * @param intervention an optional planted intervention
 * @param reportIntensity report rows per case relative to the default (1): each case gets this many
 *     times as many reports, each with its own day and details; cases and the planted model are
 *     unchanged. For benchmarks that need more report rows per respondent.
 */
public record GeneratorSpec(
    long seed,
    int respondents,
    YearMonth endMonth,
    int months,
    OutputFormat format,
    boolean injectBadRows,
    Optional<Intervention> intervention,
    int reportIntensity) {

  public static final long DEFAULT_SEED = 20261031L;
  public static final int DEFAULT_RESPONDENTS = 5_000;
  public static final YearMonth DEFAULT_END_MONTH = YearMonth.of(2026, 10);
  public static final int DEFAULT_MONTHS = 12;

  /** Enough for every department minimum and for injected rows to stay well under 5%. */
  public static final int MIN_RESPONDENTS = 200;

  public static final int MAX_RESPONDENTS = 50_000_000;
  public static final int MAX_MONTHS = 120;
  public static final int MAX_REPORT_INTENSITY = 10;

  public GeneratorSpec {
    Objects.requireNonNull(endMonth, "endMonth");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(intervention, "intervention");
    if (respondents < MIN_RESPONDENTS || respondents > MAX_RESPONDENTS) {
      throw new IllegalArgumentException(
          "Cannot generate "
              + respondents
              + " respondents: choose "
              + MIN_RESPONDENTS
              + " to "
              + MAX_RESPONDENTS);
    }
    if (months < 1 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "Cannot generate " + months + " months of history: choose 1 to " + MAX_MONTHS);
    }
    if (reportIntensity < 1 || reportIntensity > MAX_REPORT_INTENSITY) {
      throw new IllegalArgumentException(
          "Cannot generate a report intensity of "
              + reportIntensity
              + ": choose 1 to "
              + MAX_REPORT_INTENSITY);
    }
    if (injectBadRows && !format.holdsBadRows()) {
      throw new IllegalArgumentException(
          "Cannot inject bad rows into "
              + format.extension()
              + ": its columns are typed; use csv or jsonl");
    }
    YearMonth first = endMonth.minusMonths(months - 1L);
    intervention.ifPresent(i -> checkIntervention(i, first, endMonth));
  }

  private static void checkIntervention(Intervention i, YearMonth first, YearMonth end) {
    if (Organisation.standard().find(i.department()).isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot plant intervention: unknown department '"
              + i.department()
              + "' (departments: "
              + String.join(
                  ", ", Organisation.standard().departments().stream().map(Department::id).toList())
              + ")");
    }
    if (i.start().isBefore(first) || i.start().isAfter(end)) {
      throw new IllegalArgumentException(
          "Cannot plant intervention: start "
              + i.start()
              + " is outside the history "
              + first
              + " to "
              + end);
    }
  }

  /**
   * Seed {@value #DEFAULT_SEED}, 5,000 respondents, 12 months to 2026-10, CSV, clean rows, report
   * intensity 1.
   */
  public static GeneratorSpec defaults() {
    return new GeneratorSpec(
        DEFAULT_SEED,
        DEFAULT_RESPONDENTS,
        DEFAULT_END_MONTH,
        DEFAULT_MONTHS,
        OutputFormat.CSV,
        false,
        Optional.empty(),
        1);
  }

  /** A copy with another seed. */
  public GeneratorSpec withSeed(long seed) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** A copy with another number of respondents. */
  public GeneratorSpec withRespondents(int respondents) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** A copy with another last history month. */
  public GeneratorSpec withEndMonth(YearMonth endMonth) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** A copy with another number of history months. */
  public GeneratorSpec withMonths(int months) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** A copy writing another format. */
  public GeneratorSpec withFormat(OutputFormat format) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** A copy with bad-row injection on or off. */
  public GeneratorSpec withInjectBadRows(boolean injectBadRows) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** A copy with {@code intervention} planted, or none when {@code null}. */
  public GeneratorSpec withIntervention(Intervention intervention) {
    return new GeneratorSpec(
        seed,
        respondents,
        endMonth,
        months,
        format,
        injectBadRows,
        Optional.ofNullable(intervention),
        reportIntensity);
  }

  /** A copy with another report intensity (report rows per case relative to the default). */
  public GeneratorSpec withReportIntensity(int reportIntensity) {
    return new GeneratorSpec(
        seed, respondents, endMonth, months, format, injectBadRows, intervention, reportIntensity);
  }

  /** The first month of the history. */
  public YearMonth firstMonth() {
    return endMonth.minusMonths(months - 1L);
  }
}
