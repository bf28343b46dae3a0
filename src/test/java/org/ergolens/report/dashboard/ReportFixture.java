package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.MonthlyReport;

/** Hand-built months for the dashboard's pure tests: no Spark, every value known. */
public final class ReportFixture {
  /** A department id an attacker would choose. */
  public static final String HOSTILE_ID = "<img src=x onerror=alert(1)>";

  /** A department name that tries to break out of attributes, SVG text and scripts. */
  public static final String HOSTILE_NAME = "\"><svg onload=alert(2)></script><!--'&";

  private ReportFixture() {}

  /** A unit with {@code n} respondents, cases per outcome {@code n * share}, levels split. */
  public static UnitSummary unit(String id, String name, long n, double share) {
    Long[] cases = new Long[Outcome.values().length];
    for (Outcome o : Outcome.values()) {
      cases[o.ordinal()] = Math.round(n * share * (o == Outcome.ANY_REGION ? 3 : 1));
    }
    Map<String, Long> levels = new LinkedHashMap<>();
    Map<String, Long> known = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      long left = n;
      for (int i = 0; i < f.levels().size(); i++) {
        long c = i == f.levels().size() - 1 ? left : n / f.levels().size();
        levels.put(UnitSummary.levelKey(f, f.levels().get(i)), c);
        left -= c;
      }
      known.put(f.id(), n);
    }
    return new UnitSummary(
        id, name, n, cases, levels, known, Math.round(n * share / 2), List.of(), false, null);
  }

  /** A unit whose every value is withheld. */
  public static UnitSummary withheld(String id, String name, String reason) {
    Long[] cases = new Long[Outcome.values().length];
    Map<String, Long> levels = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      for (String l : f.levels()) {
        levels.put(UnitSummary.levelKey(f, l), null);
      }
    }
    return new UnitSummary(
        id, name, null, cases, levels, Map.of(), null, List.of("x-small"), true, reason);
  }

  /** A unit whose neck cases and one monitor level pair are withheld. */
  public static UnitSummary partlyWithheld(String id, String name, long n) {
    UnitSummary u = unit(id, name, n, 0.1);
    Long[] cases = u.cases().clone();
    cases[Outcome.NECK.ordinal()] = null;
    Map<String, Long> levels = new LinkedHashMap<>(u.levelRespondents());
    levels.put(UnitSummary.levelKey(Factor.MONITOR_POSITION, "above_eye_level"), null);
    levels.put(UnitSummary.levelKey(Factor.MONITOR_POSITION, "laptop_only"), null);
    return new UnitSummary(
        id,
        name,
        n,
        cases,
        levels,
        u.levelKnown(),
        u.redFlags(),
        List.of(),
        true,
        "attribute_disclosure;complementary");
  }

  /** An organisation-scope row with an adjusted estimate. */
  public static FactorEffect effect(
      String factor,
      String level,
      String outcome,
      Double aor,
      Double low,
      Double high,
      double attributable) {
    Factor f = Factor.byId(factor);
    return new FactorEffect(
        FactorEffect.SCOPE_ORGANIZATION,
        null,
        factor,
        level,
        f.reference(),
        outcome,
        100L,
        30L,
        100L,
        15L,
        0.3,
        0.15,
        2.0,
        1.3,
        3.1,
        2.4,
        1.4,
        4.0,
        "chi_square",
        0.001,
        0.01,
        aor,
        low,
        high,
        aor == null ? null : 0.002,
        aor == null ? "not fitted: 85 cases for 14 parameters; at least 140 needed" : null,
        0.2,
        attributable,
        false,
        null);
  }

  public static Recommendation recommendation(
      String department, int rank, String title, Double share, Double cases) {
    return new Recommendation(
        department,
        rank,
        "rec-" + rank,
        title,
        "Rationale for " + title,
        "monitor_position",
        "laptop_only",
        share,
        cases,
        "Evidence <b>for</b> " + title,
        "ergonomist",
        "neck",
        "What to do about " + title,
        java.util.List.of());
  }

  /** A month with three units (one hostile, one partly withheld, one fully withheld). */
  public static MonthlyReport month(List<Recommendation> recommendations) {
    UnitSummary org = unit("organization", null, 400, 0.12);
    List<UnitSummary> units =
        List.of(
            unit(HOSTILE_ID, HOSTILE_NAME, 120, 0.2),
            unit("ops", "Operations", 150, 0.1),
            partlyWithheld("fin", "Finance", 80),
            withheld("tiny", "Tiny team", "below_min_group_size;complementary"));
    List<FactorEffect> effects = new ArrayList<>();
    effects.add(effect("monitor_position", "laptop_only", "neck", 2.5, 1.6, 3.9, 12.4));
    effects.add(effect("monitor_position", "below_eye_level", "neck", 1.1, 0.7, 1.6, 1.0));
    effects.add(effect("sitting_band", "8h_plus", "lower_back", 1.9, 1.2, 3.0, 8.2));
    effects.add(effect("break_frequency", "hourly", "any_region", 0.6, 0.4, 0.9, 0));
    effects.add(effect("sitting_band", "8h_plus", "elbows", null, null, null, 0.5));
    Map<String, DatasetCounts> datasets = new LinkedHashMap<>();
    datasets.put("workstation_survey", DatasetCounts.of(500, Map.of("bad_date", 3L)));
    datasets.put(
        "discomfort_reports",
        DatasetCounts.of(900, Map.of("unmatched_respondent", 2L, "bad_number", 1L)));
    return new MonthlyReport(
        "2026-10",
        JobConfig.defaults(),
        List.of(),
        datasets,
        Arrays.stream(Factor.values()).map(Factor::id).toList(),
        org,
        effects,
        units,
        recommendations,
        List.of("A note with <b>markup</b> & " + HOSTILE_ID),
        true,
        List.of(),
        List.of());
  }
}
