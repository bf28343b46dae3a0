package org.ergolens.report.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedEffect;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.MonthlyReport;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.AssociationTest;
import org.ergolens.stats.CrudeEffect;
import org.ergolens.stats.RatioEstimate;
import org.ergolens.stats.TwoByTwo;
import org.ergolens.stats.TwoByTwoResult;

/** Hand-built months for the dashboard's pure tests: no Spark, every value known. */
public final class ReportFixture {
  /** A department id an attacker would choose. */
  public static final String HOSTILE_ID = "<img src=x onerror=alert(1)>";

  /** A department name that tries to break out of attributes, SVG text and scripts. */
  public static final String HOSTILE_NAME = "\"><svg onload=alert(2)></script><!--'&";

  private ReportFixture() {}

  /** A unit with {@code n} respondents, cases per outcome {@code n * share}, levels split. */
  public static PublishedSummary unit(String id, String name, long n, double share) {
    return unitBuilder(id, name, n, share).build();
  }

  private static PublishedRows.Summary unitBuilder(String id, String name, long n, double share) {
    PublishedRows.Summary u = PublishedRows.summary(id, n).name(name);
    for (Outcome o : Outcome.values()) {
      u.cases(o, Math.round(n * share * (o == Outcome.ANY_REGION ? 3 : 1)));
    }
    for (Factor f : Factor.values()) {
      Long[] levels = new Long[f.levels().size()];
      long left = n;
      for (int i = 0; i < levels.length; i++) {
        levels[i] = i == levels.length - 1 ? left : n / levels.length;
        left -= levels[i];
      }
      u.levels(f, levels).known(f, n);
    }
    return u.redFlags(Math.round(n * share / 2)).suppression();
  }

  /** A unit whose every value is withheld. */
  public static PublishedSummary withheld(String id, String name, SuppressionReason... reasons) {
    PublishedRows.Summary u = PublishedRows.summary(id, null).name(name);
    for (Factor f : Factor.values()) {
      u.levels(f, new Long[f.levels().size()]).known(f, null);
    }
    return u.rolledUp("x-small").suppression(reasons).build();
  }

  /** A unit whose neck cases and one monitor level pair are withheld. */
  public static PublishedSummary partlyWithheld(String id, String name, long n) {
    Factor f = Factor.MONITOR_POSITION;
    Long[] monitor = new Long[f.levels().size()];
    for (int i = 0; i < monitor.length; i++) {
      monitor[i] = i == 0 || i == 2 ? n / monitor.length : null;
    }
    return unitBuilder(id, name, n, 0.1)
        .cases(Outcome.NECK, null)
        .levels(f, monitor)
        .known(f, n)
        .suppression(SuppressionReason.ATTRIBUTE_DISCLOSURE, SuppressionReason.COMPLEMENTARY)
        .build();
  }

  /** An organisation-scope row with an adjusted estimate. */
  public static PublishedEffect effect(
      String factor,
      String level,
      String outcome,
      Double aor,
      Double low,
      Double high,
      double attributable) {
    TwoByTwoResult crude =
        new TwoByTwoResult(
            new TwoByTwo(30, 100, 15, 100),
            0.3,
            0.15,
            2.0,
            1.3,
            3.1,
            2.4,
            1.4,
            4.0,
            AssociationTest.CHI_SQUARE,
            0.001,
            "");
    return PublishedRows.effect(
        EffectId.organisation(Factor.byId(factor), level, Outcome.byId(outcome)),
        new CrudeEffect(crude, 0.01),
        new AdjustedRatios(
            new RatioEstimate(aor, low, high, aor == null ? null : 0.002),
            new RatioEstimate(aor, low, high, aor == null ? null : 0.002),
            aor == null ? "not fitted: 85 cases for 14 parameters; at least 140 needed" : null),
        PublishedRows.attribution(attributable));
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
    PublishedSummary org = unit("organization", null, 400, 0.12);
    List<PublishedSummary> units =
        List.of(
            unit(HOSTILE_ID, HOSTILE_NAME, 120, 0.2),
            unit("ops", "Operations", 150, 0.1),
            partlyWithheld("fin", "Finance", 80),
            withheld(
                "tiny",
                "Tiny team",
                SuppressionReason.BELOW_MIN_GROUP_SIZE,
                SuppressionReason.COMPLEMENTARY));
    List<PublishedEffect> effects = new ArrayList<>();
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
        PublishedRows.month(org, units, effects, true),
        recommendations,
        List.of("A note with <b>markup</b> & " + HOSTILE_ID),
        List.of(),
        List.of());
  }
}
