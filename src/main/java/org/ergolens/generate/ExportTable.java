package org.ergolens.generate;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ergolens.generate.SurveyResponse.Status;
import org.ergolens.model.Factor;

/**
 * The columns of one platform's export, in the platform's order, with their header rows and how
 * each takes its value from a {@link SurveyResponse} (as {@code ../shared/questionnaire.md} section
 * 2 describes the shapes). A value is a {@link String}, {@link Integer}, {@link BigDecimal}, {@link
 * LocalDateTime} or null for an empty cell; the sink writes it as its file type does.
 */
final class ExportTable {
  /** What a column is to the import: a response id, the identity, an answer, or neither. */
  enum Role {
    RESPONSE_ID,
    IDENTITY,
    ANSWER,
    OTHER
  }

  /**
   * One column.
   *
   * @param headers its cell in each header row
   * @param role what the import makes of it
   * @param value its value for a response (the response's number in its file is given too)
   */
  record ExportColumn(List<String> headers, Role role, Function<Entry, Object> value) {}

  /** A response and its number (1, 2, …) in its file, which Microsoft Forms uses as its ID. */
  record Entry(SurveyResponse response, int number) {}

  /** The contract value of each of B1's labels, by the upper end of its range of hours. */
  static final int[][] SITTING_LABEL_VALUES = {{2, 1}, {4, 3}, {6, 5}, {8, 7}};

  static final int SITTING_LABEL_OVER_8 = 9;

  /** The contract severity of each grid label: none, mild, moderate, severe. */
  static final int[] SEVERITY_VALUES = {0, 2, 5, 8};

  private static final ZoneId FORM_ZONE = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter GOOGLE_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy/MM/dd h:mm:ss a", Locale.ENGLISH);

  private final List<ExportColumn> columns;
  private final int headerRows;

  private ExportTable(List<ExportColumn> columns, int headerRows) {
    this.columns = List.copyOf(columns);
    this.headerRows = headerRows;
  }

  List<ExportColumn> columns() {
    return columns;
  }

