package org.ergolens.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ergolens.dataset.Column;
import org.ergolens.dataset.ColumnType;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.dataset.RowSink;
import org.ergolens.dataset.RowSinks;
import org.ergolens.generate.ExportTable.Entry;
import org.ergolens.generate.ExportTable.ExportColumn;
import org.ergolens.generate.ExportTable.Role;
import org.ergolens.generate.Seeds.Purpose;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.pseudonym.Pseudonymizer;
import org.ergolens.pseudonym.ResponseIds;

/**
 * Writes a synthetic organisation's responses to the combined questionnaire as a survey platform
 * exports them ({@code ../shared/questionnaire.md} section 2): Microsoft Forms workbooks (one per
 * monthly form, some responses anonymous), a Google Forms CSV (emails collected), or a Qualtrics
 * CSV (three header rows, previews, unfinished responses, anonymous-link responses). Every export
 * has free-text comments, some over several lines and some naming people, and the identifying
 * columns each platform has. {@code departments.csv} is written beside it.
 *
 * <p>With {@link #withTwin}, it also writes the <em>contract-shaped twin</em> of the same
 * responses: the {@code workstation_survey} and {@code discomfort_reports} rows that importing the
 * export through the platform's profile must give, computed here from the drawn responses (not by
 * the import), for tests.
 *
 * <p>The same spec, platform, wording and dialect always give byte-identical files.
 */
public final class SurveyExportGenerator {
  /** Responses a platform records as anonymous. */
  static final double FORMS_ANONYMOUS = 0.10;

  static final double QUALTRICS_ANONYMOUS = 0.15;

  /** Previews the author of a Qualtrics survey sends: in its first month, then in later ones. */
  static final int FIRST_MONTH_PREVIEWS = 3;

  static final int LATER_PREVIEWS = 1;

  /** The twin's datasets, as the import writes them for the standard questionnaire. */
  static final List<Column> TWIN_SURVEY =
      List.of(
          new Column(Datasets.RESPONDENT_ID, ColumnType.STRING, true),
          new Column(Datasets.RESPONSE_DATE, ColumnType.DATE, true),
          new Column(Datasets.DEPARTMENT, ColumnType.STRING, true),
          new Column(Datasets.SITTING_HOURS, ColumnType.DECIMAL, true),
          new Column(Datasets.MONITOR_POSITION, ColumnType.STRING, true),
          new Column(Datasets.LUMBAR_SUPPORT, ColumnType.STRING, true),
          new Column(Datasets.BREAK_FREQUENCY, ColumnType.STRING, true),
          new Column(Datasets.EXERCISE_DAYS, ColumnType.INTEGER, false),
          new Column(Datasets.DESK_TYPE, ColumnType.STRING, false),
          new Column(Datasets.WORK_LOCATION, ColumnType.STRING, false),
          new Column("export_file", ColumnType.STRING, true),
          new Column("export_row", ColumnType.INTEGER, true));

  static final List<Column> TWIN_REPORTS =
      List.of(
          new Column(Datasets.REPORT_ID, ColumnType.STRING, true),
          new Column(Datasets.RESPONDENT_ID, ColumnType.STRING, true),
          new Column(Datasets.REPORT_DATE, ColumnType.DATE, true),
          new Column(Datasets.BODY_REGION, ColumnType.STRING, true),
          new Column(Datasets.SEVERITY, ColumnType.INTEGER, true),
          new Column(Datasets.DURATION_DAYS, ColumnType.INTEGER, false),
          new Column(Datasets.NUMBNESS_TINGLING, ColumnType.BOOLEAN, false),
          new Column(Datasets.INTERFERES_WITH_WORK, ColumnType.BOOLEAN, false),
          new Column("export_file", ColumnType.STRING, true),
          new Column("export_row", ColumnType.INTEGER, true));

  /**
   * What was written.
   *
   * @param files the export files, in the order an import reads them
   * @param responses rows written, previews and unfinished responses included
   * @param imported responses an import keeps (neither a preview nor unfinished)
   * @param previews platform previews
   * @param unfinished unfinished responses
   * @param anonymous anonymous responses among those kept
   * @param reports discomfort reports among those kept
   * @param identifying with a twin: every email address, name, free-text comment, IP address and
   *     location the export holds, which no output of the job may hold (empty without a twin)
   */
  public record Result(
      List<Path> files,
      long responses,
      long imported,
      long previews,
      long unfinished,
      long anonymous,
      long reports,
      Set<String> identifying) {}

  private final GeneratorSpec spec;
  private final ExportPlatform platform;
  private final Questionnaire questionnaire;
  private final ExportDialect dialect;
  private final String fileStem;
  private final Path twinDirectory;
  private final ResponseIds ids;
  private final Organisation organisation = Organisation.standard();

