package org.ergolens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without the Debian packages the browser tests fail and say what to install; never a skip. */
class HeadlessChromiumTest {
  @Test
  void aMissingBrowserFailsWithTheInstallCommand() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                HeadlessChromium.requireInstalled(
                    Path.of("/nonexistent/chromium"), Path.of(HeadlessChromium.DRIVER)));
    assertEquals(
        "The dashboard's browser tests need Debian's chromium and chromium-driver, but"
            + " /nonexistent/chromium is missing. Install them with: apt-get update && apt-get"
            + " install -y chromium chromium-driver (.ci/run does this).",
        e.getMessage());
  }
}