  /** The header rows, one list of cells per row. */
  List<List<String>> headerRows() {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < headerRows; r++) {
      List<String> row = new ArrayList<>();
      for (ExportColumn c : columns) {
        row.add(c.headers().get(r));
      }
      rows.add(row);
    }
    return rows;
  }

  /** One response's row. */
  List<Object> row(Entry e) {
    List<Object> out = new ArrayList<>(columns.size());
    for (ExportColumn c : columns) {
      out.add(c.value().apply(e));
    }
    return out;
  }

  /** The export of {@code platform}, worded as {@code q}. */
  static ExportTable of(ExportPlatform platform, Questionnaire q) {
    return switch (platform) {
      case MICROSOFT_FORMS -> forms(q);
      case GOOGLE_FORMS -> google(q);
      case QUALTRICS -> qualtrics(q);
    };
  }

  private static ExportTable forms(Questionnaire q) {
    List<String> h = q.formsHeaders();
    List<ExportColumn> c = new ArrayList<>();
    c.add(col(h.get(0), Role.RESPONSE_ID, e -> e.number()));
    c.add(col(h.get(1), Role.RESPONSE_ID, e -> e.response().started()));
    c.add(col(h.get(2), Role.RESPONSE_ID, e -> e.response().completed()));
    c.add(
        col(h.get(3), Role.IDENTITY, e -> r(e).anonymous() ? "anonymous" : r(e).person().email()));
    c.add(col(h.get(4), Role.OTHER, e -> r(e).anonymous() ? "" : r(e).person().name()));
    c.add(col(h.get(5), Role.OTHER, e -> null));
    questions(q, c, row -> row, 1);
    return new ExportTable(c, 1);
  }

  private static ExportTable google(Questionnaire q) {
    List<ExportColumn> c = new ArrayList<>();
    c.add(col("Timestamp", Role.RESPONSE_ID, e -> googleTimestamp(r(e).completed())));
    c.add(
        col("Email address", Role.IDENTITY, e -> r(e).anonymous() ? null : r(e).person().email()));
    questions(q, c, row -> q.question("C1") + " [" + row + "]", 1);
    return new ExportTable(c, 1);
  }

  private static ExportTable qualtrics(Questionnaire q) {
    List<ExportColumn> c = new ArrayList<>();
    c.add(system("StartDate", "Start Date", Role.OTHER, e -> r(e).started()));
    c.add(system("EndDate", "End Date", Role.OTHER, e -> r(e).completed()));
    c.add(
        system(
            "Status",
            "Response Type",
            Role.OTHER,
            e -> r(e).status() == Status.PREVIEW ? "Survey Preview" : "IP Address"));
    c.add(
        system(
            "IPAddress",
            "IP Address",
            Role.OTHER,
            e -> r(e).status() == Status.PREVIEW ? null : r(e).network().ipAddress()));
    c.add(system("Progress", "Progress", Role.OTHER, e -> progress(r(e))));
    c.add(
        system(
            "Duration (in seconds)",
            "Duration (in seconds)",
            Role.OTHER,
            e -> (int) java.time.Duration.between(r(e).started(), r(e).completed()).getSeconds()));
    c.add(
        system(
            "Finished",
            "Finished",
            Role.OTHER,
            e -> r(e).status() == Status.UNFINISHED ? "False" : "True"));
    c.add(
        system(
            "RecordedDate",
            "Recorded Date",
            Role.OTHER,
            e ->
                r(e).completed()
                    .plusSeconds(r(e).status() == Status.UNFINISHED ? 7 * 24 * 3600 : 1)));
    c.add(system("ResponseId", "Response ID", Role.RESPONSE_ID, e -> r(e).network().responseId()));
    c.add(
        system(
            "RecipientLastName",
            "Recipient Last Name",
            Role.OTHER,
            e -> r(e).anonymous() ? null : r(e).person().lastName()));
    c.add(
        system(
            "RecipientFirstName",
            "Recipient First Name",
            Role.OTHER,
            e -> r(e).anonymous() ? null : r(e).person().firstName()));
    c.add(
        system(
            "RecipientEmail",
            "Recipient Email",
            Role.IDENTITY,
            e -> r(e).anonymous() ? null : r(e).person().email()));
    c.add(system("ExternalReference", "External Data Reference", Role.OTHER, e -> null));
    c.add(
        system(
            "LocationLatitude",
            "Location Latitude",
            Role.OTHER,
            e -> r(e).status() == Status.PREVIEW ? null : r(e).network().latitude()));
    c.add(
        system(
            "LocationLongitude",
            "Location Longitude",
            Role.OTHER,
            e -> r(e).status() == Status.PREVIEW ? null : r(e).network().longitude()));
    c.add(
        system(
            "DistributionChannel",
            "Distribution Channel",
            Role.OTHER,
            e ->
                r(e).status() == Status.PREVIEW
                    ? "preview"
                    : r(e).anonymous() ? "anonymous" : "email"));
    c.add(system("UserLanguage", "User Language", Role.OTHER, e -> "EN"));
    questions(q, c, row -> q.question("C1") + " - " + row, 3);
    return new ExportTable(c, 3);
  }

  /**
   * The questions' columns, A2 to D1, the grid as one column per row. With three header rows
   * (Qualtrics) a column's tag is {@code Q1}, {@code Q9_1}, … and its import id follows.
   */
  private static void questions(
      Questionnaire q, List<ExportColumn> c, Function<String, String> gridHeader, int headerRows) {
    int[] number = {0};
    Function<String, List<String>> headers =
        text -> {
          number[0]++;
          return header(text, "Q" + number[0], headerRows);
        };
    c.add(new ExportColumn(headers.apply(q.question("A2")), Role.ANSWER, e -> dept(e)));
    c.add(new ExportColumn(headers.apply(q.question("B1")), Role.ANSWER, e -> sitting(q, r(e))));
    c.add(
        new ExportColumn(
            headers.apply(q.question("B2")),
            Role.ANSWER,
            e -> q.label("B2", level(Factor.MONITOR_POSITION, a(e).monitor()))));
    c.add(
        new ExportColumn(
            headers.apply(q.question("B3")),
            Role.ANSWER,
            e -> q.label("B3", level(Factor.LUMBAR_SUPPORT, a(e).lumbar()))));
    c.add(
        new ExportColumn(
            headers.apply(q.question("B4")),
            Role.ANSWER,
            e -> q.label("B4", level(Factor.BREAK_FREQUENCY, a(e).breaks()))));
    c.add(
        new ExportColumn(
            headers.apply(q.question("B5")),
            Role.ANSWER,
            e ->
                optional(
                    e, SurveyAnswer.BLANK_EXERCISE, () -> q.label("B5", a(e).exerciseDays()))));
    c.add(
        new ExportColumn(
            headers.apply(q.question("B6")),
            Role.ANSWER,
            e ->
                optional(
                    e,
                    SurveyAnswer.BLANK_DESK,
                    () -> q.label("B6", level(Factor.DESK_TYPE, a(e).desk())))));
    c.add(
        new ExportColumn(
            headers.apply(q.question("B7")),
            Role.ANSWER,
            e ->
                optional(
                    e,
                    SurveyAnswer.BLANK_LOCATION,
                    () -> q.label("B7", Datasets.WORK_LOCATIONS.get(a(e).location())))));
    number[0]++;
    String grid = "Q" + number[0];
    for (int row = 0; row < q.gridRows().size(); row++) {
      int region = row;
      c.add(
          new ExportColumn(
              header(gridHeader.apply(q.gridRows().get(row)), grid + "_" + (row + 1), headerRows),
              Role.ANSWER,
              e -> answered(e) ? q.severities().get(r(e).severities()[region]) : null));
    }
    c.add(
        new ExportColumn(
            headers.apply(q.question("C2")),
            Role.ANSWER,
            e -> r(e).durationDays() == null ? null : q.label("C2", r(e).durationDays())));
    c.add(
        new ExportColumn(
            headers.apply(q.question("C3")),
            Role.ANSWER,
            e -> r(e).numbness() == null ? null : q.label("C3", r(e).numbness())));
    c.add(
        new ExportColumn(
            headers.apply(q.question("C4")),
            Role.ANSWER,
            e -> r(e).interferes() == null ? null : q.label("C4", r(e).interferes())));
    c.add(new ExportColumn(headers.apply(q.question("D1")), Role.OTHER, e -> r(e).freeText()));
  }

  /** B1's answer: its label, or the hours as a number when the questionnaire asks for one. */
  static Object sitting(Questionnaire q, SurveyResponse r) {
    if (q.sittingAsNumber()) {
      return SurveyRows.hours(r.answer().halfHours());
    }
    return q.label("B1", sittingValue(r.answer().halfHours()));
  }

  /** The contract value of B1's label for the drawn hours. */
  static int sittingValue(int halfHours) {
    for (int[] band : SITTING_LABEL_VALUES) {
      if (halfHours < band[0] * 2) {
        return band[1];
      }
    }
    return SITTING_LABEL_OVER_8;
  }

  private static Object dept(Entry e) {
    return r(e).department().name();
  }

  /** An unfinished response stops after the workstation questions. */
  private static boolean answered(Entry e) {
    return r(e).status() != Status.UNFINISHED;
  }

  private static Object optional(Entry e, int blank, java.util.function.Supplier<Object> value) {
    return a(e).blank(blank) ? null : value.get();
  }

  private static Integer progress(SurveyResponse r) {
    return r.status() == Status.UNFINISHED ? 45 : 100;
  }

  private static String level(Factor f, int index) {
    return f.levels().get(index);
  }

  private static SurveyResponse r(Entry e) {
    return e.response();
  }

  private static SurveyAnswer a(Entry e) {
    return e.response().answer();
  }

  private static String googleTimestamp(LocalDateTime t) {
    ZoneOffset offset = FORM_ZONE.getRules().getOffset(t);
    return GOOGLE_TIMESTAMP.format(t) + " GMT+" + offset.getTotalSeconds() / 3600;
  }

  private static ExportColumn col(String header, Role role, Function<Entry, Object> value) {
    return new ExportColumn(List.of(header), role, value);
  }

  private static ExportColumn system(
      String tag, String text, Role role, Function<Entry, Object> value) {
    return new ExportColumn(
        List.of(tag, text, "{\"ImportId\":\"" + importId(tag) + "\"}"), role, value);
  }

  private static String importId(String tag) {
    return Character.toLowerCase(tag.charAt(0)) + tag.substring(1).replaceAll("[^A-Za-z]", "");
  }

  private static List<String> header(String text, String tag, int headerRows) {
    return headerRows == 1
        ? List.of(text)
        : List.of(tag, text, "{\"ImportId\":\"QID" + tag.substring(1) + "\"}");
  }
}
