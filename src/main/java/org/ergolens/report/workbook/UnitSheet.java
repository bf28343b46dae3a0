package org.ergolens.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.report.Disclaimer;
import org.ergolens.report.RiskText;
import org.ergolens.report.Table;
import org.ergolens.report.Tables;
import org.ergolens.text.Labels;

/**
 * A reporting unit's sheet: its first actions, then its figures with the organisation's beside them
 * (at a glance, by body region, by workstation and habit), and why any figure is withheld.
 */
final class UnitSheet {
  /** The headings of the blocks of figures, which tests find them by. */
  static final String AT_A_GLANCE = "At a glance";

  static final String BY_REGION = "Body region";
  static final String BY_EXPOSURE = "Workstation or habit";

  private UnitSheet() {}

  static void write(
      SheetCursor s,
      Units.Unit unit,
      TableRow organisation,
      Table actions,
      Units units,
      List<String> factors) {
    s.title(unit.name()).freezeAbove();
    String folded = units.names(unit.row().text("rolled_up"));
    if (folded != null) {
      s.paragraph(
          "Also covers "
              + folded
              + ": departments with too few people who answered to be reported on their own.");
    }
    s.paragraph(Disclaimer.TEXT);
    String why = RiskText.reasons(unit.risk());
    s.paragraph(
            "Risk level: "
                + RiskText.level(unit.risk())
                + (why.isEmpty() ? "." : ", as " + why + "."))
        .skip();
    s.heading("What to do first");
    actions(s, actions, Actions.of(actions, unit.id()));
    s.skip().heading("This unit's figures, with the organisation's beside them");
    figures(s, unit.row(), organisation, "This unit", factors);
    String reasons = unit.row().text("suppression_reason");
    if (reasons != null) {
      s.skip().paragraph("Some figures are " + Labels.withheldBecause(reasons) + ".");
    }
    s.finishForPrint();
  }

  /** An action list, or a line saying there is none. */
  static void actions(SheetCursor s, Table table, List<TableRow> rows) {
    if (rows.isEmpty()) {
      s.paragraph("No action reaches this month's thresholds with figures that may be published.");
    } else {
      s.table(Actions.list(table), rows);
    }
  }

  /**
   * Three blocks of figures: at a glance, by body region and by workstation and habit; the
   * organisation's beside the unit's when {@code unit} is not the organisation itself.
   */
  static void figures(
      SheetCursor s, TableRow unit, TableRow organisation, String heading, List<String> factors) {
    boolean compare = unit != organisation;
    s.header(
        compare ? List.of(AT_A_GLANCE, heading, "Organisation") : List.of(AT_A_GLANCE, heading));
    figure(s, "People who answered", "respondents", Format.COUNT, unit, organisation, compare);
    figure(s, "People with a red flag", "red_flags", Format.COUNT, unit, organisation, compare);
    figure(
        s, "Share with a red flag", "red_flag_share", Format.PERCENT, unit, organisation, compare);
    s.skip();
    s.header(
        compare
            ? List.of(BY_REGION, "Cases", "Prevalence", "Organisation prevalence")
            : List.of(BY_REGION, "Cases", "Prevalence"));
    for (Outcome o : Outcome.values()) {
      List<CellValue> row = new ArrayList<>();
      row.add(CellValue.text(Labels.regionTitle(o)));
      row.add(CellValue.published(unit.number(Tables.casesColumn(o)), Format.COUNT));
      row.add(CellValue.published(unit.number(Tables.prevalenceColumn(o)), Format.PERCENT));
      if (compare) {
        row.add(
            CellValue.published(organisation.number(Tables.prevalenceColumn(o)), Format.PERCENT));
      }
      s.row(row);
    }
    s.skip();
    s.header(
        compare
            ? List.of(BY_EXPOSURE, "Share here", "Organisation share")
            : List.of(BY_EXPOSURE, "Share"));
    for (String factorId : factors) {
      Factor f = Factor.byId(factorId);
      for (String level : f.levels()) {
        figure(
            s,
            Labels.exposure(f, level),
            Tables.shareColumn(f, level),
            Format.PERCENT,
            unit,
            organisation,
            compare);
      }
    }
  }

  private static void figure(
      SheetCursor s,
      String label,
      String column,
      Format format,
      TableRow unit,
      TableRow organisation,
      boolean compare) {
    List<CellValue> row = new ArrayList<>();
    row.add(CellValue.text(label));
    row.add(CellValue.published(unit.number(column), format));
    if (compare) {
      row.add(CellValue.published(organisation.number(column), format));
    }
    s.row(row);
  }
}
