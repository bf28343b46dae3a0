package org.ergolens.report.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.ergolens.config.JobConfig;
import org.ergolens.report.Disclaimer;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/** Methods and definitions: what each term in the workbook means, with this run's settings. */
final class MethodsSheet {
  /** A term and what it means. */
  record Definition(String term, String meaning) {}

  private static final List<Column<Definition>> COLUMNS =
      List.of(
          new Column<>("Term", 26, d -> CellValue.text(d.term())),
          new Column<>("What it means", 110, d -> CellValue.text(d.meaning())));

  private MethodsSheet() {}

  static List<Definition> definitions(JobConfig config) {
    return List.of(
        new Definition(
            "People who answered",
            "Employees whose latest workstation survey answer falls within the last "
                + config.surveyLookbackMonths()
                + " months. Every share and prevalence is out of them."),
        new Definition(
            "Case",
            "A person who answered and reported discomfort in a body region this month, at"
                + " severity "
                + config.caseMinSeverity()
                + " or more on the questionnaire's scale. \"Any body region\" counts a person once,"
                + " whatever the region."),
        new Definition(
            "Prevalence",
            "Cases divided by the people who answered: the share of people with discomfort."),
        new Definition(
            "Share (workstation or habit)",
            "The share of the people who answered who gave that answer, e.g. who sit 8 h or"
                + " more a day."),
        new Definition(
            "Red flag",
            "Discomfort lasting "
                + Labels.moreThanDays(config.redFlagDays())
                + ", or numbness or tingling. Anyone with a red flag is advised to see a health"
                + " professional."),
        new Definition(
            "Prevalence ratio",
            "How many times more common discomfort is among people with a workstation or habit"
                + " than among those with the recommended one (e.g. a screen at eye level); 1.00"
                + " means no difference. Shown with two decimals."),
        new Definition(
            "Adjusted ratio",
            "The same comparison with the other workstation factors and habits held equal, so"
                + " that factors that go together (laptops and long sitting) are told apart."),
        new Definition(
            "Attributable cases",
            "The cases this month that are associated with a workstation or habit, from the"
                + " adjusted ratio and the cases among the people with it. It describes an"
                + " association in survey data, not a cause, so it is not the number of cases a"
                + " change would remove. It is an estimate, shown in whole people (\"about 12\"),"
                + " with its 95% interval where one is given. The cases of different factors"
                + " overlap: never add them up."),
        new Definition(
            "Risk level",
            "Low, moderate or high for each unit, from its published figures only: high when"
                + " its discomfort lies above the organisation's 99.8% funnel limit for a group of"
                + " its size, or when one workstation factor or habit that goes with more"
                + " discomfort across the organisation is associated with at least "
                + Numbers.percent(config.riskExposureHighShare())
                + " of its cases; moderate above the 95% limit, with one body region above the"
                + " 99.8% limit, or with such a factor associated with at least "
                + Numbers.percent(config.riskExposureModerateShare())
                + " of its cases."),
        new Definition(
            "95% interval",
            "The range the true value lies in with 95% confidence, given the number of people"
                + " behind the figure."),
        new Definition(
            "Beyond chance",
            "A change or difference larger than month-to-month chance alone gives, after"
                + " allowing for the many comparisons the report makes. Only these are marked."),
        new Definition(
            "Difference in differences",
            "How much more a unit's figure changed after a workplace change than the rest of"
                + " the organisation's did over the same months, in percentage points."),
        new Definition(
            "Percentage points (pp)",
            "The difference between two percentages: from 20.0% to 25.0% is +5.0 pp."),
        new Definition(
            "Withheld (suppression)",
            Labels.privacyNote(config.minGroupSize(), config.minCellCount())
                + " A figure about fewer people, or one that would let such a figure be worked"
                + " out by subtraction or reveal everyone's health in a group, reads"
                + " \"withheld\"; no withheld value is anywhere in this workbook."),
        new Definition(
            "Folded-in departments",
            "Departments with too few people who answered are reported as part of their parent"
                + " unit, which then says it also covers them."),
        new Definition(
            "Rounding",
            "Percentages have one decimal, ratios two, cases are whole people. Cells hold the"
                + " exact values, so sums and sorting use them."),
        new Definition("Not medical advice", Disclaimer.TEXT));
  }

  static void write(Sheet sheet, SheetCursor.Styles styles, JobConfig config) {
    SheetCursor s = SheetCursor.forTable(sheet, styles, COLUMNS);
    s.title("Methods and definitions");
    s.table(COLUMNS, List.of());
    s.freezeAbove();
    for (Definition d : definitions(config)) {
      s.row(COLUMNS.stream().map(c -> c.value().apply(d)).toList());
    }
    s.finishForPrint();
  }
}
