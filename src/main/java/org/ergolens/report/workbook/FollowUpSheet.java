package org.ergolens.report.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.report.Table;
import org.ergolens.text.Estimate;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * The follow-up of every configured workplace change: for each, the unit's share at the targeted
 * level and its prevalence before and since the change, the rest of the organisation's beside them,
 * the difference in differences with its 95% interval, what that shows and what to keep in mind.
 */
final class FollowUpSheet {
  private static final int[] WIDTHS = {34, 13, 13, 13, 13, 16, 24};

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private FollowUpSheet() {}

  static void write(Sheet sheet, SheetCursor.Styles styles, Table followUp, Units units) {
    SheetCursor s = new SheetCursor(sheet, styles, WIDTHS);
    s.title("Follow-up of workplace changes").freezeAbove();
    List<TableRow> rows = TableRow.of(followUp);
    if (rows.isEmpty()) {
      s.paragraph("No workplace change is configured for follow-up.");
    }
    for (TableRow r : rows) {
      Factor factor = Factor.byId(r.text("factor"));
      Outcome outcome = Outcome.byId(r.text("outcome"));
      s.skip().heading(units.name(r.text("unit")) + ": " + r.text("description"));
      s.paragraph(
          "Since "
              + LocalDate.parse(r.text("start")).format(DAY)
              + "; compared over "
              + Numbers.count(r.number("months_before").longValue())
              + " months before and "
              + Numbers.count(r.number("months_after").longValue())
              + " since, against the rest of the organisation.");
      s.header(
          List.of(
              "Measure",
              "This unit before",
              "This unit since",
              "The others before",
              "The others since",
              "Difference in differences",
              "95% interval"));
      s.row(measure(r, "exposure", Labels.exposure(factor, r.text("level"))));
      s.row(measure(r, "prevalence", Labels.capitalise(Labels.discomfort(outcome))));
      List<String> findings = new ArrayList<>();
      finding(r, "exposure", "The share with " + Labels.exposurePhrase(factor, r.text("level")))
          .ifPresent(findings::add);
      finding(r, "prevalence", Labels.capitalise(Labels.discomfort(outcome)))
          .ifPresent(findings::add);
      s.paragraph(
          findings.isEmpty()
              ? "Not enough published data to estimate the change."
              : String.join(" ", findings));
      if (r.text("caveat") != null) {
        s.paragraph(r.text("caveat"));
      }
    }
    s.finishForPrint();
  }

  /**
   * What a measure's difference in differences shows, in a sentence: a change beyond chance (its
   * 95% interval excludes zero) or one within it.
   */
  static Optional<String> finding(TableRow r, String name, String what) {
    Number did = r.number(name + "_did");
    Number low = r.number(name + "_did_ci_low");
    Number high = r.number(name + "_did_ci_high");
    if (did == null || low == null || high == null) {
      return Optional.empty();
    }
    Estimate e = new Estimate(did.doubleValue(), low.doubleValue(), high.doubleValue());
    String numbers =
        "difference in differences "
            + Numbers.points(e.value())
            + ", 95% CI "
            + Numbers.pointsInterval(e.low(), e.high());
    if (e.low() <= 0 && e.high() >= 0) {
      return Optional.of(
          what
              + " changed no more than chance explains, compared with the rest of the"
              + " organisation ("
              + numbers
              + ").");
    }
    return Optional.of(
        what
            + (e.value() < 0 ? " fell" : " rose")
            + " by "
            + Numbers.points(Math.abs(e.value())).replaceFirst("^\\+", "")
            + " more than in the rest of the organisation ("
            + numbers
            + ").");
  }

  private static List<CellValue> measure(TableRow r, String name, String label) {
    List<CellValue> row = new ArrayList<>();
    row.add(CellValue.text(label));
    for (String column :
        List.of(
            name + "_before",
            name + "_after",
            "others_" + name + "_before",
            "others_" + name + "_after")) {
      row.add(CellValue.number(r.number(column), Format.PERCENT, Numbers.NOT_AVAILABLE));
    }
    Number did = r.number(name + "_did");
    Number low = r.number(name + "_did_ci_low");
    Number high = r.number(name + "_did_ci_high");
    row.add(
        did == null
            ? CellValue.text(Numbers.NOT_AVAILABLE)
            : new CellValue.Number(did.doubleValue() * 100, Format.POINTS, false));
    row.add(
        low == null || high == null
            ? CellValue.EMPTY
            : CellValue.text(Numbers.pointsInterval(low.doubleValue(), high.doubleValue())));
    return row;
  }
}
