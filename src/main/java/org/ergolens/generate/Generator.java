package org.ergolens.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.dataset.RowSink;
import org.ergolens.dataset.RowSinks;
import org.ergolens.generate.Seeds.Purpose;
import org.ergolens.ingest.ReasonCode;

/**
 * Writes one synthetic organisation to a directory:
 *
 * <ul>
 *   <li>{@code departments.csv} — the organisation tree ({@code department,name,parent});
 *   <li>{@code workstation_survey.<ext>} and {@code discomfort_reports.<ext>} — the inputs, in the
 *       contract's columns, as CSV or JSON Lines;
 *   <li>{@code headcount.csv} — people employed per department, with a realistic response rate (two
 *       departments below 60%);
 *   <li>{@code planted-model.json} and {@code planted-model.md} — the exact generating model;
 *   <li>{@code expected-rejects.json} — with bad-row injection on: dataset → reason → count.
 * </ul>
 *
 * <p>Rows are streamed, one respondent at a time, so memory does not grow with the size of the
 * organisation. Each file is written under a temporary name and renamed when complete. The same
 * {@link GeneratorSpec} always gives byte-identical files.
 */
public final class Generator {
  public static final String DEPARTMENTS_FILE = "departments.csv";
  public static final String MODEL_JSON_FILE = "planted-model.json";
  public static final String MODEL_MARKDOWN_FILE = "planted-model.md";
  public static final String EXPECTED_REJECTS_FILE = "expected-rejects.json";

  private static final String PARTIAL = ".partial";

  private final GeneratorSpec spec;
  private final Organisation organisation = Organisation.standard();
  private final PlantedModel model = PlantedModel.standard();
  private final HistoryCalendar calendar;

  public Generator(GeneratorSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.calendar =
        new HistoryCalendar(spec.endMonth(), spec.months(), PlantedModel.LOOKBACK_MONTHS);
  }

  /** The file name of the survey dataset in {@code format}, e.g. {@code workstation_survey.csv}. */
  public static String surveyFile(OutputFormat format) {
    return Datasets.SURVEY + "." + format.extension();
  }

  /** The file name of the report dataset in {@code format}. */
  public static String reportFile(OutputFormat format) {
    return Datasets.REPORTS + "." + format.extension();
  }

  /**
   * Generates into {@code directory}, creating it if needed and replacing the files above (and
   * removing a survey or report file of the other format, or a stale expected-rejects.json, that
   * would otherwise be read with them). Other files are left alone.
   */
  public GenerationResult generate(Path directory) throws IOException {
    Files.createDirectories(directory);
    removeStale(directory);
    List<Path> files = new ArrayList<>();
    files.add(writeDepartments(directory));
    Path survey = directory.resolve(surveyFile(spec.format()));
    Path reports = directory.resolve(reportFile(spec.format()));
    Tally tally;
    Map<String, Map<String, Integer>> injected = new LinkedHashMap<>();
    try (RowSink surveySink = RowSinks.open(spec.format(), partial(survey));
        RowSink reportSink = RowSinks.open(spec.format(), partial(reports))) {
      surveySink.header(Datasets.SURVEY_COLUMNS);
      reportSink.header(Datasets.REPORT_COLUMNS);
      ReportWriter reportWriter = new ReportWriter(reportSink, calendar);
      BadRowTemplates templates = new BadRowTemplates(spec.respondents());
      tally =
          new DataWriter(spec, organisation, model, calendar)
              .write(surveySink, reportWriter, templates);
      if (spec.injectBadRows()) {
        injected = injectBadRows(surveySink, reportSink, templates, tally);
      }
    }
    files.add(complete(survey));
    files.add(complete(reports));
    files.add(
        HeadcountWriter.write(
            directory,
            organisation.departments(),
            HeadcountWriter.headcounts(
                tally.lastPopulationByDepartment, Seeds.random(spec.seed(), Purpose.HEADCOUNT))));
    if (spec.injectBadRows()) {
      files.add(writeExpectedRejects(directory, injected));
    }
    files.addAll(writeModel(directory, tally, injected));
    return result(directory, files, tally, injected);
  }

