package org.ergolens.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Reads blocks of {@code report.xlsx} back for tests. */
public final class Sheets {
  private Sheets() {}

  /** A text cell of a workbook: where it is and what it says. */
  public record TextCell(String sheet, String address, String text) {}

  /**
   * The rows of a block whose header row starts with {@code heading}, keyed by their first cell's
   * text; the block ends at the first empty row or row without a first cell.
   */
  public static Map<String, Row> block(Sheet sheet, String heading) {
    Map<String, Row> out = new LinkedHashMap<>();
    boolean in = false;
    int previous = -1;
    for (Row row : sheet) {
      String first = text(row.getCell(0));
      boolean next = row.getRowNum() == previous + 1;
      previous = row.getRowNum();
      if (!in && heading.equals(first)) {
        in = true;
      } else if (in && next && first != null && !first.isEmpty()) {
        out.put(first, row);
      } else if (in) {
        break;
      }
    }
    return out;
  }

  /** Every text cell of the workbook. */
  public static List<TextCell> texts(Workbook wb) {
    List<TextCell> out = new ArrayList<>();
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            out.add(
                new TextCell(
                    sheet.getSheetName(),
                    cell.getAddress().formatAsString(),
                    cell.getStringCellValue()));
          }
        }
      }
    }
    return out;
  }

  /** A cell's text, or null when it holds none. */
  public static String text(Cell cell) {
    return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
  }
}
