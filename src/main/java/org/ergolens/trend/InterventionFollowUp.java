package org.ergolens.trend;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ergolens.config.InterventionSpec;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.DifferenceInDifferences;
import org.ergolens.stats.DifferenceInDifferences.Estimate;
import org.ergolens.stats.DifferenceInDifferences.Proportion;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * Follows up configured workplace changes: the targeted exposure and the outcome in the
 * department's reporting unit against all other units, pooled over the months before and the months
 * since the start, as a difference in differences. Computed from published monthly values only; a
 * month in which a needed value is withheld makes the estimate unavailable rather than partial.
 */
public final class InterventionFollowUp {
  static final String APPROXIMATE =
      "Approximate: the interval counts each period as one month's respondents, because the same"
          + " people are surveyed month after month, and other changes made at the same time are"
          + " not ruled out.";

  private InterventionFollowUp() {}

  /**
   * One result per configured change, in configuration order. Each change's comparison group is
   * every unit that holds none of the configured departments, so that one change is never measured
   * against another.
   */
  public static List<InterventionResult> of(
      List<InterventionSpec> specs, List<MonthSnapshot> months) {
    List<String> all = specs.stream().map(InterventionSpec::department).distinct().toList();
    return specs.stream().map(s -> followUp(s, months, all)).toList();
  }

  /** Pooled counts of one group in one period, and the months pooled. */
  private static final class Pool {
    long cases;
    long respondents;
    long exposed;
    long known;
    int months;
  }

  /**
   * @param changed every department with a configured change; the units holding them are left out
   *     of the comparison group
   */
  private static InterventionResult followUp(
      InterventionSpec spec, List<MonthSnapshot> months, List<String> changed) {
    YearMonth firstAfter = spec.firstMonthAfter();
    Factor factor = spec.targetFactor();
    Outcome outcome = spec.targetOutcome();
    List<String> caveats = new ArrayList<>();
    Pool unitBefore = new Pool();
    Pool unitAfter = new Pool();
    Pool othersBefore = new Pool();
    Pool othersAfter = new Pool();
    int before = 0;
    int after = 0;
    boolean prevalenceWithheld = false;
    boolean exposureWithheld = false;
    Set<String> units = new LinkedHashSet<>();
    Set<List<String>> makeUps = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    for (MonthSnapshot m : months) {
      if (!m.hasData()) {
        continue;
      }
      Optional<PublishedSummary> held = m.unitHolding(spec.department());
      if (held.isEmpty()) {
        missing.add(m.month().toString());
        continue;
      }
      PublishedSummary u = held.get();
      Group unitGroup = Group.of(u, factor, spec.level(), outcome);
      Group org = comparisonBase(m, u, changed, factor, spec.level(), outcome);
      units.add(u.department());
      makeUps.add(u.rolledUp());
      boolean isAfter = !m.month().isBefore(firstAfter);
      if (isAfter) {
        after++;
      } else {
        before++;
      }
      Pool mine = isAfter ? unitAfter : unitBefore;
      Pool others = isAfter ? othersAfter : othersBefore;
      mine.months++;
      others.months++;
      if (unitGroup.respondents() == null
          || unitGroup.cases() == null
          || org.respondents() == null
          || org.cases() == null) {
        prevalenceWithheld = true;
      } else {
        mine.cases += unitGroup.cases();
        mine.respondents += unitGroup.respondents();
        others.cases += org.cases() - unitGroup.cases();
        others.respondents += org.respondents() - unitGroup.respondents();
      }
      if (unitGroup.known() == null || org.known() == null) {
        exposureWithheld = true;
      } else {
        mine.exposed += unitGroup.exposed();
        mine.known += unitGroup.known();
        others.exposed += org.exposed() - unitGroup.exposed();
        others.known += org.known() - unitGroup.known();
      }
    }
    String unit = units.isEmpty() ? null : String.join(";", units);
    if (units.isEmpty()) {
      caveats.add("Department " + spec.department() + " has no respondents in these months.");
    } else if (!missing.isEmpty()) {
      caveats.add(
          "Department "
              + spec.department()
              + " has no respondents in "
              + String.join(", ", missing)
              + ".");
    }
    if (units.size() > 1 || makeUps.size() > 1) {
      caveats.add(
          "The reporting unit holding "
              + spec.department()
              + " changed make-up between months, so the periods compare different groups.");
    }
    if (before == 0) {
      caveats.add(
          "No month with reports before "
              + firstAfter
              + " in the trend window; a larger trend_months may give one.");
    }
    if (after == 0) {
      caveats.add("No month with reports from " + firstAfter + " on yet.");
    }
    boolean periods = before > 0 && after > 0 && !units.isEmpty();
    Estimate exposure = null;
    Estimate prevalence = null;
    if (periods && exposureWithheld) {
      caveats.add(
          "Exposure shares are withheld in some months (groups below the minimum size), so the"
              + " exposure change cannot be shown.");
    } else if (periods) {
      exposure = estimate(unitBefore, unitAfter, othersBefore, othersAfter, true);
      if (exposure == null) {
        caveats.add(
            "Too few respondents with "
                + Labels.exposurePhrase(spec.targetFactor(), spec.level())
                + ", or without it, to say.");
      }
    }
    if (periods && prevalenceWithheld) {
      caveats.add(
          "Case counts are withheld in some months (small groups), so the prevalence change cannot"
              + " be shown.");
    } else if (periods) {
      prevalence = estimate(unitBefore, unitAfter, othersBefore, othersAfter, false);
      if (prevalence == null) {
        caveats.add("Too few cases or non-cases in a group to say whether discomfort changed.");
      }
    }
    caveats.add(APPROXIMATE);
    return new InterventionResult(
        spec,
        unit,
        new InterventionResult.Periods(before, after),
        measure(unitBefore, unitAfter, othersBefore, othersAfter, true, exposure),
        measure(unitBefore, unitAfter, othersBefore, othersAfter, false, prevalence),
        finding(spec, outcome, exposure, prevalence),
        String.join(" ", caveats));
  }

