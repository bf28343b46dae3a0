package org.ergolens.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ergolens.model.Outcome;
import org.ergolens.report.Table;
import org.ergolens.text.Labels;

/**
 * Month by month: per unit (the organisation first) and body region, the prevalence of every month
 * of the trend window in one row, then this month's change against last month and against the
 * earlier months, in percentage points. Only changes beyond chance are marked (bold on yellow).
 */
final class TrendsSheet {
  private TrendsSheet() {}

  /** One unit's and region's months. */
  private record Series(String department, String outcome, Map<String, TableRow> byMonth) {
    TableRow latest() {
      return byMonth.values().stream().reduce((a, b) -> b).orElseThrow();
    }
  }

  static void write(
      SheetCursor.Styles styles,
      org.apache.poi.ss.usermodel.Sheet sheet,
      Table trends,
      Units units) {
    List<TableRow> rows = TableRow.of(trends);
    List<String> months =
        new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r.text("month")).toList()));
    Map<List<String>, Series> series = new LinkedHashMap<>();
    for (TableRow r : rows) {
      series
          .computeIfAbsent(
              java.util.Arrays.asList(r.text("department"), r.text("outcome")),
              k -> new Series(k.get(0), k.get(1), new LinkedHashMap<>()))
          .byMonth()
          .put(r.text("month"), r);
    }
    List<Column<Series>> columns = columns(months, units);
    SheetCursor s = SheetCursor.forTable(sheet, styles, columns);
    s.title("Month by month: the share of people who answered with discomfort");
    if (series.isEmpty()) {
      s.freezeAbove().paragraph("Trends are turned off for this report.");
      s.finishForPrint();
      return;
    }
    s.table(columns, List.of());
    s.freezeAbove();
    List<Series> ordered = new ArrayList<>(series.values());
    ordered.sort(java.util.Comparator.comparing((Series x) -> x.department() != null));
    for (Series x : ordered) {
      s.row(columns.stream().map(c -> c.value().apply(x)).toList());
    }
    s.skip()
        .paragraph(
            "Changes are in percentage points. Only changes beyond chance are marked (bold on"
                + " yellow); the others are within what chance alone gives from month to month.");
    s.finishForPrint();
  }

  private static List<Column<Series>> columns(List<String> months, Units units) {
    List<Column<Series>> columns = new ArrayList<>();
    columns.add(
        new Column<>("Reporting unit", 40, x -> CellValue.text(units.name(x.department()))));
    columns.add(
        new Column<>(
            "Body region", 16, x -> CellValue.text(Labels.regionTitle(Outcome.byId(x.outcome())))));
    for (String month : months) {
      columns.add(
          new Column<>(
              Labels.shortMonth(java.time.YearMonth.parse(month)),
              10,
              x -> prevalence(x.byMonth().get(month))));
    }
    columns.add(
        new Column<>(
            "Change on last month",
            12,
            x -> change(x.latest(), "change_vs_previous", "previous_beyond_chance")));
    columns.add(
        new Column<>(
            "Change on the earlier months",
            12,
            x -> change(x.latest(), "change_vs_baseline", "baseline_beyond_chance")));
    columns.add(
        new Column<>("Note", 44, x -> CellValue.text(Labels.trendNote(x.latest().text("note")))));
    return columns;
  }

  private static CellValue prevalence(TableRow r) {
    if (r == null) {
      return CellValue.EMPTY;
    }
    if (r.number("prevalence") == null) {
      return r.flag("suppressed") ? new CellValue.Withheld() : CellValue.text("no reports");
    }
    return CellValue.published(r.number("prevalence"), Format.PERCENT);
  }

  /** A change in points, marked when beyond chance. */
  private static CellValue change(TableRow r, String column, String beyondChance) {
    Number change = r.number(column);
    if (change == null) {
      return CellValue.EMPTY;
    }
    return new CellValue.Number(change.doubleValue() * 100, Format.POINTS, r.flag(beyondChance));
  }
}
