package org.ergolens.ingest.format;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads every row of a workbook's first sheet and prints how many there were and the most heap any
 * collector pool held: run in a child JVM with a small heap by {@link LargeWorkbookTest}.
 */
public final class SheetRowCount {
  private SheetRowCount() {}

  public static void main(String[] args) throws Exception {
    long rows = 0;
    long cells = 0;
    try (XlsxSheetReader reader = XlsxSheetReader.open(Path.of(args[0]), Optional.empty())) {
      for (Optional<SheetRow> r = reader.next(); r.isPresent(); r = reader.next()) {
        rows++;
        cells += r.get().cells().size();
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("rows=" + rows + " cells=" + cells + " peak_heap_mb=" + (peak >> 20));
  }
}
