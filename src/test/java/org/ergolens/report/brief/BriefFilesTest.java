package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BriefFilesTest {
  @Test
  void aPlainIdIsItsOwnName() {
    assertEquals("briefs/com-fs.html", BriefFiles.html("com-fs"));
    assertEquals("briefs/com-fs.pdf", BriefFiles.pdf("com-fs"));
    assertEquals("other", BriefFiles.baseName("other"));
  }

  @Test
  void anyOtherIdBecomesASafeUniqueName() {
    String slash = BriefFiles.baseName("sales/north");
    assertTrue(slash.matches("sales_north-[0-9a-f]{8}"), slash);
    assertNotEquals(slash, BriefFiles.baseName("sales_north"), "never the name of another id");
    assertNotEquals(BriefFiles.baseName("a b"), BriefFiles.baseName("a/b"));
    assertTrue(BriefFiles.baseName("..").matches("_\\.-[0-9a-f]{8}"), BriefFiles.baseName(".."));
    assertTrue(BriefFiles.baseName(".hidden").startsWith("_hidden-"));
    assertTrue(
        BriefFiles.baseName("Ventes – Île-de-France")
            .matches("Ventes____le-de-France-[0-9a-f]{8}"));
    assertTrue(BriefFiles.baseName("x".repeat(200)).length() <= 89);
  }
}