  /**
   * What the follow-up reads of one group in one month, from its published values: respondents,
   * cases of the outcome, respondents at the targeted level and with a known level of its factor. A
   * value is null where it, or any count it is computed from, is withheld.
   */
  private record Group(Long respondents, Long cases, Long exposed, Long known) {
    static Group of(PublishedSummary s, Factor factor, String level, Outcome outcome) {
      return new Group(
          s.respondents(),
          s.cases(outcome),
          s.respondentsAt(factor, level),
          withKnownLevel(s, factor));
    }

    Group minus(Group other) {
      return new Group(
          InterventionFollowUp.minus(respondents, other.respondents),
          InterventionFollowUp.minus(cases, other.cases),
          InterventionFollowUp.minus(exposed, other.exposed),
          InterventionFollowUp.minus(known, other.known));
    }
  }

  /**
   * The organisation less the units holding other changed departments: what "the unit and the
   * others" add up to. Values are null where any part is withheld.
   */
  private static Group comparisonBase(
      MonthSnapshot m,
      PublishedSummary unit,
      List<String> changed,
      Factor factor,
      String level,
      Outcome outcome) {
    List<PublishedSummary> excluded = new ArrayList<>();
    for (String d : changed) {
      m.unitHolding(d)
          .filter(u -> !u.department().equals(unit.department()))
          .filter(u -> excluded.stream().noneMatch(e -> e.department().equals(u.department())))
          .ifPresent(excluded::add);
    }
    Group base = Group.of(m.organisation(), factor, level, outcome);
    for (PublishedSummary e : excluded) {
      base = base.minus(Group.of(e, factor, level, outcome));
    }
    return base;
  }

  private static Long minus(Long a, Long b) {
    return a == null || b == null ? null : a - b;
  }

  /** Respondents with a known level of the factor, when every level's count is published. */
  private static Long withKnownLevel(PublishedSummary s, Factor f) {
    long sum = 0;
    for (String level : f.levels()) {
      Long n = s.respondentsAt(f, level);
      if (n == null) {
        return null;
      }
      sum += n;
    }
    return sum;
  }

  private static Estimate estimate(
      Pool unitBefore, Pool unitAfter, Pool othersBefore, Pool othersAfter, boolean exposure) {
    List<Proportion> ps = new ArrayList<>();
    for (Pool p : List.of(unitBefore, unitAfter, othersBefore, othersAfter)) {
      long events = exposure ? p.exposed : p.cases;
      long trials = exposure ? p.known : p.respondents;
      if (trials == 0) {
        return null;
      }
      // The same people are counted in every month of a period, so a period is worth about one
      // month's respondents, not the sum over its months.
      Proportion q = new Proportion(events, trials, (double) trials / p.months);
      if (!q.normalApproximationHolds()) {
        return null;
      }
      ps.add(q);
    }
    return DifferenceInDifferences.of(ps.get(0), ps.get(1), ps.get(2), ps.get(3));
  }

  /**
   * A measure's pooled values, shown only with its estimate (a lone share of a tiny group says too
   * much).
   */
  private static Optional<InterventionResult.Measure> measure(
      Pool unitBefore,
      Pool unitAfter,
      Pool othersBefore,
      Pool othersAfter,
      boolean exposure,
      Estimate shownWith) {
    if (shownWith == null) {
      return Optional.empty();
    }
    return Optional.of(
        new InterventionResult.Measure(
            share(unitBefore, exposure),
            share(unitAfter, exposure),
            share(othersBefore, exposure),
            share(othersAfter, exposure),
            shownWith));
  }

  private static double share(Pool p, boolean exposure) {
    return exposure ? (double) p.exposed / p.known : (double) p.cases / p.respondents;
  }

  static String finding(
      InterventionSpec spec, Outcome outcome, Estimate exposure, Estimate prevalence) {
    List<String> parts = new ArrayList<>();
    if (exposure != null) {
      parts.add(
          describe(
              "The share with " + Labels.exposurePhrase(spec.targetFactor(), spec.level()),
              exposure,
              "compared with the rest"));
    }
    if (prevalence != null) {
      parts.add(
          describe(
              Labels.capitalise(Labels.discomfort(outcome)), prevalence, "compared with the rest"));
    }
    return parts.isEmpty()
        ? "Not enough published data to estimate the change."
        : String.join(" ", parts);
  }

  private static String describe(String what, Estimate e, String against) {
    String numbers =
        "difference in differences "
            + Numbers.points(e.difference())
            + ", 95% CI "
            + Numbers.pointsInterval(e.ciLow(), e.ciHigh());
    if (!e.excludesZero()) {
      return what + " changed no more than chance explains, " + against + " (" + numbers + ").";
    }
    return what
        + (e.difference() < 0 ? " fell" : " rose")
        + " by "
        + Numbers.points(Math.abs(e.difference())).replaceFirst("^\\+", "")
        + " more"
        + " than in the rest of the organisation ("
        + numbers
        + ").";
  }
}
