package org.ergolens.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.dataset.ReproducibleZip;
import org.ergolens.model.Outcome;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.report.Disclaimer;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.RiskText;
import org.ergolens.report.Table;
import org.ergolens.report.Tables;
import org.ergolens.report.UnitSummary;
import org.ergolens.text.Labels;

/**
 * Writes {@code report.xlsx}, the workbook HR teams work with: a Summary (the organisation's
 * figures, its first actions, a link to every sheet, the notes), every unit's actions on one
 * filterable sheet, a heatmap of units by body region, the trends, the follow-up of workplace
 * changes, one sheet per reporting unit with the organisation's figures beside its own, and the
 * methods and definitions.
 *
 * <p>The numbers come from the same {@link Table}s as the CSV and Parquet files, so they are the
 * same numbers with the same suppression: a withheld number reads "withheld", never a value.
 * Everything a person reads is in words ({@link Labels}), never a code. The file holds no
 * timestamps, so the same report gives the same bytes.
 */
public final class XlsxReportWriter {
  /** How the organisation as a whole is named. */
  static final String ORGANISATION = "Whole organisation";

  static final String SUMMARY = "Summary";
  static final String RECOMMENDATIONS = "Recommendations";
  static final String HEATMAP = "Heatmap";
  static final String TRENDS = "Trends";
  static final String FOLLOW_UP = "Follow-up";
  static final String METHODS = "Methods & definitions";

  private XlsxReportWriter() {}

