package org.ergolens.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.model.Outcome;
import org.ergolens.pseudonym.ResponseIds;
import org.ergolens.survey.ExportColumns.Bound;
import org.ergolens.survey.Mapped.UnmappedLabel;

/**
 * Turns one export row into contract rows, exactly as the questionnaire says: one {@code
 * workstation_survey} row, and one {@code discomfort_reports} row per grid region answered with
 * discomfort (severity, and the response's duration, numbness and work-interference answers), all
 * dated by the completion date, with ids from {@link ResponseIds}.
 *
 * <p>A row the profile's drop rules leave out is {@link Mapped.Dropped}. Otherwise every column is
 * checked in order (the completion time, the response's id columns, the identity, then the items in
 * questionnaire order, the grid's rows in region order) and the first problem rejects the response;
 * the department's name is looked up last, as the contract checks {@code unknown_department} after
 * the columns. Every label no table maps is listed, whatever rejected the response first.
 *
 * <p>Only the cells the profile binds are looked at; the identity only to make the pseudonym.
 */
public final class ResponseMapper {
  private final Profile profile;
  private final ExportColumns columns;
  private final ContractLayout layout;
  private final DepartmentNames departments;
  private final ResponseIds ids;

  public ResponseMapper(
      Profile profile,
      ExportColumns columns,
      ContractLayout layout,
      DepartmentNames departments,
      ResponseIds ids) {
    this.profile = profile;
    this.columns = columns;
    this.layout = layout;
    this.departments = departments;
    this.ids = ids;
  }

  /**
   * Maps one row.
   *
   * @param cells the row's cells by column (missing trailing cells are empty)
   * @param exportFile the export file's name, written with each row
   * @param exportRow the row's place in its file, written with each row
   */
  public Mapped map(List<Cell> cells, String exportFile, long exportRow) {
    Row row = new Row(cells);
    for (int i = 0; i < profile.drops().size(); i++) {
      DropRule rule = profile.drops().get(i);
      if (rule.drops(row.cell(columns.drops().get(i)))) {
        return new Mapped.Dropped(rule.reason());
      }
    }
    Checks checks = new Checks();
    LocalDate date = date(row, checks);
    List<String> key = new ArrayList<>();
    for (Bound b : columns.responseId()) {
      Cell c = row.cell(b);
      if (c.isEmpty()) {
        checks.fail(ReasonCode.MISSING_REQUIRED, b, "");
      }
      key.add(c.keyText());
    }
    Optional<String> identity = identity(row, checks);
    Object[] answers = new Object[Item.values().length];
    String departmentName = null;
    int[] severities = null;
    for (Item item : Item.values()) {
      if (item == Item.C1) {
        severities = severities(row, checks);
        continue;
      }
      Optional<Question> q = profile.question(item);
      if (q.isEmpty()) {
        continue;
      }
      Bound b = columns.question(item).orElseThrow();
      Cell cell = row.cell(b);
      if (q.get().isDepartment()) {
        if (cell.isEmpty()) {
          checks.fail(ReasonCode.MISSING_REQUIRED, b, "");
        }
        departmentName = cell.text();
      } else {
        answers[item.ordinal()] =
            checks.value(q.get().answer(cell, profile.decimalMark()), q.get(), b);
      }
    }
    String department = null;
    if (departmentName != null && !Texts.key(departmentName).isEmpty()) {
      department = departments.id(departmentName).orElse(null);
      if (department == null) {
        Bound b = columns.question(Item.A2).orElseThrow();
        checks.later(ReasonCode.UNKNOWN_DEPARTMENT, b, departmentName);
      }
    }
    if (checks.failed()) {
      return checks.rejected();
    }
    if (identity.isEmpty()) {
      key.addAll(answerKeys(row));
    } else {
      key.add(identity.get());
    }
    String token = ids.responseToken(key);
    String respondent =
        identity.map(ids::respondent).orElseGet(() -> ResponseIds.anonymousRespondent(token));
    return new Mapped.Imported(
        date,
        surveyRow(respondent, date, department, answers, exportFile, exportRow),
        reportRows(token, respondent, date, severities, answers, exportFile, exportRow));
  }

  private LocalDate date(Row row, Checks checks) {
    Bound b = columns.date();
    Cell c = row.cell(b);
    if (c.isEmpty()) {
      checks.fail(ReasonCode.MISSING_REQUIRED, b, "");
      return null;
    }
    Optional<LocalDate> d = profile.responseDate().date(c);
    if (d.isEmpty()) {
      checks.fail(ReasonCode.BAD_DATE, b, c.text());
    }
    return d.orElse(null);
  }

