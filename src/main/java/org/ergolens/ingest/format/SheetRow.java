package org.ergolens.ingest.format;

import java.util.List;

/**
 * One row of a worksheet that holds at least one value.
 *
 * @param rowNumber the sheet's row number (1 is the first row)
 * @param cells the cells by column (0 is column A), {@link CellValue.Blank} where empty
 */
public record SheetRow(int rowNumber, List<CellValue> cells) {
  public SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell in column {@code column} (0 is A); blank beyond the last cell. */
  public CellValue cell(int column) {
    return column < cells.size() ? cells.get(column) : CellValue.Blank.INSTANCE;
  }
}
