package org.ergolens.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ergolens.model.Outcome;
import org.ergolens.report.Tables;
import org.ergolens.text.Labels;

/**
 * Units by body region: the prevalence of discomfort in every unit and region, the organisation
 * first, each unit with the people who answered, coloured within each region from pale (lowest) to
 * deep red (highest) by a colour scale that recolours when the numbers are edited or sorted. A
 * withheld value reads "withheld" and takes no colour.
 */
final class HeatmapSheet {
  private HeatmapSheet() {}

  static List<Column<TableRow>> columns(Units units) {
    List<Column<TableRow>> columns = new ArrayList<>();
    columns.add(
        new Column<>("Reporting unit", 30, r -> CellValue.text(units.name(r.text("department")))));
    columns.add(
        new Column<>(
            "People who answered",
            12,
            r -> CellValue.published(r.number("respondents"), Format.COUNT)));
    for (Outcome o : Outcome.values()) {
      columns.add(
          new Column<>(
              Labels.regionTitle(o),
              11,
              r -> CellValue.published(r.number(Tables.prevalenceColumn(o)), Format.PERCENT)));
    }
    return columns;
  }

  static void write(Sheet sheet, SheetCursor.Styles styles, Units units, TableRow organisation) {
    List<Column<TableRow>> columns = columns(units);
    SheetCursor s = SheetCursor.forTable(sheet, styles, columns);
    s.title("Discomfort by unit and body region: the share of people who answered with discomfort");
    List<TableRow> rows = new ArrayList<>();
    rows.add(organisation);
    units.all().forEach(u -> rows.add(u.row()));
    int header = s.table(columns, List.of());
    s.freezeAbove();
    for (TableRow r : rows) {
      s.row(columns.stream().map(c -> c.value().apply(r)).toList());
    }
    for (int column = 2; column < columns.size(); column++) {
      colourScale(sheet, new CellRangeAddress(header + 1, s.nextRow() - 1, column, column));
    }
    s.skip()
        .paragraph(
            "The first row is the whole organisation. Colours compare the units within each body"
                + " region: from pale for the lowest to deep red for the highest prevalence;"
                + " withheld values take no colour.");
    s.finishForPrint();
  }

  private static void colourScale(Sheet sheet, CellRangeAddress range) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
    ColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.getThresholds()[0].setRangeType(RangeType.MIN);
    scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
    scale.getThresholds()[1].setValue(50d);
    scale.getThresholds()[2].setRangeType(RangeType.MAX);
    List<ExtendedColor> colours = new ArrayList<>();
    for (String argb : List.of("FFFFF5F0", "FFFC9272", "FFCB181D")) {
      ExtendedColor c = sheet.getWorkbook().getCreationHelper().createExtendedColor();
      c.setARGBHex(argb);
      colours.add(c);
    }
    scale.setColors(colours.toArray(new Color[0]));
    cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }
}
