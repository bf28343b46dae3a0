package org.ergolens.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.Errors;
import org.ergolens.dataset.Column;
import org.ergolens.dataset.ColumnType;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.dataset.RowSink;
import org.ergolens.dataset.RowSinks;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.ImportSummary;
import org.ergolens.ingest.InputChecksums;
import org.ergolens.ingest.InputFile;
import org.ergolens.ingest.InputFormat;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.ingest.ResponseCounts;
import org.ergolens.pseudonym.ResponseIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a survey platform's export into the contract's datasets: {@link #prepare} reads the
 * departments and every export file's header and binds the profile to each, so that a wrong profile
 * is refused before any response is read; {@link #writeTo} then streams every file's responses
 * through the {@link ResponseMapper} into {@code workstation_survey}, {@code discomfort_reports},
 * {@code departments} and the rejects, accounting for every response.
 *
 * <p>Runs on the driver, without Spark; memory is bounded by a row. Names, addresses and free text
 * are never read past the {@link ResponseMapper}: only contract values, pseudonyms and, for a
 * rejected response, the offending answer leave it.
 */
public final class SurveyImport {
  /** The rejected responses' file in the output directory. */
  public static final String REJECTS_FILE = "rejects.csv";

  /** Distinct unmapped labels listed; beyond them, a question's other labels are counted only. */
  static final int MAX_LISTED_LABELS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(SurveyImport.class);

  private static final List<Column> DEPARTMENT_COLUMNS =
      List.of(
          new Column(Columns.DEPARTMENT, ColumnType.STRING, true),
          new Column(Columns.NAME, ColumnType.STRING, false),
          new Column(Columns.PARENT, ColumnType.STRING, false));

  private final Profile profile;
  private final ExportLocation location;
  private final ResponseIds ids;
  private final Configuration conf;
  private final DepartmentsFile departments;
  private final DepartmentNames names;
  private final List<ExportColumns> columns;

  private SurveyImport(
      Profile profile,
      ExportLocation location,
      ResponseIds ids,
      Configuration conf,
      DepartmentsFile departments,
      DepartmentNames names,
      List<ExportColumns> columns) {
    this.profile = profile;
    this.location = location;
    this.ids = ids;
    this.conf = conf;
    this.departments = departments;
    this.names = names;
    this.columns = List.copyOf(columns);
  }

  /**
   * Reads the departments and each export's header and binds the profile to it.
   *
   * @throws ProfileException when the profile does not fit an export's header
   * @throws org.ergolens.ErgoLensException when a file cannot be read
   */
  public static SurveyImport prepare(
      Profile profile, ExportLocation location, ResponseIds ids, Configuration conf) {
    DepartmentsFile departments = DepartmentsFile.read(location.departments(), conf);
    DepartmentNames names = departments.names();
    List<ExportColumns> bound = new ArrayList<>();
    for (ExportFile f : location.files()) {
      try (ExportRows rows = ExportRows.open(f, profile, conf)) {
        bound.add(ExportColumns.bind(profile, rows.header()));
      } catch (IOException e) {
        throw Errors.unreadable(f.path(), e.getMessage());
      }
    }
    return new SurveyImport(profile, location, ids, conf, departments, names, bound);
  }

  /**
   * Writes the contract datasets (and the rejects) to {@code directory}, which is created.
   *
   * @param format Parquet or CSV
   * @param forPeople whether the rejects file is read as it is by a person (see {@link
   *     ImportRejects})
   */
  public ImportResult writeTo(String directory, OutputFormat format, boolean forPeople)
      throws IOException {
    Path dir = new Path(directory);
    FileSystem fs = dir.getFileSystem(conf);
    fs.mkdirs(dir);
    ContractLayout layout = ContractLayout.of(profile);
    Tally total = new Tally();
    List<ImportSummary.FileSummary> files = new ArrayList<>();
    Path rejectsFile = new Path(dir, REJECTS_FILE);
    try (RowSink survey = sink(fs, dir, DatasetSpec.WORKSTATION_SURVEY, format, layout.survey());
        RowSink reports = sink(fs, dir, DatasetSpec.DISCOMFORT_REPORTS, format, layout.reports());
        ImportRejects rejects = new ImportRejects(fs.create(rejectsFile, true), forPeople)) {
      for (int i = 0; i < location.files().size(); i++) {
        ExportFile file = location.files().get(i);
        ResponseMapper mapper = new ResponseMapper(profile, columns.get(i), layout, names, ids);
        Tally tally = new Tally();
        try (ExportRows rows = ExportRows.open(file, profile, conf)) {
          for (Optional<ExportRows.Record> r = rows.next(); r.isPresent(); r = rows.next()) {
            account(file, r.get(), mapper, survey, reports, rejects, tally, total);
          }
        }
        files.add(
            new ImportSummary.FileSummary(
                file.path(),
                file.kind().extension(),
                file.size(),
                InputChecksums.sha256(file.path(), conf),
                tally.counts()));
        LOG.info(
            "Imported {} of {} responses from {} ({} left out by the profile, {} rejected)",
            tally.imported,
            tally.counts().responsesRead(),
            file.name(),
            tally.counts().dropped(),
            tally.counts().rejected());
      }
    }
    writeDepartments(fs, dir);
    copyHeadcount(fs, dir);
    ResponseCounts responses = total.counts();
    Map<String, Long> written = new LinkedHashMap<>();
    written.put(DatasetSpec.WORKSTATION_SURVEY.id(), total.imported);
    written.put(DatasetSpec.DISCOMFORT_REPORTS.id(), total.reportRows);
    written.put(DatasetSpec.DEPARTMENTS.id(), (long) departments.rows().size());
    ImportSummary summary =
        new ImportSummary(
            profile.name(),
            profile.source(),
            location.export(),
            location.departments(),
            ProfileReader.POPULATION,
            files,
            responses,
            written,
            total.labels());
    return new ImportResult(
        summary,
        dir.toString(),
        rejectsFile.toString(),
        inputs(files),
        Optional.ofNullable(total.latest).map(YearMonth::from));
  }

  private static void account(
      ExportFile file,
      ExportRows.Record record,
      ResponseMapper mapper,
      RowSink survey,
      RowSink reports,
      ImportRejects rejects,
      Tally tally,
      Tally total)
      throws IOException {
    if (record.malformed() != null) {
      rejects.write(file, record.position(), ReasonCode.MALFORMED_ROW, null, record.malformed());
      tally.reject(ReasonCode.MALFORMED_ROW);
      total.reject(ReasonCode.MALFORMED_ROW);
      return;
    }
    Mapped m = mapper.map(record.cells(), file.name(), record.position());
    if (m instanceof Mapped.Imported imported) {
      survey.row(imported.survey());
      for (Object[] report : imported.reports()) {
        reports.row(report);
      }
      tally.imported(imported);
      total.imported(imported);
    } else if (m instanceof Mapped.Dropped dropped) {
      tally.drop(dropped.reason());
      total.drop(dropped.reason());
    } else {
      Mapped.Rejected r = (Mapped.Rejected) m;
      rejects.write(file, record.position(), r.reason(), r.column(), r.answer());
      tally.reject(r.reason());
      total.reject(r.reason());
      r.unmapped().forEach(total::unmapped);
    }
  }

  private static RowSink sink(
      FileSystem fs, Path dir, DatasetSpec dataset, OutputFormat format, List<Column> columns)
      throws IOException {
    OutputStream out = fs.create(new Path(dir, dataset.id() + "." + format.extension()), true);
    RowSink sink = RowSinks.open(format, out);
    sink.header(columns);
    return sink;
  }

  /** The departments, as the job reads them: {@code department,name,parent} in plain CSV. */
  private void writeDepartments(FileSystem fs, Path dir) throws IOException {
    Path file = new Path(dir, DatasetSpec.DEPARTMENTS.id() + ".csv");
    try (RowSink sink = RowSinks.open(OutputFormat.CSV, fs.create(file, true))) {
      sink.header(DEPARTMENT_COLUMNS);
      for (String[] r : departments.rows()) {
        sink.row(new Object[] {r[0], r[1], r[2] == null || r[2].isEmpty() ? null : r[2]});
      }
    }
  }

  /**
   * The headcount beside the export, copied byte for byte as {@code headcount.<extension>}: the
   * monthly job reads and checks it like any input, with its rejects and counts.
   */
  private void copyHeadcount(FileSystem fs, Path dir) throws IOException {
    if (location.headcount() == null) {
      return;
    }
    Path from = new Path(location.headcount());
    String name = from.getName().toLowerCase(java.util.Locale.ROOT);
    try (java.io.InputStream in = from.getFileSystem(conf).open(from);
        OutputStream out = fs.create(new Path(dir, name), true)) {
      in.transferTo(out);
    }
  }

  private List<InputFile> inputs(List<ImportSummary.FileSummary> files) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (ImportSummary.FileSummary f : files) {
      out.add(new InputFile(ImportSummary.DATASET, f.file(), f.format(), f.size(), f.sha256()));
    }
    Path d = new Path(location.departments());
    out.add(
        new InputFile(
            DatasetSpec.DEPARTMENTS.id(),
            location.departments(),
            "csv",
            d.getFileSystem(conf).getFileStatus(d).getLen(),
            InputChecksums.sha256(location.departments(), conf)));
    if (location.headcount() != null) {
      Path h = new Path(location.headcount());
      out.add(
          new InputFile(
              DatasetSpec.HEADCOUNT.id(),
              location.headcount(),
              InputFormat.ofFileName(h.getName())
                  .orElseThrow()
                  .name()
                  .toLowerCase(java.util.Locale.ROOT),
              h.getFileSystem(conf).getFileStatus(h).getLen(),
              InputChecksums.sha256(location.headcount(), conf)));
    }
    return out;
  }

  /** Counts of one file, or of all. */
  private static final class Tally {
    long imported;
    long reportRows;
    LocalDate latest;
    final Map<String, Long> dropped = new LinkedHashMap<>();
    final Map<ReasonCode, Long> rejected = new EnumMap<>(ReasonCode.class);
    final Map<Mapped.UnmappedLabel, Long> labels = new LinkedHashMap<>();
    final Map<String, Long> otherLabels = new LinkedHashMap<>();

    void imported(Mapped.Imported m) {
      imported++;
      reportRows += m.reports().size();
      if (latest == null || m.date().isAfter(latest)) {
        latest = m.date();
      }
    }

    void drop(String reason) {
      dropped.merge(reason, 1L, Long::sum);
    }

    void reject(ReasonCode reason) {
      rejected.merge(reason, 1L, Long::sum);
    }

    void unmapped(Mapped.UnmappedLabel label) {
      if (labels.containsKey(label) || labels.size() < MAX_LISTED_LABELS) {
        labels.merge(label, 1L, Long::sum);
      } else {
        otherLabels.merge(label.question(), 1L, Long::sum);
      }
    }

    ResponseCounts counts() {
      return ResponseCounts.of(imported, dropped, rejected);
    }

    List<ImportSummary.LabelCount> labels() {
      List<ImportSummary.LabelCount> out = new ArrayList<>();
      labels.forEach((l, n) -> out.add(new ImportSummary.LabelCount(l.question(), l.label(), n)));
      otherLabels.forEach((q, n) -> out.add(new ImportSummary.LabelCount(q, null, n)));
      return out;
    }
  }
}
