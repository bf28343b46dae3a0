package org.ergolens.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at fixed paths, so that
 * Selenium Manager never runs and nothing is downloaded. Started offline-friendly: no background
 * networking, component updates, sync or QUIC, and a fresh profile. When the packages are missing
 * the test fails and says how to install them: browser tests are never skipped.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final String BROWSER = "/usr/bin/chromium";
  public static final String DRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser, or throws an AssertionError that says what to install. */
  public static HeadlessChromium start() {
    requireInstalled(Path.of(BROWSER), Path.of(DRIVER));
    try {
      Path profile = Files.createTempDirectory("ergolens-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
          "--disable-default-apps",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + profile,
          "--window-size=1366,768");
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      options.setExperimentalOption(
          "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(DRIVER))
              .usingAnyFreePort()
              .build();
      return new HeadlessChromium(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws an AssertionError naming the packages to install when either file is missing. */
  static void requireInstalled(Path browser, Path driver) {
    for (Path exe : List.of(browser, driver)) {
      if (!Files.isExecutable(exe)) {
        throw new AssertionError(
            "The dashboard's browser tests need Debian's chromium and chromium-driver, but "
                + exe
                + " is missing. Install them with: apt-get update && apt-get install -y chromium"
                + " chromium-driver (.ci/run does this).");
      }
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Emulates a viewport of {@code width} × {@code height} CSS pixels ({@code mobile} for a phone:
   * its viewport meta tag applies).
   */
  public void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Saves what is in the viewport. */
  public void screenshot(Path file) {
    write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Saves the whole page, however long. */
  public void fullPageScreenshot(Path file) {
    @SuppressWarnings("unchecked")
    Map<String, Object> size =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Object shot =
        driver
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "format",
                    "png",
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of(
                        "x",
                        0,
                        "y",
                        0,
                        "width",
                        size.get("width"),
                        "height",
                        size.get("height"),
                        "scale",
                        1)))
            .get("data");
    write(file, Base64.getDecoder().decode((String) shot));
  }

  /** Prints the page to PDF the way the browser's print does (print stylesheet, print events). */
  public void printToPdf(Path file) {
    Object pdf =
        driver
            .executeCdpCommand(
                "Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true))
            .get("data");
    write(file, Base64.getDecoder().decode((String) pdf));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
