package org.ergolens.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * The header of one export file: its first {@code headerRows} rows, one list of cells per row.
 * Profiles name columns by any of their header cells.
 *
 * @param file the export file, for messages
 * @param rows the header rows, each as many cells as the file has there
 */
public record ExportHeader(String file, List<List<String>> rows) {
  /** Columns named in a message before the rest are counted only. */
  static final int SHOWN_COLUMNS = 40;

  public ExportHeader {
    List<List<String>> copy = new ArrayList<>();
    for (List<String> r : rows) {
      copy.add(List.copyOf(r.stream().map(c -> c == null ? "" : c).toList()));
    }
    rows = List.copyOf(copy);
  }

  /** Columns: the widest header row's cells. */
  public int width() {
    return rows.stream().mapToInt(List::size).max().orElse(0);
  }

  /** Header cell of {@code column} in {@code row}, or empty text. */
  public String cell(int row, int column) {
    List<String> r = rows.get(row);
    return column < r.size() ? r.get(column) : "";
  }

  /** The columns that {@code ref} names, in order. */
  public List<Integer> matching(ColumnRef ref) {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < width(); c++) {
      if (matchingRow(ref, c) >= 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first header row whose cell in {@code column} {@code ref} matches, or -1. */
  public int matchingRow(ColumnRef ref, int column) {
    for (int r = 0; r < rows.size(); r++) {
      if (ref.matches(cell(r, column))) {
        return r;
      }
    }
    return -1;
  }

  /**
   * One header row as a message shows it: {@code row 2: "Start Date", "End Date", …; 33 columns}.
   */
  public String describe(int row) {
    StringBuilder b = new StringBuilder();
    if (rows.size() > 1) {
      b.append("row ").append(row + 1).append(": ");
    }
    int n = width();
    for (int c = 0; c < Math.min(n, SHOWN_COLUMNS); c++) {
      b.append(c == 0 ? "" : ", ").append(Texts.quoted(cell(row, c)));
    }
    if (n > SHOWN_COLUMNS) {
      b.append(", …");
    }
    return b.append("; ").append(n).append(n == 1 ? " column" : " columns").toString();
  }
}
