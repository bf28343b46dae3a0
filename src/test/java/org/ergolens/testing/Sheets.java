package org.ergolens.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads blocks of {@code report.xlsx} back for tests. */
public final class Sheets {
  private Sheets() {}

  /**
   * The value cells of a "measure | value | column" block under the header {@code title}, keyed by
   * the table column named in the block's third column; the block ends at the first row without
   * one.
   */
  public static Map<String, Cell> measures(Sheet sheet, String title) {
    Map<String, Cell> out = new LinkedHashMap<>();
    boolean in = false;
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(title)) {
        in = true;
      } else if (in && row.getCell(2) != null) {
        out.put(row.getCell(2).getStringCellValue(), row.getCell(1));
      } else if (in) {
        break;
      }
    }
    return out;
  }
}
