package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.model.Headcounts;

/**
 * The optional {@code headcount} dataset: its checks across rows ({@code unknown_department}, then
 * {@code duplicate_headcount}) and its accepted rows as {@link Headcounts}. The dataset is small (a
 * row per department, or per department and month), so its rows are checked on the driver.
 */
public final class HeadcountReader {
  private HeadcountReader() {}

  /**
   * A row rejected by a check across rows.
   *
   * @param file the row's file index
   * @param position its position in the file
   * @param reason why
   * @param column the column the reason is about
   */
  record Rejection(int file, long position, ReasonCode reason, String column) {}

  /**
   * The rows checked one by one and valid so far (department, headcount, month, file index,
   * position), in input order.
   */
  static List<Row> validRows(Dataset<Row> typed) {
    List<Row> rows =
        new ArrayList<>(
            typed
                .filter(col(Columns.REASON).isNull())
                .select(
                    Columns.DEPARTMENT,
                    Columns.HEADCOUNT,
                    Columns.MONTH,
                    Columns.FILE_INDEX,
                    Columns.POSITION)
                .collectAsList());
    rows.sort(
        Comparator.<Row>comparingInt(r -> r.getAs(Columns.FILE_INDEX))
            .thenComparingLong(r -> r.getAs(Columns.POSITION)));
    return List.copyOf(rows);
  }

  /**
   * The checks across rows, in the contract's order: a department not in the tree (when one is
   * given) is {@code unknown_department}; among the rest, a second row for the same department and
   * month (or a second undated row for a department) is {@code duplicate_headcount}: the first in
   * input order wins, as for repeated report ids.
   */
  static List<Rejection> rejections(List<Row> validRows, Optional<Set<String>> departmentIds) {
    List<Rejection> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row r : validRows) {
      String department = r.getAs(Columns.DEPARTMENT);
      int file = r.getAs(Columns.FILE_INDEX);
      long position = r.getAs(Columns.POSITION);
      if (departmentIds.isPresent() && !departmentIds.get().contains(department)) {
        out.add(new Rejection(file, position, ReasonCode.UNKNOWN_DEPARTMENT, Columns.DEPARTMENT));
      } else if (!seen.add(department + "\u0000" + r.getAs(Columns.MONTH))) {
        out.add(new Rejection(file, position, ReasonCode.DUPLICATE_HEADCOUNT, Columns.DEPARTMENT));
      }
    }
    return List.copyOf(out);
  }

  /** The accepted rows of an ingested headcount dataset; none when it is absent. */
  public static Headcounts read(IngestedDataset headcount) {
    if (headcount == null) {
      return Headcounts.none();
    }
    List<Headcounts.Row> rows = new ArrayList<>();
    for (Row r : headcount.acceptedRows().orElseThrow()) {
      String month = r.getAs(Columns.MONTH);
      rows.add(
          new Headcounts.Row(
              r.getAs(Columns.DEPARTMENT),
              Optional.ofNullable(month).map(YearMonth::parse),
              r.<Long>getAs(Columns.HEADCOUNT)));
    }
    return new Headcounts(rows, true);
  }
}