  private void removeStale(Path directory) throws IOException {
    for (OutputFormat other : OutputFormat.values()) {
      if (other != spec.format()) {
        Files.deleteIfExists(directory.resolve(surveyFile(other)));
        Files.deleteIfExists(directory.resolve(reportFile(other)));
      }
    }
    if (!spec.injectBadRows()) {
      Files.deleteIfExists(directory.resolve(EXPECTED_REJECTS_FILE));
    }
  }

  private Path writeDepartments(Path directory) throws IOException {
    return writeDepartments(directory, organisation);
  }

  /** {@code departments.csv} of {@code organisation}: {@code department,name,parent}. */
  static Path writeDepartments(Path directory, Organisation organisation) throws IOException {
    Path file = directory.resolve(DEPARTMENTS_FILE);
    try (RowSink sink = RowSinks.open(OutputFormat.CSV, partial(file))) {
      sink.header(Datasets.DEPARTMENT_COLUMNS);
      for (Department d : organisation.departments()) {
        sink.row(new Object[] {d.id(), d.name(), d.parent().isEmpty() ? null : d.parent()});
      }
    }
    return complete(file);
  }

  private Map<String, Map<String, Integer>> injectBadRows(
      RowSink surveySink, RowSink reportSink, BadRowTemplates templates, Tally tally)
      throws IOException {
    BadRowInjector injector =
        new BadRowInjector(spec.format(), Seeds.random(spec.seed(), Purpose.BAD_ROWS));
    Map<String, Map<String, Integer>> injected = new LinkedHashMap<>();
    injected.put(
        Datasets.SURVEY,
        codes(injector.injectSurvey(surveySink, templates.surveys(), tally.surveyRows)));
    injected.put(
        Datasets.REPORTS,
        codes(
            injector.injectReports(
                reportSink, templates.reports(), tally.reportRows, tally.reportRows)));
    injected.put(Datasets.DEPARTMENTS, new LinkedHashMap<>());
    return injected;
  }

  private static Map<String, Integer> codes(Map<ReasonCode, Integer> byReason) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (ReasonCode r : ReasonCode.values()) {
      if (byReason.containsKey(r)) {
        out.put(r.id(), byReason.get(r));
      }
    }
    return out;
  }

  private Path writeExpectedRejects(Path directory, Map<String, Map<String, Integer>> injected)
      throws IOException {
    Path file = directory.resolve(EXPECTED_REJECTS_FILE);
    ModelDescription.writeJson(partial(file), injected);
    return complete(file);
  }

  private List<Path> writeModel(
      Path directory, Tally tally, Map<String, Map<String, Integer>> injected) throws IOException {
    ModelDescription description = new ModelDescription(spec, organisation, model, calendar);
    Path json = directory.resolve(MODEL_JSON_FILE);
    ModelDescription.writeJson(partial(json), description.toMap(tally, injected));
    Path markdown = directory.resolve(MODEL_MARKDOWN_FILE);
    Files.writeString(partial(markdown), description.toMarkdown(tally), StandardCharsets.UTF_8);
    return List.of(complete(json), complete(markdown));
  }

  private GenerationResult result(
      Path directory, List<Path> files, Tally tally, Map<String, Map<String, Integer>> injected) {
    Map<String, Integer> byDepartment = new LinkedHashMap<>();
    List<Department> departments = organisation.departments();
    for (int d = 0; d < departments.size(); d++) {
      byDepartment.put(departments.get(d).id(), tally.respondentsByDepartment[d]);
    }
    return new GenerationResult(
        directory,
        files,
        spec.respondents(),
        tally.surveyRows,
        tally.reportRows,
        tally.orphanRespondents,
        tally.orphanReports,
        byDepartment,
        injected);
  }

  static Path partial(Path file) {
    return file.resolveSibling(file.getFileName() + PARTIAL);
  }

  static Path complete(Path file) throws IOException {
    Files.move(
        partial(file), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }
}
