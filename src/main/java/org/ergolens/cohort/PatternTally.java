package org.ergolens.cohort;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.Arrays;

/**
 * Counts per pattern (month, department, packed levels) of one partition of the series fold, in
 * primitive arrays: a partition visits each of its respondents' months, millions of visits at a
 * million respondents, into a few hundred thousand patterns, and a map of record keys to boxed
 * arrays spent more time hashing, comparing department names and allocating than counting.
 * Departments are numbers here ({@code -1}: none); the caller keeps their names.
 */
final class PatternTally {
  private final int width;
  private final LongIntHashMap[] rowsOfMonth;
  private int rows;
  private int[] rowMonth = new int[1024];
  private int[] rowDepartment = new int[1024];
  private int[] rowLevels = new int[1024];
  private long[] counts;

  /**
   * @param months how many months the keys span (month offsets 0 to {@code months - 1})
   * @param width how many counts a pattern has
   */
  PatternTally(int months, int width) {
    this.width = width;
    this.rowsOfMonth = new LongIntHashMap[months];
    this.counts = new long[1024 * width];
  }

  /** The row of a pattern, added with zero counts when new. */
  int row(int month, int department, int levels) {
    LongIntHashMap rowOf = rowsOfMonth[month];
    if (rowOf == null) {
      rowOf = rowsOfMonth[month] = new LongIntHashMap();
    }
    long key = ((long) (department + 1) << Integer.SIZE) | Integer.toUnsignedLong(levels);
    int slot = rowOf.indexOf(key);
    if (rowOf.indexExists(slot)) {
      return rowOf.indexGet(slot);
    }
    if (rows == rowMonth.length) {
      int n = rows * 2;
      rowMonth = Arrays.copyOf(rowMonth, n);
      rowDepartment = Arrays.copyOf(rowDepartment, n);
      rowLevels = Arrays.copyOf(rowLevels, n);
      counts = Arrays.copyOf(counts, n * width);
    }
    rowMonth[rows] = month;
    rowDepartment[rows] = department;
    rowLevels[rows] = levels;
    rowOf.indexInsert(slot, key, rows);
    return rows++;
  }

  /** Adds {@code n} to count {@code count} of row {@code row}. */
  void add(int row, int count, long n) {
    counts[row * width + count] += n;
  }

  int rows() {
    return rows;
  }

  int month(int row) {
    return rowMonth[row];
  }

  int department(int row) {
    return rowDepartment[row];
  }

  int levels(int row) {
    return rowLevels[row];
  }

  /** Every count of row {@code row}, in order. */
  long[] counts(int row) {
    return Arrays.copyOfRange(counts, row * width, (row + 1) * width);
  }
}
