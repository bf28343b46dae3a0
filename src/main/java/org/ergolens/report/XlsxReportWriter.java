package org.ergolens.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.dataset.ReproducibleZip;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.report.SheetCursor.Format;

/**
 * Writes {@code report.xlsx}, the workbook HR teams pass around: a summary sheet first (the
 * organisation's totals, its top actions, the reporting units with links to their sheets, the
 * notes), then one sheet per reporting unit with its ranked actions, their reasons and the unit's
 * numbers. The numbers come from the same {@link Table}s as the CSV and Parquet files, so they are
 * the same numbers with the same suppression: a withheld number shows "withheld", never a value.
 * The file holds no timestamps, so the same report gives the same bytes.
 */
public final class XlsxReportWriter {
  /** A column of the action lists: its heading, the recommendations column and its format. */
  private record ActionColumn(String heading, String column, Format format) {}

  private static final List<ActionColumn> ACTION_COLUMNS =
      List.of(
          new ActionColumn("Rank", "rank", Format.COUNT),
          new ActionColumn("Action", "title", Format.TEXT),
          new ActionColumn("What to do", "text", Format.TEXT),
          new ActionColumn("Why (this month's numbers)", "rationale", Format.TEXT),
          new ActionColumn("Factor", "factor", Format.TEXT),
          new ActionColumn("Level", "level", Format.TEXT),
          new ActionColumn("Outcome", "outcome", Format.TEXT),
          new ActionColumn("Affected share", "affected_share", Format.PERCENT),
          new ActionColumn("Attributable cases", "attributable_cases", Format.DECIMAL),
          new ActionColumn("Evidence", "evidence", Format.TEXT),
          new ActionColumn("Audience", "audience", Format.TEXT));
  private static final int[] WIDTHS = {30, 34, 50, 60, 18, 26, 14, 12, 12, 60, 12};

  private XlsxReportWriter() {}

  /** A reporting unit's sheet name and its {@code department_summary} row. */
  private record UnitSheet(String name, List<Object> row) {}

