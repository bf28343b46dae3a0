package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;
import org.ergolens.trend.TrendRow;

/**
 * The trends section: one small line chart per outcome for the organisation and one sparkline of
 * any-region discomfort per reporting unit, each with its change against the previous month and the
 * baseline, from the {@code department_trends} rows.
 *
 * @param months the months shown, oldest first
 * @param panels one chart per outcome
 * @param outcomeTable the organisation's prevalence per month and outcome
 * @param units one sparkline row per reporting unit of this month
 * @param unitTable each unit's any-region prevalence per month
 */
public record TrendsView(
    List<String> months,
    List<Panel> panels,
    DataTable outcomeTable,
    List<UnitRow> units,
    DataTable unitTable) {

  /** An outcome's chart with its latest value and changes in words. */
  public record Panel(String outcome, String label, SafeString svg, String latest, String change) {}

  /** A unit's sparkline row. */
  public record UnitRow(
      String id,
      String name,
      SafeString svg,
      String latest,
      String vsPrevious,
      String vsBaseline,
      boolean flagged,
      String note) {}

  static TrendsView of(List<TrendRow> rows, List<PublishedSummary> units, String month) {
    List<String> months =
        rows.stream()
            .filter(r -> r.id().department() == null)
            .map(r -> r.id().month().toString())
            .distinct()
            .sorted()
            .toList();
    List<Panel> panels = new ArrayList<>();
    DataTable.Spec<String> outcomeColumns =
        DataTable.<String>spec()
            .column(
                "Month",
                false,
                m -> new DataTable.Cell(DashboardModel.monthLabel(m), m, false, ""));
    for (Outcome o : Outcome.values()) {
      Map<String, TrendRow> byMonth = new LinkedHashMap<>();
      rows.stream()
          .filter(r -> r.id().department() == null && r.id().outcome() == o)
          .forEach(r -> byMonth.put(r.id().month().toString(), r));
      outcomeColumns.number(o.label(), m -> prevalence(byMonth.get(m)), Formats::percent);
      List<TrendChart.Point> points = points(months, byMonth, List.of());
      TrendRow latest = byMonth.get(month);
      panels.add(
          new Panel(
              o.id(),
              o.label(),
              Svgs.markup(
                  TrendChart.render(
                      "trend-" + o.id(),
                      o.label() + ": share of respondents with discomfort, " + range(months),
                      "A line per month; gaps are months without reports or with withheld values;"
                          + " a ring marks a change against the baseline beyond chance.",
                      points,
                      TrendChart.PANEL)),
              latest == null ? "—" : Formats.percent(latest.figures().prevalence()),
              change(latest)));
    }
    List<UnitRow> unitRows = new ArrayList<>();
    Map<String, Map<String, TrendRow>> unitByMonth = new LinkedHashMap<>();
    for (int index = 0; index < units.size(); index++) {
      PublishedSummary u = units.get(index);
      Map<String, TrendRow> byMonth = new LinkedHashMap<>();
      rows.stream()
          .filter(r -> u.department().equals(r.id().department()))
          .filter(r -> r.id().outcome() == Outcome.ANY_REGION)
          .forEach(r -> byMonth.put(r.id().month().toString(), r));
      unitByMonth.put(u.department(), byMonth);
      List<List<String>> makeUps = new ArrayList<>();
      byMonth
          .values()
          .forEach(
              r -> {
                if (!makeUps.contains(r.figures().rolledUp())) {
                  makeUps.add(r.figures().rolledUp());
                }
              });
      TrendRow latest = byMonth.get(month);
      String name = UnitChoice.nameOf(u);
      unitRows.add(
          new UnitRow(
              u.department(),
              name,
              Svgs.markup(
                  TrendChart.render(
                      "spark-" + index,
                      name + ": discomfort in any region, " + range(months),
                      "Monthly share of the unit's respondents with discomfort in any region.",
                      points(months, byMonth, makeUps),
                      TrendChart.SPARKLINE)),
              latest == null ? "—" : Formats.percent(latest.figures().prevalence()),
              latest == null ? "—" : pointChange(latest.figures(), latest.vsPrevious()),
              latest == null ? "—" : pointChange(latest.figures(), latest.vsBaseline().change()),
              latest != null && beyondChance(latest),
              latest == null ? "" : Labels.trendNote(latest.note())));
    }
    DataTable.Spec<PublishedSummary> unitColumns =
        DataTable.<PublishedSummary>spec().text("Department", u -> UnitChoice.nameOf(u));
    for (String m : months) {
      unitColumns.column(
          shortMonth(m), true, u -> monthCell(unitByMonth.get(u.department()).get(m)));
    }
    return new TrendsView(
        months,
        panels,
        outcomeColumns.table(
            "trends-table", "The organisation's prevalence per month", months, m -> null),
        unitRows,
        unitColumns.table(
            "unit-trends-table",
            "Discomfort in any region per department and month",
            units,
            PublishedSummary::department));
  }

  private static Double prevalence(TrendRow r) {
    return r == null ? null : r.figures().prevalence();
  }

  /** A unit's month: its prevalence, or withheld when that month's value was. */
  private static DataTable.Cell monthCell(TrendRow r) {
    if (r != null && r.figures().suppressed()) {
      return DataTable.Cell.published(null, "", "withheld that month (small group)");
    }
    Double p = prevalence(r);
    return DataTable.Cell.number(p, Formats.percent(p));
  }

  private static List<TrendChart.Point> points(
      List<String> months, Map<String, TrendRow> byMonth, List<List<String>> makeUps) {
    List<TrendChart.Point> points = new ArrayList<>();
    for (String m : months) {
      TrendRow r = byMonth.get(m);
      Double p = r == null ? null : r.figures().prevalence();
      Double baseline = r == null ? null : r.vsBaseline().change().reference();
      int segment = r == null || makeUps.isEmpty() ? 0 : makeUps.indexOf(r.figures().rolledUp());
      points.add(
          new TrendChart.Point(
              m,
              p,
              segment,
              r != null && beyondChance(r),
              DashboardModel.monthLabel(m)
                  + ": "
                  + (r == null
                      ? "not in this month's units"
                      : p == null
                          ? Labels.trendNote(r.note())
                          : Formats.percent(p)
                              + (baseline == null
                                  ? ""
                                  : ", baseline "
                                      + Formats.percent(baseline)
                                      + " ("
                                      + Formats.pointChange(p, baseline)
                                      + (beyondChance(r) ? ", beyond chance" : "")
                                      + ")"))));
    }
    return points;
  }

  private static String change(TrendRow r) {
    if (r == null || r.figures().prevalence() == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (r.vsPrevious().change() != null) {
      parts.add(pointChange(r.figures(), r.vsPrevious()) + " on last month");
    }
    if (r.vsBaseline().change().change() != null) {
      parts.add(
          pointChange(r.figures(), r.vsBaseline().change())
              + " on the "
              + r.vsBaseline().months()
              + "-month baseline"
              + (beyondChance(r) ? " (beyond chance)" : ""));
    }
    return String.join("; ", parts);
  }

  /** A change in percentage points, or a dash without a comparison. */
  private static String pointChange(TrendRow.Figures now, TrendRow.Change change) {
    return change.change() == null
        ? "—"
        : Formats.pointChange(now.prevalence(), change.reference());
  }

  /** Whether the change against the baseline is beyond chance. */
  private static boolean beyondChance(TrendRow r) {
    return Boolean.TRUE.equals(r.vsBaseline().change().beyondChance());
  }

  private static String range(List<String> months) {
    return months.isEmpty()
        ? ""
        : DashboardModel.monthLabel(months.get(0))
            + " to "
            + DashboardModel.monthLabel(months.get(months.size() - 1));
  }

  /** "Oct 2026" for {@code 2026-10}, for a narrow column head. */
  static String shortMonth(String month) {
    return Labels.shortMonth(YearMonth.parse(month));
  }

  /** The months shown, in words: "November 2025 to October 2026". */
  public String range() {
    return range(months);
  }

  /** Whether there is anything to show. */
  public boolean isEmpty() {
    return months.isEmpty();
  }
}
