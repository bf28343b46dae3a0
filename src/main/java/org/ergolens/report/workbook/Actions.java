package org.ergolens.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.recommend.Recommendation;
import org.ergolens.report.Table;
import org.ergolens.text.Estimate;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * The ranked actions of the {@code recommendations} table as the workbook shows them: the columns
 * of a unit's or the organisation's list, and of the sheet of every unit's actions.
 */
final class Actions {
  private static final String EVIDENCE = "Evidence";
  private static final int TEXT_WIDTH = 44;
  private static final int WIDE_TEXT_WIDTH = 70;

  private Actions() {}

  /**
   * The columns of one unit's (or the organisation's) list, in its rank order. The summary and unit
   * sheets take their column widths from it; their blocks of figures use its first four columns.
   */
  private static final List<Column<TableRow>> LIST =
      List.of(
          new Column<>("Action", 34, r -> CellValue.text(r.text("title"))),
          new Column<>(
              "Share of people affected",
              13,
              r -> CellValue.number(r.number("affected_share"), Format.PERCENT, null)),
          new Column<>(
              "Cases associated (about)",
              13,
              r -> CellValue.number(r.number("attributable_cases"), Format.CASES, null)),
          new Column<>("Body region", 14, r -> CellValue.text(region(r))),
          new Column<>("Workstation or habit", 24, r -> CellValue.text(exposure(r))),
          new Column<>("Who acts", 16, r -> CellValue.text(audience(r))),
          new Column<>(
              "Why (this month's numbers)", TEXT_WIDTH, r -> CellValue.text(r.text("rationale"))),
          new Column<>("What to do", TEXT_WIDTH, r -> CellValue.text(r.text("text"))),
          new Column<>(EVIDENCE, 36, r -> CellValue.text(r.text("evidence"))),
          new Column<>("Status", 12, r -> CellValue.text(status(r))));

  /**
   * The columns of an action list for this {@code recommendations} table: with the 95% interval of
   * the cases after the cases, when the table gives one.
   */
  static List<Column<TableRow>> list(Table recommendations) {
    boolean interval =
        recommendations.columns().stream()
            .anyMatch(c -> c.name().equals("attributable_cases_ci_high"));
    if (!interval) {
      return LIST;
    }
    List<Column<TableRow>> columns = new ArrayList<>(LIST);
    columns.add(3, new Column<>("95% interval of the cases", 14, Actions::casesInterval));
    return columns;
  }

  private static CellValue casesInterval(TableRow r) {
    Number value = r.number("attributable_cases");
    Number low = r.number("attributable_cases_ci_low");
    Number high = r.number("attributable_cases_ci_high");
    if (value == null || low == null || high == null) {
      return CellValue.EMPTY;
    }
    String text =
        Numbers.cases(new Estimate(value.doubleValue(), low.doubleValue(), high.doubleValue()));
    return CellValue.text(text.substring(text.indexOf("(95% CI ") + 8, text.length() - 1));
  }

  /** The actions of one unit, or of the organisation ({@code department} null), in rank order. */
  static List<TableRow> of(Table recommendations, String department) {
    return TableRow.of(recommendations).stream()
        .filter(r -> Objects.equals(r.text("department"), department))
        .toList();
  }

  /** The columns of the sheet of every unit's actions. */
  static List<Column<TableRow>> everyUnit(Table recommendations, Units units) {
    List<Column<TableRow>> columns = new ArrayList<>();
    columns.add(
        new Column<>("Reporting unit", 28, r -> CellValue.text(units.name(r.text("department")))));
    columns.add(
        new Column<>("Rank", 7, r -> CellValue.number(r.number("rank"), Format.COUNT, null)));
    // The evidence is the same for every unit given an action: it is on the units' sheets. The
    // two texts take the room it leaves, so that their rows are shorter and the sheet prints in
    // fewer pages.
    list(recommendations).stream()
        .filter(c -> !c.heading().equals(EVIDENCE))
        .map(c -> c.width() == TEXT_WIDTH ? c.withWidth(WIDE_TEXT_WIDTH) : c)
        .forEach(columns::add);
    return columns;
  }

  /** "Recommended", or "Under way" for an action a configured change already addresses. */
  static String status(TableRow r) {
    return Recommendation.UNDER_WAY.equals(r.text("status")) ? "Under way" : "Recommended";
  }

  /** The exposure an action targets, in words; null for outcome and red-flag actions. */
  static String exposure(TableRow r) {
    String factor = r.text("factor");
    String level = r.text("level");
    if (factor == null || level == null) {
      return null;
    }
    return Labels.exposures(Factor.byId(factor), List.of(level.split(";")));
  }

  static String region(TableRow r) {
    String outcome = r.text("outcome");
    return outcome == null ? null : Labels.regionTitle(Outcome.byId(outcome));
  }

  static String audience(TableRow r) {
    String audience = r.text("audience");
    return audience == null ? null : Labels.audience(audience);
  }
}