  /**
   * Writes the workbook.
   *
   * @param tables the month's tables, including {@code department_summary} and {@code
   *     recommendations}
   */
  public static void write(MonthlyReport report, List<Table> tables, OutputStream out)
      throws IOException {
    Table units = find(tables, Tables.DEPARTMENT_SUMMARY);
    Table actions = find(tables, Tables.RECOMMENDATIONS);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SheetCursor.Styles styles = new SheetCursor.Styles(wb);
      SheetNames names = new SheetNames();
      SheetCursor summary = new SheetCursor(wb.createSheet(names.next("Summary")), styles, WIDTHS);
      List<UnitSheet> unitSheets = new ArrayList<>();
      for (List<Object> row : units.rows()) {
        UnitSheet unit =
            new UnitSheet(names.next((String) row.get(units.columnIndex("department"))), row);
        writeUnit(
            new SheetCursor(wb.createSheet(unit.name()), styles, WIDTHS),
            report,
            units,
            unit.row(),
            actions);
        unitSheets.add(unit);
      }
      writeSummary(summary, report, units, actions, unitSheets);
      wb.getProperties().getCoreProperties().setCreator("ErgoLens");
      wb.getProperties().getCoreProperties().setCreated(Optional.empty());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      ReproducibleZip.copy(bytes.toByteArray(), out);
    }
  }

  private static void writeSummary(
      SheetCursor s, MonthlyReport report, Table units, Table actions, List<UnitSheet> unitSheets) {
    s.title("Workplace ergonomics report, " + report.month()).line(Disclaimer.TEXT).skip();
    s.header(List.of("Organisation this month", "Value", "Column"));
    PublishedSummary org = report.organisation();
    measure(s, org.respondents(), "respondents");
    for (Outcome o : Outcome.values()) {
      measure(s, org.cases(o), Tables.casesColumn(o));
      measure(s, org.prevalence(o), Tables.prevalenceColumn(o));
    }
    measure(s, org.redFlags(), "red_flags");
    measure(s, org.redFlagShare(), "red_flag_share");
    s.skip().line("Top actions organisation-wide, with the cases each would avoid this month");
    writeActions(s, actions, null);
    s.skip()
        .header(
            List.of("Sheet", "Reporting unit", "Name", "Respondents", "Also covers (folded in)"));
    for (UnitSheet unit : unitSheets) {
      List<Object> row = unit.row();
      Row written =
          s.values(
              Arrays.asList(
                  unit.name(),
                  row.get(units.columnIndex("department")),
                  row.get(units.columnIndex("name")),
                  row.get(units.columnIndex("respondents")),
                  blankToNull(row.get(units.columnIndex("rolled_up")))),
              List.of(Format.TEXT, Format.TEXT, Format.TEXT, Format.COUNT, Format.TEXT),
              true);
      s.linkToSheet(written, 0, unit.name());
    }
    s.skip().header(List.of("Notes"));
    report.notes().forEach(s::line);
  }

  private static void writeUnit(
      SheetCursor s, MonthlyReport report, Table units, List<Object> row, Table actions) {
    String id = (String) row.get(units.columnIndex("department"));
    Object name = row.get(units.columnIndex("name"));
    s.title(name == null ? id : name + " (" + id + ")");
    Object rolledUp = blankToNull(row.get(units.columnIndex("rolled_up")));
    if (rolledUp != null) {
      s.line(
          "Also covers "
              + rolledUp.toString().replace(";", ", ")
              + ": departments with too few respondents to be reported alone.");
    }
    s.line(Disclaimer.TEXT).skip().line("Recommended actions, " + report.month());
    writeActions(s, actions, id);
    s.skip().header(List.of("This unit's numbers", "Value", "Column"));
    List<String> columns = new ArrayList<>(List.of("respondents"));
    for (Outcome o : Outcome.values()) {
      columns.add(Tables.casesColumn(o));
      columns.add(Tables.prevalenceColumn(o));
    }
    for (String factorId : report.factors()) {
      Factor f = Factor.byId(factorId);
      f.levels().forEach(level -> columns.add(Tables.shareColumn(f, level)));
    }
    columns.addAll(List.of("red_flags", "red_flag_share"));
    for (String column : columns) {
      measure(s, (Number) row.get(units.columnIndex(column)), column);
    }
    Object reasons = row.get(units.columnIndex("suppression_reason"));
    if (reasons != null) {
      s.skip().line("Withheld to protect privacy: " + plainReasons(reasons.toString()) + ".");
    }
  }

  /** The actions of one unit (or of the organisation, {@code department} null), in rank order. */
  private static void writeActions(SheetCursor s, Table actions, String department) {
    int unit = actions.columnIndex("department");
    List<List<Object>> rows =
        actions.rows().stream().filter(r -> Objects.equals(r.get(unit), department)).toList();
    if (rows.isEmpty()) {
      s.line("No action reaches this month's thresholds with figures that may be published.");
      return;
    }
    s.header(ACTION_COLUMNS.stream().map(ActionColumn::heading).toList());
    List<Format> formats = ACTION_COLUMNS.stream().map(ActionColumn::format).toList();
    for (List<Object> r : rows) {
      List<Object> values = new ArrayList<>();
      ACTION_COLUMNS.forEach(c -> values.add(r.get(actions.columnIndex(c.column()))));
      s.values(values, formats, false);
    }
  }

  /** A labelled number, with the name of the column it comes from. */
  private static void measure(SheetCursor s, Number value, String column) {
    Format f =
        column.startsWith("prevalence_") || column.startsWith("share_") || column.endsWith("_share")
            ? Format.PERCENT
            : Format.COUNT;
    s.values(
        Arrays.asList(label(column), value, column), List.of(Format.TEXT, f, Format.TEXT), true);
  }

  /** A plain label for a department_summary column. */
  private static String label(String column) {
    for (Outcome o : Outcome.values()) {
      if (column.equals(Tables.casesColumn(o))) {
        return o.label() + ": cases";
      }
      if (column.equals(Tables.prevalenceColumn(o))) {
        return o.label() + ": prevalence";
      }
    }
    for (Factor f : Factor.values()) {
      for (String level : f.levels()) {
        if (column.equals(Tables.shareColumn(f, level))) {
          return humanise(f.id()) + ": " + level.replace('_', ' ');
        }
      }
    }
    return humanise(column);
  }

  private static String humanise(String id) {
    String s = id.replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String plainReasons(String reasons) {
    List<String> words = new ArrayList<>();
    for (String id : reasons.split(";")) {
      words.add(
          switch (SuppressionReason.byId(id)) {
            case BELOW_MIN_GROUP_SIZE -> "some groups are too small to show";
            case COMPLEMENTARY -> "some numbers would let a withheld one be worked out";
            case ATTRIBUTE_DISCLOSURE -> "some groups all share one health outcome";
            case SMALL_COUNT -> "some counts are too small to show";
            case ROLLED_UP_ROOT_BELOW_MIN -> "department-level numbers are withheld this month";
          });
    }
    return String.join("; ", words);
  }

  private static Object blankToNull(Object v) {
    return v == null || v.toString().isEmpty() ? null : v;
  }

  private static Table find(List<Table> tables, String name) {
    return tables.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + name + " table"));
  }
}