  /** The export of {@code platform} in its own file type, worded as the standard questionnaire. */
  public SurveyExportGenerator(GeneratorSpec spec, ExportPlatform platform) {
    this(
        spec,
        platform,
        Questionnaire.english(),
        platform.dialect(),
        "ergonomics-survey",
        null,
        null);
  }

  private SurveyExportGenerator(
      GeneratorSpec spec,
      ExportPlatform platform,
      Questionnaire questionnaire,
      ExportDialect dialect,
      String fileStem,
      Path twinDirectory,
      ResponseIds ids) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.fileStem = fileStem;
    this.twinDirectory = twinDirectory;
    this.ids = ids;
  }

  /** The same export worded otherwise (a custom questionnaire, another language). */
  public SurveyExportGenerator withQuestionnaire(Questionnaire q, String fileStem) {
    return new SurveyExportGenerator(spec, platform, q, dialect, fileStem, twinDirectory, ids);
  }

  /** The same export in another file type, e.g. saved as CSV in a European locale. */
  public SurveyExportGenerator withDialect(ExportDialect d) {
    return new SurveyExportGenerator(
        spec, platform, questionnaire, d, fileStem, twinDirectory, ids);
  }

  /**
   * Also writes the contract-shaped twin into {@code directory}, its ids made with {@code
   * pseudonymizer} (the key the import will be given).
   */
  public SurveyExportGenerator withTwin(Path directory, Pseudonymizer pseudonymizer) {
    return new SurveyExportGenerator(
        spec,
        platform,
        questionnaire,
        dialect,
        fileStem,
        directory,
        new ResponseIds(pseudonymizer));
  }

  /** Writes the export (and the departments, and the twin if asked) into {@code directory}. */
  public Result generate(Path directory) throws IOException {
    Files.createDirectories(directory);
    Generator.writeDepartments(directory, organisation);
    HistoryCalendar calendar =
        new HistoryCalendar(spec.endMonth(), spec.months(), PlantedModel.LOOKBACK_MONTHS);
    ResponseDrawer drawer = new ResponseDrawer(spec.seed(), calendar, PlantedModel.standard());
    int[] departments = departments();
    ExportTable table = ExportTable.of(platform, questionnaire);
    Tally tally = new Tally();
    List<Path> files = new ArrayList<>();
    try (Twin twin = twinDirectory == null ? null : new Twin(twinDirectory)) {
      boolean perMonth = platform == ExportPlatform.MICROSOFT_FORMS;
      ExportSink sink = null;
      Path file = null;
      for (int m = 0; m < calendar.months(); m++) {
        if (sink == null || perMonth) {
          if (sink != null) {
            sink.close();
            files.add(Generator.complete(file));
          }
          file = directory.resolve(fileName(perMonth ? calendar.month(m) : null));
          sink = ExportSink.open(dialect, Files.newOutputStream(Generator.partial(file)));
          sink.header(table.headerRows());
        }
        List<SurveyResponse> month = month(drawer, departments, m);
        for (int k = 0; k < month.size(); k++) {
          SurveyResponse r = month.get(k);
          Entry entry = new Entry(r, k + 1);
          List<Object> row = table.row(entry);
          long position = sink.row(row);
          tally.count(r);
          if (twin != null) {
            tally.identifying(r);
          }
          if (twin != null && r.imported()) {
            tally.reports +=
                twin.write(r, table, row, sink, file.getFileName().toString(), position);
          } else if (r.imported()) {
            tally.reports += reports(r);
          }
        }
      }
      sink.close();
      files.add(Generator.complete(file));
    }
    return new Result(
        List.copyOf(files),
        tally.responses,
        tally.imported,
        tally.previews,
        tally.unfinished,
        tally.anonymous,
        tally.reports,
        Set.copyOf(tally.identifying));
  }

  /** Month {@code m}'s responses (and previews) in the order the platform lists them: by time. */
  private List<SurveyResponse> month(ResponseDrawer drawer, int[] departments, int m) {
    List<SurveyResponse> out = new ArrayList<>();
    if (platform == ExportPlatform.QUALTRICS) {
      int previews = m == 0 ? FIRST_MONTH_PREVIEWS : LATER_PREVIEWS;
      for (int j = 0; j < previews; j++) {
        out.add(drawer.preview(j, department(departments[j]), m));
      }
    }
    double anonymous =
        switch (platform) {
          case MICROSOFT_FORMS -> FORMS_ANONYMOUS;
          case GOOGLE_FORMS -> 0;
          case QUALTRICS -> QUALTRICS_ANONYMOUS;
        };
    for (int i = 0; i < departments.length; i++) {
      drawer
          .draw(i, department(departments[i]), m, anonymous, platform == ExportPlatform.QUALTRICS)
          .ifPresent(out::add);
    }
    out.sort(Comparator.comparing(SurveyResponse::completed));
    return out;
  }

  private int[] departments() {
    int n = spec.respondents();
    DepartmentAssigner assigner =
        new DepartmentAssigner(
            organisation.allocate(n), Seeds.random(spec.seed(), Purpose.DEPARTMENTS));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = assigner.next();
    }
    return out;
  }

  private Department department(int index) {
    return organisation.departments().get(index);
  }

  private String fileName(YearMonth month) {
    return fileStem + (month == null ? "" : "-" + month) + "." + dialect.extension();
  }

  private static long reports(SurveyResponse r) {
    long n = 0;
    for (int s : r.severities()) {
      n += s > 0 ? 1 : 0;
    }
    return n;
  }

  /** What was drawn and written. */
  private final class Tally {
    long responses;
    long imported;
    long previews;
    long unfinished;
    long anonymous;
    long reports;
    final Set<String> identifying = new LinkedHashSet<>();

    void identifying(SurveyResponse r) {
      if (!r.anonymous()) {
        identifying.add(r.person().email());
        identifying.add(r.person().name());
        if (r.person().lastName().length() >= 6) {
          identifying.add(r.person().lastName());
        }
      }
      if (r.freeText() != null) {
        identifying.add(r.freeText());
      }
      if (platform == ExportPlatform.QUALTRICS && r.status() != SurveyResponse.Status.PREVIEW) {
        identifying.add(r.network().ipAddress());
        identifying.add(r.network().latitude());
        identifying.add(r.network().longitude());
      }
    }

    void count(SurveyResponse r) {
      responses++;
      switch (r.status()) {
        case PREVIEW -> previews++;
        case UNFINISHED -> unfinished++;
        case COMPLETE -> {
          imported++;
          anonymous += r.anonymous() ? 1 : 0;
        }
      }
    }
  }

  /**
   * The contract rows the import must make of the kept responses, with their ids computed as the
   * questionnaire says: the identity's keyed HMAC, or for an anonymous response a token of its id
   * columns and answers; report ids from the token and the region.
   */
  private final class Twin implements AutoCloseable {
    private final RowSink survey;
    private final RowSink reports;

    Twin(Path directory) throws IOException {
      Files.createDirectories(directory);
      survey =
          RowSinks.open(
              OutputFormat.CSV, directory.resolve(Generator.surveyFile(OutputFormat.CSV)));
      reports =
          RowSinks.open(
              OutputFormat.CSV, directory.resolve(Generator.reportFile(OutputFormat.CSV)));
      survey.header(TWIN_SURVEY);
      reports.header(TWIN_REPORTS);
    }

    /** Writes one response's rows; returns the number of reports. */
    long write(
        SurveyResponse r,
        ExportTable table,
        List<Object> row,
        ExportSink sink,
        String file,
        long position)
        throws IOException {
      List<String> key = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      List<ExportColumn> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        Role role = columns.get(c).role();
        if (role == Role.RESPONSE_ID) {
          key.add(sink.keyText(row.get(c)));
        } else if (role == Role.ANSWER) {
          answers.add(sink.keyText(row.get(c)));
        }
      }
      String respondent;
      String token;
      if (r.anonymous()) {
        key.addAll(answers);
        token = ids.responseToken(key);
        respondent = ResponseIds.anonymousRespondent(token);
      } else {
        String identity = r.person().email().strip().toLowerCase(Locale.ROOT);
        key.add(identity);
        token = ids.responseToken(key);
        respondent = ids.respondent(identity);
      }
      SurveyAnswer a = r.answer();
      java.time.LocalDate date = r.completed().toLocalDate();
      int at = Math.toIntExact(position);
      survey.row(
          new Object[] {
            respondent,
            date,
            r.department().id(),
            questionnaire.sittingAsNumber()
                ? SurveyRows.hours(a.halfHours())
                : new BigDecimal(ExportTable.sittingValue(a.halfHours())),
            Factor.MONITOR_POSITION.levels().get(a.monitor()),
            Factor.LUMBAR_SUPPORT.levels().get(a.lumbar()),
            Factor.BREAK_FREQUENCY.levels().get(a.breaks()),
            a.blank(SurveyAnswer.BLANK_EXERCISE) ? null : a.exerciseDays(),
            a.blank(SurveyAnswer.BLANK_DESK) ? null : Factor.DESK_TYPE.levels().get(a.desk()),
            a.blank(SurveyAnswer.BLANK_LOCATION) ? null : Datasets.WORK_LOCATIONS.get(a.location()),
            file,
            at
          });
      long n = 0;
      for (Outcome region : Outcome.regions()) {
        int level = r.severities()[region.ordinal()];
        if (level == 0) {
          continue;
        }
        reports.row(
            new Object[] {
              ResponseIds.report(token, region),
              respondent,
              date,
              region.id(),
              ExportTable.SEVERITY_VALUES[level],
              r.durationDays(),
              r.numbness(),
              r.interferes(),
              file,
              at
            });
        n++;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      try {
        survey.close();
      } finally {
        reports.close();
      }
    }
  }
}
