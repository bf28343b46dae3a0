package org.ergolens.generate;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.ergolens.dataset.RowSink;
import org.ergolens.generate.Seeds.Purpose;
import org.ergolens.model.Outcome;

/**
 * Streams the valid survey and report rows, one respondent at a time: department, survey answers,
 * then for every history month the answer in force (the contract's as-of rule) and the outcomes
 * drawn from it. Only the current respondent's few answers are held in memory.
 */
final class DataWriter {
  /** One respondent who never took the survey per this many respondents (at least three). */
  static final int RESPONDENTS_PER_ORPHAN = 1000;

  static final int MIN_ORPHANS = 3;

  /** Reports per orphan: 1 to this many, in random months and regions. */
  static final int MAX_ORPHAN_REPORTS = 4;

  private final GeneratorSpec spec;
  private final Organisation organisation;
  private final HistoryCalendar calendar;
  private final SurveyDrawer surveys;
  private final SurveyRows surveyRows;
  private final ReportDrawer reports;
  private final Ids ids;
  private final int orphans;

  DataWriter(
      GeneratorSpec spec, Organisation organisation, PlantedModel model, HistoryCalendar calendar) {
    this.spec = spec;
    this.organisation = organisation;
    this.calendar = calendar;
    this.surveys = new SurveyDrawer(calendar, spec.intervention());
    this.surveyRows = new SurveyRows(calendar);
    this.reports = new ReportDrawer(model, calendar, spec.reportIntensity());
    this.orphans = orphanCount(spec.respondents());
    this.ids = new Ids((long) spec.respondents() + orphans);
  }

  static int orphanCount(int respondents) {
    return Math.max(MIN_ORPHANS, respondents / RESPONDENTS_PER_ORPHAN);
  }

  /** Writes every valid row; returns the tally, with templates for bad rows filled in. */
  Tally write(RowSink survey, ReportWriter out, BadRowTemplates templates) throws IOException {
    List<Department> departments = organisation.departments();
    int n = spec.respondents();
    Tally tally = new Tally(departments.size(), calendar.months());
    DepartmentAssigner assigner =
        new DepartmentAssigner(
            organisation.allocate(n), Seeds.random(spec.seed(), Purpose.DEPARTMENTS));
    Object[] row = new Object[Datasets.SURVEY_COLUMNS.size()];
    int orphan = 0;
    for (int i = 0; i < n; i++) {
      int d = assigner.next();
      tally.respondentsByDepartment[d]++;
      Department department = departments.get(d);
      String id = ids.respondent(i + 1L);
      SplittableRandom rng = Seeds.random(spec.seed(), Purpose.SURVEY, i);
      List<SurveyAnswer> answers = surveys.draw(department, rng);
      for (SurveyAnswer a : answers) {
        survey.row(surveyRows.fill(row, id, department.id(), a, rng));
      }
      if (templates.wantsSurvey(i)) {
        templates.addSurvey(surveyRows.fill(row, id, department.id(), answers.get(0), null));
      }
      count(answers, tally);
      long before = out.written();
      writeMonths(id, i, d, answers, out, tally);
      if (out.written() > before && templates.wantsReport(i)) {
        templates.addReport(out.lastRow());
      }
      for (; orphan < orphans && orphanPosition(orphan, n) == i; orphan++) {
        writeOrphan(orphan, n, out, tally);
      }
    }
    tally.reportRows = out.written();
    return tally;
  }

  private void count(List<SurveyAnswer> answers, Tally tally) {
    tally.surveyRows += answers.size();
    int lastLookback = calendar.lookbackStart(calendar.months() - 1);
    for (int k = 0; k < answers.size(); k++) {
      if (answers.get(k).day() < lastLookback) {
        tally.answersBeforeLastLookback++;
      }
      if (k > 0 && answers.get(k).day() == answers.get(k - 1).day()) {
        tally.resubmissions++;
      }
    }
  }

  private void writeMonths(
      String id,
      long index,
      int department,
      List<SurveyAnswer> answers,
      ReportWriter out,
      Tally tally)
      throws IOException {
    for (int m = 0; m < calendar.months(); m++) {
      SurveyAnswer inForce = inForce(answers, m);
      if (inForce == null) {
        continue;
      }
      tally.population[m]++;
      if (m == calendar.months() - 1) {
        tally.lastPopulationByDepartment[department]++;
      }
      SplittableRandom rng = Seeds.random(spec.seed(), Purpose.OUTCOMES, index, m);
      out.takeRedFlag();
      tally.addCases(m, reports.drawMonth(id, inForce.pattern(), m, rng, out));
      if (out.takeRedFlag()) {
        tally.redFlagRespondents[m]++;
      }
    }
  }

  /**
   * The answer in force in history month {@code m}: the latest dated on or before the month's end
   * (the later one on a tie, as answers are in file order), if it is dated within the lookback;
   * otherwise {@code null}, and the respondent is not in that month's population.
   */
  private SurveyAnswer inForce(List<SurveyAnswer> answers, int m) {
    SurveyAnswer latest = null;
    for (SurveyAnswer a : answers) {
      if (a.day() <= calendar.monthEnd(m)) {
        latest = a;
      }
    }
    return latest != null && latest.day() >= calendar.lookbackStart(m) ? latest : null;
  }

  /** The respondent index after whose rows orphan {@code j} is written: evenly spread. */
  private long orphanPosition(int j, int n) {
    return (long) (j + 1) * n / (orphans + 1);
  }

  private void writeOrphan(int j, int n, ReportWriter out, Tally tally) throws IOException {
    String id = ids.respondent((long) n + j + 1);
    SplittableRandom rng = Seeds.random(spec.seed(), Purpose.ORPHANS, j);
    int k = 1 + rng.nextInt(MAX_ORPHAN_REPORTS);
    long before = out.written();
    for (int r = 0; r < k; r++) {
      int m = rng.nextInt(calendar.months());
      int region = rng.nextInt(Outcome.regions().size());
      reports.writeReport(id, reports.dayIn(m, rng), region, rng, out);
    }
    out.takeRedFlag();
    tally.orphanRespondents++;
    tally.orphanReports += out.written() - before;
  }
}