  /**
   * Writes the workbook.
   *
   * @param tables the month's tables: {@code department_summary}, {@code recommendations} and, when
   *     present, {@code department_trends} and {@code intervention_followup}
   */
  public static void write(MonthlyReport report, List<Table> tables, OutputStream out)
      throws IOException {
    Table summaryTable = find(tables, Tables.DEPARTMENT_SUMMARY).orElseThrow();
    Table actions = find(tables, Tables.RECOMMENDATIONS).orElseThrow();
    TableRow organisation =
        TableRow.of(
                Tables.departmentSummary(
                    List.of(new UnitSummary(report.organisation(), Optional.empty()))))
            .get(0);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SheetCursor.Styles styles = new SheetCursor.Styles(wb);
      SheetNames names = new SheetNames();
      List.of(SUMMARY, RECOMMENDATIONS, HEATMAP, TRENDS, FOLLOW_UP, METHODS).forEach(names::next);
      Map<String, Optional<UnitRisk>> risks = new HashMap<>();
      report.unitSummaries().forEach(u -> risks.put(u.published().department(), u.risk()));
      Units units = new Units(summaryTable, names, report.departmentNames(), risks);
      Sheet summary = wb.createSheet(SUMMARY);
      writeRecommendations(wb.createSheet(RECOMMENDATIONS), styles, actions, units);
      HeatmapSheet.write(wb.createSheet(HEATMAP), styles, units, organisation);
      TrendsSheet.write(
          styles,
          wb.createSheet(TRENDS),
          find(tables, Tables.DEPARTMENT_TRENDS).orElse(Tables.departmentTrends(List.of())),
          units);
      FollowUpSheet.write(
          wb.createSheet(FOLLOW_UP),
          styles,
          find(tables, Tables.INTERVENTION_FOLLOWUP).orElse(Tables.interventionFollowUp(List.of())),
          units);
      for (Units.Unit unit : units.all()) {
        UnitSheet.write(
            SheetCursor.forTable(wb.createSheet(unit.sheet()), styles, Actions.list(actions)),
            unit,
            organisation,
            actions,
            units,
            report.factors(),
            headcountGiven(report));
      }
      MethodsSheet.write(wb.createSheet(METHODS), styles, report.config());
      writeSummary(
          SheetCursor.forTable(summary, styles, Actions.list(actions)),
          report,
          organisation,
          actions,
          units);
      wb.getProperties().getCoreProperties().setCreator("ErgoLens");
      wb.getProperties().getCoreProperties().setCreated(Optional.empty());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      ReproducibleZip.copy(bytes.toByteArray(), out);
    }
  }

  private static void writeSummary(
      SheetCursor s, MonthlyReport report, TableRow organisation, Table actions, Units units) {
    s.title("Workplace ergonomics report, " + Labels.month(YearMonth.parse(report.month())))
        .freezeAbove();
    s.paragraph(Disclaimer.TEXT)
        .paragraph(
            Labels.privacyNote(report.config().minGroupSize(), report.config().minCellCount()));
    s.skip().heading("First actions across the organisation");
    UnitSheet.actions(s, actions, Actions.of(actions, null));
    s.skip().heading("The organisation this month");
    UnitSheet.figures(
        s, organisation, organisation, "Organisation", report.factors(), headcountGiven(report));
    s.skip().heading("Sheets in this workbook");
    s.header(List.of("Sheet", "People who answered", "Risk level", "What it holds"));
    contents(s, RECOMMENDATIONS, "Every unit's actions in one list, with a filter on each column.");
    contents(s, HEATMAP, "Discomfort by unit and body region, coloured from lowest to highest.");
    contents(s, TRENDS, "Each unit's discomfort month by month, and the changes beyond chance.");
    contents(s, FOLLOW_UP, "How each configured workplace change has worked out so far.");
    for (Units.Unit unit : units.all()) {
      List<CellValue> row = new ArrayList<>();
      row.add(new CellValue.Link(unit.sheet(), unit.sheet()));
      row.add(CellValue.published(unit.row().number("respondents"), Format.COUNT));
      row.add(CellValue.text(RiskText.level(unit.risk())));
      String folded = units.names(unit.row().text("rolled_up"));
      row.add(
          CellValue.text(
              "This unit's actions and figures"
                  + (folded == null ? "." : "; it also covers " + folded + ".")));
      s.row(row, true);
    }
    contents(s, METHODS, "What each term means and how the figures are computed.");
    divisions(s, units);
    if (!report.notes().isEmpty()) {
      s.skip().heading("Notes");
      report.notes().forEach(s::paragraph);
    }
    s.finishForPrint();
  }

  /** Whether the month has a headcount dataset, so that participation is shown. */
  private static boolean headcountGiven(MonthlyReport report) {
    return report.organisation().participation().unknown()
        != org.ergolens.model.Participation.Unknown.NOT_GIVEN;
  }

  /**
   * Each division (a unit with every unit below it) with its figures; nothing without a department
   * tree.
   */
  private static void divisions(SheetCursor s, Units units) {
    if (units.divisions().isEmpty()) {
      return;
    }
    s.skip().heading("Divisions: each department with every team below it");
    s.header(List.of("Division", "People who answered", "Any region", "Made up of"));
    for (TableRow d : units.divisions()) {
      List<String> covered = new ArrayList<>();
      covered.add(d.text("department"));
      String rolledUp = d.text("rolled_up");
      if (rolledUp != null && !rolledUp.isEmpty()) {
        covered.addAll(List.of(rolledUp.split(";")));
      }
      s.row(
          List.of(
              CellValue.text(Labels.division(d.text("department"), d.text("name"))),
              CellValue.published(d.number("respondents"), Format.COUNT),
              CellValue.published(
                  d.number(Tables.prevalenceColumn(Outcome.ANY_REGION)), Format.PERCENT),
              CellValue.text(
                  Labels.and(covered.stream().filter(units::isUnit).map(units::name).toList()))),
          true);
    }
  }

  private static void contents(SheetCursor s, String sheet, String what) {
    s.row(
        List.of(
            new CellValue.Link(sheet, sheet),
            CellValue.EMPTY,
            CellValue.EMPTY,
            CellValue.text(what)),
        true);
  }

  private static void writeRecommendations(
      Sheet sheet, SheetCursor.Styles styles, Table actions, Units units) {
    List<Column<TableRow>> columns = Actions.everyUnit(actions, units);
    SheetCursor s = SheetCursor.forTable(sheet, styles, columns);
    s.title("Every unit's actions, in rank order within each unit");
    int header = s.table(columns, List.of());
    s.freezeAbove();
    List<TableRow> rows = new ArrayList<>(TableRow.of(actions));
    // The organisation's list first, then the units' in the table's order.
    rows.sort(java.util.Comparator.comparing((TableRow r) -> r.text("department") != null));
    for (TableRow r : rows) {
      s.row(columns.stream().map(c -> c.value().apply(r)).toList());
    }
    s.autoFilter(header, columns.size());
    s.finishForPrint();
  }

  private static Optional<Table> find(List<Table> tables, String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
