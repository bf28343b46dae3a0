package org.ergolens.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

/** The population rule and the monthly outcomes of one respondent, without Spark. */
class RespondentMonthsTest {
  static final YearMonth FIRST = YearMonth.of(2026, 1);
  static long reportRows;

  /** The departments the tests name, by the number {@link RespondentMonths} knows them by. */
  static final List<String> DEPARTMENTS = new ArrayList<>();

  /** What {@link RespondentMonths#visit} reported for one month. */
  record Seen(YearMonth month, String department, int levels, int flags, int reports) {}

  static List<Seen> visit(RespondentMonths p) {
    List<Seen> seen = new ArrayList<>();
    p.visit(
        (m, dept, levels, flags, reports) ->
            seen.add(
                new Seen(
                    MonthlySeries.fromIndex(m),
                    dept < 0 ? null : DEPARTMENTS.get(dept),
                    levels,
                    flags,
                    reports)));
    return seen;
  }

  /** Six months from January 2026, a three-month lookback. */
  static RespondentMonths sixMonths() {
    return new RespondentMonths(MonthlySeries.index(FIRST), 6, 3, MonthlySeries.index(FIRST));
  }

  static void answer(RespondentMonths p, String date, int file, long row, String department) {
    LocalDate d = LocalDate.parse(date);
    if (!DEPARTMENTS.contains(department)) {
      DEPARTMENTS.add(department);
    }
    p.addAnswer(
        MonthlySeries.index(YearMonth.from(d)),
        (int) d.toEpochDay(),
        file,
        row,
        DEPARTMENTS.indexOf(department),
        7);
  }

  static void report(RespondentMonths p, String month, int flags) {
    p.addReport(MonthlySeries.index(YearMonth.parse(month)), flags, 0, reportRows++);
  }

  @Test
  void anAnswerIsInForceForTheLookbackMonthsStartingWithItsOwn() {
    RespondentMonths p = sixMonths();
    answer(p, "2025-12-31", 0, 0, "old"); // in force in January and February only
    answer(p, "2026-03-01", 0, 1, "new"); // March to May
    List<Seen> seen = visit(p);
    assertEquals(
        List.of("2026-01 old", "2026-02 old", "2026-03 new", "2026-04 new", "2026-05 new"),
        seen.stream().map(s -> s.month() + " " + s.department()).toList(),
        "June is outside both windows, so the respondent is not in its population");
    assertEquals(7, seen.get(0).levels());
  }

  @Test
  void theLatestAnswerWinsAndSameDayTiesGoToTheLaterFileThenRow() {
    RespondentMonths p = sixMonths();
    answer(p, "2026-02-10", 1, 5, "later-file");
    answer(p, "2026-02-10", 0, 9, "earlier-file");
    answer(p, "2026-02-03", 2, 0, "earlier-day");
    answer(p, "2026-04-20", 0, 2, "row-2");
    answer(p, "2026-04-20", 0, 3, "row-3");
    List<Seen> seen = visit(p);
    assertEquals(YearMonth.of(2026, 2), seen.get(0).month(), "nobody in January");
    assertEquals("later-file", seen.get(0).department(), "February");
    assertEquals("later-file", seen.get(1).department(), "March");
    assertEquals("row-3", seen.get(2).department(), "April");
  }

  @Test
  void reportsAreOredPerMonthAndCountedWithOrWithoutAnAnswer() {
    RespondentMonths p = sixMonths();
    answer(p, "2026-01-15", 0, 0, "ops");
    int neck = MonthlyCohort.bit(Outcome.NECK);
    int knees = MonthlyCohort.bit(Outcome.KNEES);
    report(p, "2026-02", neck);
    report(p, "2026-02", knees | MonthlyCohort.RED_FLAG_BIT);
    report(p, "2026-05", neck); // no answer in force in May: reported as unmatched
    report(p, "2025-12", neck); // before the run: ignored
    report(p, "2026-07", neck); // after the run: ignored
    List<Seen> seen = visit(p);
    assertEquals(
        List.of(
            new Seen(YearMonth.of(2026, 1), "ops", 7, 0, 0),
            new Seen(YearMonth.of(2026, 2), "ops", 7, neck | knees | MonthlyCohort.RED_FLAG_BIT, 2),
            new Seen(YearMonth.of(2026, 3), "ops", 7, 0, 0),
            new Seen(YearMonth.of(2026, 5), null, 0, neck, 1)),
        seen);
  }

  @Test
  void unmatchedReportsAreNamedByTheirPlaceFromTheMonthAsked() {
    // Positions kept from March: a January report with no answer in force is counted, not named.
    RespondentMonths p =
        new RespondentMonths(
            MonthlySeries.index(FIRST), 6, 3, MonthlySeries.index(YearMonth.of(2026, 3)));
    answer(p, "2026-02-15", 0, 0, "ops"); // in force February to April
    p.addReport(MonthlySeries.index(YearMonth.of(2026, 1)), 1, 2, 10);
    p.addReport(MonthlySeries.index(YearMonth.of(2026, 4)), 1, 2, 11);
    p.addReport(MonthlySeries.index(YearMonth.of(2026, 5)), 1, 2, 12);
    p.addReport(MonthlySeries.index(YearMonth.of(2026, 5)), 1, 3, 0);
    p.addReport(MonthlySeries.index(YearMonth.of(2026, 6)), 1, 2, 13);
    List<String> named = new ArrayList<>();
    p.unmatchedReports(
        (m, file, row) -> named.add(MonthlySeries.fromIndex(m) + " " + file + ":" + row));
    assertEquals(List.of("2026-05 2:12", "2026-05 3:0", "2026-06 2:13"), named);
    assertEquals(
        List.of(1, 1, 2, 1),
        visit(p).stream().filter(s -> s.reports() > 0).map(Seen::reports).toList(),
        "January's report still counts as unmatched in January");
  }

  @Test
  void manyAnswersGrowTheArrays() {
    RespondentMonths p = sixMonths();
    for (int i = 0; i < 40; i++) {
      answer(p, "2026-06-01", 0, i, "row-" + i);
    }
    assertEquals("row-39", visit(p).get(0).department());
  }

  @Test
  void levelsUnpackWithMissingAsMinusOne() {
    int[] levels = {3, -1, 2, 0, -1, 1};
    int packed = 0;
    for (Factor f : Factor.values()) {
      packed |= (levels[f.ordinal()] + 1) << PackedLevels.shift(f);
    }
    for (Factor f : Factor.values()) {
      assertEquals(levels[f.ordinal()], PackedLevels.level(packed, f), f.id());
      assertEquals(Factor.MISSING, PackedLevels.level(0, f), "0 packs nobody's answer");
    }
  }
}
