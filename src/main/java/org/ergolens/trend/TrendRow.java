package org.ergolens.trend;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;

/**
 * One row of {@code department_trends}: an outcome's prevalence in one reporting unit (or the
 * organisation) in one month, as that month's report publishes it, with its change against the
 * previous month and against the unit's trailing baseline.
 *
 * @param id which series and month
 * @param figures the month's published values
 * @param vsPrevious the change against the previous month, when comparable
 * @param vsBaseline the change against the trailing baseline, when there is one
 * @param note why a comparison is missing, {@code ;}-separated, or null
 */
public record TrendRow(
    Id id, Figures figures, Change vsPrevious, Baseline vsBaseline, String note) {

  public TrendRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(vsPrevious, "vsPrevious");
    Objects.requireNonNull(vsBaseline, "vsBaseline");
  }

  /**
   * Which series and month a row is.
   *
   * @param scope the organisation or one reporting unit
   * @param department the reporting unit's id; null for the organisation
   * @param name the unit's display name, or null
   * @param month the month
   * @param outcome the outcome
   */
  public record Id(Scope scope, String department, String name, YearMonth month, Outcome outcome) {}

  /**
   * A month's published values.
   *
   * @param respondents respondents in the unit that month; null when withheld
   * @param cases cases of the outcome; null when withheld
   * @param prevalence cases / respondents; null when either is withheld or the month has no reports
   * @param rolledUp departments folded into the unit that month
   * @param suppressed whether the month's value is withheld
   */
  public record Figures(
      Long respondents, Long cases, Double prevalence, List<String> rolledUp, boolean suppressed) {
    public Figures {
      rolledUp = List.copyOf(rolledUp);
    }
  }

  /**
   * A change of the prevalence against an earlier one.
   *
   * @param reference the earlier prevalence
   * @param change the prevalence minus {@code reference}
   * @param ciLow lower limit of Newcombe's hybrid score 95% interval of the change
   * @param ciHigh upper limit of that interval
   * @param pValue test of the two proportions (chi-square or Fisher as in the factor tables)
   * @param beyondChance whether the change is beyond chance after Benjamini–Hochberg over the
   *     month's rows; null when not tested
   */
  public record Change(
      Double reference,
      Double change,
      Double ciLow,
      Double ciHigh,
      Double pValue,
      Boolean beyondChance) {
    /** No comparison. */
    public static final Change NONE = new Change(null, null, null, null, null, null);

    Change flagged(Boolean beyond) {
      return new Change(reference, change, ciLow, ciHigh, pValue, beyond);
    }

    /** True when the change's 95% interval excludes 0; false when there is no interval. */
    public boolean intervalExcludesZero() {
      return ciLow != null && ciHigh != null && (ciLow > 0 || ciHigh < 0);
    }
  }

  /**
   * The comparison with the trailing baseline: pooled cases over pooled respondents of up to {@link
   * DepartmentTrends#BASELINE_MONTHS} comparable earlier months.
   *
   * @param months months pooled, or null when there is no baseline
   * @param change the change against the baseline's prevalence
   */
  public record Baseline(Integer months, Change change) {
    /** No baseline. */
    public static final Baseline NONE = new Baseline(null, Change.NONE);

    public Baseline {
      Objects.requireNonNull(change, "change");
    }
  }

  TrendRow withFlags(Boolean previous, Boolean baseline) {
    return new TrendRow(
        id,
        figures,
        vsPrevious.flagged(previous),
        new Baseline(vsBaseline.months(), vsBaseline.change().flagged(baseline)),
        note);
  }
}