  /** The identity to pseudonymise, or empty for an anonymous response. */
  private Optional<String> identity(Row row, Checks checks) {
    Optional<Bound> bound = columns.identity();
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    Identity spec = profile.identity().orElseThrow();
    Cell c = row.cell(bound.get());
    if (spec.isAnonymous(c)) {
      return Optional.empty();
    }
    if (c.isEmpty()) {
      checks.fail(ReasonCode.MISSING_REQUIRED, bound.get(), "");
      return Optional.empty();
    }
    return Optional.of(spec.normalised(c));
  }

  /** Severity per region (contract order), {@link Grid#NO_REPORT} for none. */
  private int[] severities(Row row, Checks checks) {
    Grid grid = profile.grid();
    int[] out = new int[Outcome.regions().size()];
    for (Map.Entry<Outcome, Bound> e : columns.grid().entrySet()) {
      Bound b = e.getValue();
      Cell c = row.cell(b);
      int r = e.getKey().ordinal();
      if (c.isEmpty()) {
        if (grid.required()) {
          checks.fail(ReasonCode.MISSING_REQUIRED, b, "");
        }
        continue;
      }
      Optional<Integer> s = grid.severities().value(c.text());
      if (s.isEmpty()) {
        checks.fail(ReasonCode.UNKNOWN_ENUM, b, c.text());
      } else {
        out[r] = s.get();
      }
    }
    return out;
  }

  /**
   * What tells anonymous responses apart besides their id columns: every answer read, in order. A
   * platform without response ids (Google Forms) then keys two anonymous responses sent in the same
   * second apart unless they answered alike.
   */
  private List<String> answerKeys(Row row) {
    List<String> out = new ArrayList<>();
    for (Item item : Item.values()) {
      if (item == Item.C1) {
        columns.grid().values().forEach(b -> out.add(row.cell(b).keyText()));
      } else {
        columns.question(item).ifPresent(b -> out.add(row.cell(b).keyText()));
      }
    }
    return out;
  }

  private Object[] surveyRow(
      String respondent,
      LocalDate date,
      String department,
      Object[] answers,
      String exportFile,
      long exportRow) {
    Object[] row = new Object[layout.survey().size()];
    int i = 0;
    row[i++] = respondent;
    row[i++] = date;
    row[i++] = department;
    for (Item item : layout.surveyItems()) {
      row[i++] = answers[item.ordinal()];
    }
    row[i++] = exportFile;
    row[i] = Math.toIntExact(exportRow);
    return row;
  }

  private List<Object[]> reportRows(
      String token,
      String respondent,
      LocalDate date,
      int[] severities,
      Object[] answers,
      String exportFile,
      long exportRow) {
    List<Object[]> rows = new ArrayList<>();
    for (Outcome region : Outcome.regions()) {
      int severity = severities[region.ordinal()];
      if (severity == Grid.NO_REPORT) {
        continue;
      }
      Object[] row = new Object[layout.reports().size()];
      int i = 0;
      row[i++] = ResponseIds.report(token, region);
      row[i++] = respondent;
      row[i++] = date;
      row[i++] = region.id();
      row[i++] = severity;
      for (Item item : layout.reportItems()) {
        row[i++] = answers[item.ordinal()];
      }
      row[i++] = exportFile;
      row[i] = Math.toIntExact(exportRow);
      rows.add(row);
    }
    return rows;
  }

  /** A row's cells, empty beyond its end. */
  private record Row(List<Cell> cells) {
    Cell cell(Bound b) {
      Cell c = b.index() < cells.size() ? cells.get(b.index()) : null;
      return c == null ? Cell.EMPTY : c;
    }
  }

  /** The checks of one row: the first failure, the later ones, and every unmapped label. */
  private static final class Checks {
    private Mapped.Rejected first;
    private Mapped.Rejected deferred;
    private final List<UnmappedLabel> unmapped = new ArrayList<>();

    void fail(ReasonCode reason, Bound b, String answer) {
      if (reason == ReasonCode.UNKNOWN_ENUM) {
        unmapped.add(new UnmappedLabel(b.header(), answer));
      }
      if (first == null) {
        first = new Mapped.Rejected(reason, b.header(), answer, List.of());
      }
    }

    /** A failure checked after every column ({@code unknown_department}). */
    void later(ReasonCode reason, Bound b, String answer) {
      unmapped.add(new UnmappedLabel(b.header(), answer));
      if (deferred == null) {
        deferred = new Mapped.Rejected(reason, b.header(), answer, List.of());
      }
    }

    Object value(Answer answer, Question q, Bound b) {
      if (answer instanceof Answer.Value v) {
        return v.value();
      }
      if (answer instanceof Answer.Failed f) {
        fail(f.reason(), b, f.answer());
      } else if (q.required()) {
        fail(ReasonCode.MISSING_REQUIRED, b, "");
      }
      return null;
    }

    boolean failed() {
      return first != null || deferred != null;
    }

    Mapped.Rejected rejected() {
      Mapped.Rejected r = first != null ? first : deferred;
      return new Mapped.Rejected(r.reason(), r.column(), r.answer(), unmapped);
    }
  }
}
