package org.ergolens.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

/** Sheet names from hostile department ids: valid for Excel and unique. */
class SheetNamesTest {
  @Test
  void replacesForbiddenCharactersAndTrimsApostrophes() {
    SheetNames names = new SheetNames();
    assertEquals("a_b_c_d_e_f_g_", names.next("a[b]c:d*e?f/g\\"));
    assertEquals("quoted", names.next("'quoted'"));
    assertEquals("tab_here", names.next("tab\there"));
    assertEquals("unit", names.next("''"));
    assertEquals("History_", names.next("History"));
  }

  @Test
  void keepsNamesWithinThirtyOneCharactersAndUniqueIgnoringCase() {
    SheetNames names = new SheetNames();
    String longId = "Customer Service – Malmö and Göteborg region";
    List<String> got =
        List.of(
            names.next("Summary"),
            names.next("SUMMARY"),
            names.next(longId),
            names.next(longId + " 2"),
            names.next("summary"));
    assertEquals(
        List.of(
            "Summary",
            "SUMMARY~2",
            "Customer Service – Malmö and Gö",
            "Customer Service – Malmö and~2",
            "summary~3"),
        got);
    Set<String> seen = new HashSet<>();
    for (String name : got) {
      WorkbookUtil.validateSheetName(name);
      assertTrue(name.length() <= SheetNames.MAX_LENGTH, name);
      assertTrue(seen.add(name.toUpperCase(Locale.ROOT)), "unique: " + name);
    }
  }

  @Test
  void neverSplitsACharacterOutsideTheBasicPlane() {
    String id = "a".repeat(30) + "\uD83D\uDE00";
    String name = new SheetNames().next(id);
    assertEquals("a".repeat(30), name, "the emoji's two halves would cross the limit");
  }
}
