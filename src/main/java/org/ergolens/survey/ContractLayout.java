package org.ergolens.survey;

import java.util.ArrayList;
import java.util.List;
import org.ergolens.dataset.Column;
import org.ergolens.dataset.ColumnType;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.ValueType;

/**
 * The columns the import writes for one profile: the contract's columns of {@code
 * workstation_survey} and {@code discomfort_reports} that the profile fills (an optional item it
 * does not read leaves its column out, so that the job leaves that factor out), followed by two
 * columns that say where each row came from. The job ignores those, as it ignores any extra column;
 * they show in the rejects, so that a {@code duplicate_report_id} can be traced to the export row
 * that delivered the response again.
 *
 * @param survey the {@code workstation_survey} columns
 * @param surveyItems the items in {@code survey}, in column order after the first three
 * @param reports the {@code discomfort_reports} columns
 * @param reportItems the optional report items in {@code reports}, in column order
 */
public record ContractLayout(
    List<Column> survey, List<Item> surveyItems, List<Column> reports, List<Item> reportItems) {
  /** The export file a row came from (its name). */
  public static final String EXPORT_FILE = "export_file";

  /** The row's place in its export: the line a CSV record starts on, or the workbook's row. */
  public static final String EXPORT_ROW = "export_row";

  private static final List<Item> SURVEY_ITEMS =
      List.of(Item.B1, Item.B2, Item.B3, Item.B4, Item.B5, Item.B6, Item.B7);
  private static final List<Item> REPORT_ITEMS = List.of(Item.C2, Item.C3, Item.C4);

  public ContractLayout {
    survey = List.copyOf(survey);
    surveyItems = List.copyOf(surveyItems);
    reports = List.copyOf(reports);
    reportItems = List.copyOf(reportItems);
  }

  /** The layout of {@code profile}'s datasets. */
  public static ContractLayout of(Profile profile) {
    List<Column> survey = new ArrayList<>();
    survey.add(new Column(Columns.RESPONDENT_ID, ColumnType.STRING, true));
    survey.add(new Column(Columns.RESPONSE_DATE, ColumnType.DATE, true));
    survey.add(new Column(Columns.DEPARTMENT, ColumnType.STRING, true));
    List<Item> surveyItems = new ArrayList<>();
    for (Item i : SURVEY_ITEMS) {
      if (profile.question(i).isPresent()) {
        survey.add(column(i));
        surveyItems.add(i);
      }
    }
    List<Column> reports = new ArrayList<>();
    reports.add(new Column(Columns.REPORT_ID, ColumnType.STRING, true));
    reports.add(new Column(Columns.RESPONDENT_ID, ColumnType.STRING, true));
    reports.add(new Column(Columns.REPORT_DATE, ColumnType.DATE, true));
    reports.add(new Column(Columns.BODY_REGION, ColumnType.STRING, true));
    reports.add(new Column(Columns.SEVERITY, ColumnType.INTEGER, true));
    List<Item> reportItems = new ArrayList<>();
    for (Item i : REPORT_ITEMS) {
      if (profile.question(i).isPresent()) {
        reports.add(column(i));
        reportItems.add(i);
      }
    }
    for (List<Column> l : List.of(survey, reports)) {
      l.add(new Column(EXPORT_FILE, ColumnType.STRING, true));
      l.add(new Column(EXPORT_ROW, ColumnType.INTEGER, true));
    }
    return new ContractLayout(survey, surveyItems, reports, reportItems);
  }

  private static Column column(Item item) {
    ValueType t = item.contract().type();
    ColumnType type =
        switch (t) {
          case DECIMAL -> ColumnType.DECIMAL;
          case INTEGER -> ColumnType.INTEGER;
          case BOOLEAN -> ColumnType.BOOLEAN;
          default -> ColumnType.STRING;
        };
    return new Column(item.column(), type, item.requiredByContract());
  }
}
