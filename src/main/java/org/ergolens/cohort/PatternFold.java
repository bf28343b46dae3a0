package org.ergolens.cohort;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ergolens.ingest.Columns;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Folds one partition of answers and reports (all rows of each respondent in the same partition)
 * into pattern counts per month. The rows of the partition's respondents are held in memory while
 * it runs, a few numbers per answer and per month; what it returns is bounded by the number of
 * patterns, not of people.
 */
final class PatternFold implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private static final String MONTH = "month";
  private static final String DAY = "day";
  private static final String FILE = "file";
  private static final String POSITION = "position";
  private static final String LEVELS = "levels";
  private static final String FLAGS = "flags";

  /**
   * One answer or report as the fold reads it: respondent, month index, day (epoch day), file, row,
   * department, packed levels ({@link PackedLevels}), outcome flag bits. An answer has no flags; a
   * report has only its month, file, row and flags. A null argument is a null column.
   */
  static Column[] event(
      Column month,
      Column day,
      Column file,
      Column position,
      Column department,
      Column levels,
      Column flags) {
    return new Column[] {
      col(Columns.RESPONDENT_ID),
      month.as(MONTH),
      orNull(day, DataTypes.IntegerType).as(DAY),
      orNull(file, DataTypes.IntegerType).as(FILE),
      orNull(position, DataTypes.LongType).as(POSITION),
      orNull(department, DataTypes.StringType).as(Columns.DEPARTMENT),
      orNull(levels, DataTypes.IntegerType).as(LEVELS),
      orNull(flags, DataTypes.IntegerType).as(FLAGS)
    };
  }

  private static Column orNull(Column c, DataType type) {
    return c == null ? lit(null).cast(type) : c;
  }

  /** Counted per pattern, in this order after the keys. */
  static final List<String> COUNTS = counts();

  /**
   * Month, in population, department, levels, then {@link #COUNTS}; then the file and row of an
   * unmatched report (see {@link #patterns}), null in a row of counts.
   */
  static final StructType PATTERNS = patternsSchema();

  private final int firstMonth;
  private final int months;
  private final int lookback;
  private final int positionsFrom;

  /**
   * @param positionsFrom the first month (index) whose unmatched reports are named by their place
   *     in the input
   */
  PatternFold(int firstMonth, int months, int lookback, int positionsFrom) {
    this.firstMonth = firstMonth;
    this.months = months;
    this.lookback = lookback;
    this.positionsFrom = positionsFrom;
  }

  /** Where each field of an event is, looked up by name once per partition. */
  private record EventFields(
      int respondent,
      int month,
      int day,
      int file,
      int position,
      int department,
      int levels,
      int flags) {
    static EventFields of(StructType schema) {
      return new EventFields(
          schema.fieldIndex(Columns.RESPONDENT_ID),
          schema.fieldIndex(MONTH),
          schema.fieldIndex(DAY),
          schema.fieldIndex(FILE),
          schema.fieldIndex(POSITION),
          schema.fieldIndex(Columns.DEPARTMENT),
          schema.fieldIndex(LEVELS),
          schema.fieldIndex(FLAGS));
    }
  }

  @Override
  public Iterator<Row> call(Iterator<Row> events) {
    Map<String, RespondentMonths> people = new HashMap<>();
    Departments departments = new Departments();
    EventFields f = null;
    while (events.hasNext()) {
      Row e = events.next();
      if (f == null) {
        f = EventFields.of(e.schema());
      }
      RespondentMonths p =
          people.computeIfAbsent(
              e.getString(f.respondent()),
              id -> new RespondentMonths(firstMonth, months, lookback, positionsFrom));
      if (e.isNullAt(f.flags())) {
        p.addAnswer(
            e.getInt(f.month()),
            e.getInt(f.day()),
            e.getInt(f.file()),
            e.getLong(f.position()),
            departments.number(e.getString(f.department())),
            e.getInt(f.levels()));
      } else {
        p.addReport(
            e.getInt(f.month()), e.getInt(f.flags()), e.getInt(f.file()), e.getLong(f.position()));
      }
    }
    return patterns(people.values(), departments);
  }

  /** The partition's departments as numbers 0, 1, …, in the order first seen. */
  private static final class Departments {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int number(String name) {
      return numbers.computeIfAbsent(
          name,
          n -> {
            names.add(n);
            return names.size() - 1;
          });
    }

    /** The name of a department number; null for -1 (no department). */
    String name(int number) {
      return number < 0 ? null : names.get(number);
    }
  }

  /**
   * The partition's pattern counts per month, and one row per unmatched report from {@code
   * positionsFrom} on, with its file and row and nothing counted: the month's rejects are written
   * from these, where the counts already include them.
   */
  private Iterator<Row> patterns(Iterable<RespondentMonths> people, Departments departments) {
    PatternTally tally = new PatternTally(months, COUNTS.size());
    List<Row> out = new ArrayList<>();
    int outcomes = Outcome.values().length;
    long[] nothing = new long[COUNTS.size()];
    for (RespondentMonths p : people) {
      p.unmatchedReports(
          (month, file, position) -> out.add(patternRow(month, null, 0, nothing, file, position)));
      p.visit(
          (month, department, levels, flags, reports) -> {
            int at = tally.row(month - firstMonth, department, levels);
            if (department >= 0) {
              tally.add(at, 0, 1);
              for (int o = 0; o < outcomes; o++) {
                tally.add(at, 1 + o, (flags >>> o) & 1);
              }
              tally.add(at, 1 + outcomes, (flags & MonthlyCohort.RED_FLAG_BIT) != 0 ? 1 : 0);
            }
            tally.add(at, 2 + outcomes, reports);
          });
    }
    for (int r = 0; r < tally.rows(); r++) {
      out.add(
          patternRow(
              firstMonth + tally.month(r),
              departments.name(tally.department(r)),
              tally.levels(r),
              tally.counts(r),
              null,
              null));
    }
    return out.iterator();
  }

  /**
   * One row of {@link #PATTERNS}: in the population when it has a department; the file and row only
   * for an unmatched report.
   */
  private static Row patternRow(
      int month, String department, int levels, long[] counts, Integer file, Long position) {
    Object[] row = new Object[PATTERNS.size()];
    row[0] = month;
    row[1] = department != null;
    row[2] = department;
    putLevels(row, 3, levels);
    int countsAt = 3 + Factor.values().length;
    for (int i = 0; i < counts.length; i++) {
      row[countsAt + i] = counts[i];
    }
    row[countsAt + counts.length] = file;
    row[countsAt + counts.length + 1] = position;
    return RowFactory.create(row);
  }

  private static List<String> counts() {
    List<String> c = new ArrayList<>(List.of("respondents"));
    for (Outcome o : Outcome.values()) {
      c.add(o.id());
    }
    c.add(MonthlyCohort.RED_FLAG);
    c.add(MonthlySeries.REPORTS);
    return List.copyOf(c);
  }

  /** Each factor's level from {@code packed}, in factor order from {@code at}. */
  private static void putLevels(Object[] row, int at, int packed) {
    for (Factor f : Factor.values()) {
      row[at + f.ordinal()] = PackedLevels.level(packed, f);
    }
  }

  private static StructType patternsSchema() {
    StructType s =
        new StructType()
            .add(MonthlySeries.MONTH, DataTypes.IntegerType, false)
            .add(MonthlySeries.IN_POPULATION, DataTypes.BooleanType, false)
            .add(Columns.DEPARTMENT, DataTypes.StringType, true);
    s = withLevels(s);
    for (String c : counts()) {
      s = s.add(c, DataTypes.LongType, false);
    }
    return s.add(Columns.FILE_INDEX, DataTypes.IntegerType, true)
        .add(Columns.POSITION, DataTypes.LongType, true);
  }

  /** The schema with a level index column per factor appended. */
  private static StructType withLevels(StructType s) {
    for (Factor f : Factor.values()) {
      s = s.add(Levels.column(f), DataTypes.IntegerType, false);
    }
    return s;
  }
}
