package org.ergolens.report.dashboard;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.report.Disclaimer;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.PreviousMonth;
import org.ergolens.report.UnitSummary;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * Everything the dashboard template shows, computed from the report (after the privacy rules) and,
 * when there is one, last month's totals. Values are plain strings, records of strings, tables, and
 * charts that the SVG builder has already escaped.
 */
public final class DashboardModel {
  private DashboardModel() {}

  public static Map<String, Object> of(
      MonthlyReport report, Optional<PreviousMonth> previous, InlineAssets assets) {
    List<Factor> factors = report.factors().stream().map(Factor::byId).toList();
    PublishedSummary org = report.organisation();
    List<PublishedSummary> units = report.departmentsPublished() ? report.units() : List.of();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("month", report.month());
    m.put("monthLabel", monthLabel(report.month()));
    m.put("csp", assets.contentSecurityPolicy());
    m.put("style", assets.styleMarkup());
    m.put("script", assets.scriptMarkup());
    m.put("summary", SummaryView.of(report, previous));
    m.put("previousMonthLabel", previous.map(p -> monthLabel(p.month())).orElse(null));
    m.put("regions", RegionsView.of(org, previous));
    m.put("forest", ForestView.of(report.effects()));
    m.put("departmentsPublished", report.departmentsPublished());
    m.put("units", UnitChoice.of(units));
    m.put("heatmap", HeatmapView.of(org, units, report.departmentNames(), risks(report)));
    m.put("divisions", DivisionsView.of(report.published()));
    m.put("funnel", FunnelView.of(report.published(), units, report.config().minGroupSize()));
    m.put("profiles", ProfilesView.of(org, units, factors));
    m.put("recommendations", RecommendationsView.of(report.recommendations(), units));
    m.put("redFlags", RedFlagsView.of(org, units, previous));
    m.put("quality", QualityView.of(report.datasets()));
    m.put("trends", TrendsView.of(report.trends(), units, report.month()));
    m.put("interventions", InterventionsView.of(report.interventions(), report.departmentNames()));
    m.put("minGroupSize", report.config().minGroupSize());
    m.put(
        "privacyNote",
        Labels.privacyNote(report.config().minGroupSize(), report.config().minCellCount()));
    m.put("riskExposureHighShare", Numbers.percent(report.config().riskExposureHighShare()));
    m.put(
        "riskExposureModerateShare", Numbers.percent(report.config().riskExposureModerateShare()));
    m.put("lookbackMonths", report.config().surveyLookbackMonths());
    m.put("caseMinSeverity", report.config().caseMinSeverity());
    m.put("redFlagDays", report.config().redFlagDays());
    m.put("notes", report.notes());
    m.put("disclaimer", Disclaimer.TEXT);
    return m;
  }

  /** Each published unit's risk level by department id. */
  private static Map<String, Optional<UnitRisk>> risks(MonthlyReport report) {
    Map<String, Optional<UnitRisk>> risks = new LinkedHashMap<>();
    for (UnitSummary u : report.unitSummaries()) {
      risks.put(u.published().department(), u.risk());
    }
    return risks;
  }

  /** "October 2026" for {@code 2026-10}: months read as words wherever people see them. */
  static String monthLabel(String month) {
    try {
      return Labels.month(YearMonth.parse(month));
    } catch (java.time.format.DateTimeParseException e) {
      return month;
    }
  }
}
