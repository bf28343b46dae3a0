package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ergolens.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A unit's HTML brief as a line manager opens it in a browser (Debian's headless Chromium): it
 * loads nothing, its policy lets its stylesheets apply, it reads on a laptop and a phone, and it
 * prints as A4. Screenshots and the printed PDF go to {@code target/brief-screenshots/}.
 */
class BriefBrowserTest {
  static final Path SHOTS = Path.of("target/brief-screenshots");
  static final ObjectMapper JSON = new ObjectMapper();
  static HeadlessChromium chromium;
  static ChromeDriver driver;
  static String url;

  @BeforeAll
  static void openTheBrief() throws IOException {
    Files.createDirectories(SHOTS);
    Path page = SHOTS.resolve("field-sales.html");
    Files.writeString(page, BriefHtml.render(BriefFixtures.fieldSales()));
    Files.writeString(
        SHOTS.resolve("organisation.html"), BriefHtml.render(BriefFixtures.organisation()));
    url = page.toUri().toString();
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void itLoadsNothingAndItsStylesApply() {
    chromium.viewport(1366, 768, false);
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
    List<String> problems = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        problems.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertEquals(List.of(), problems, "console errors, such as a refused stylesheet");
    Set<String> requested = new HashSet<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = read(e.getMessage()).path("message");
      if (m.path("method").asText().startsWith("Network.requestWillBeSent")) {
        requested.add(m.path("params").path("request").path("url").asText());
      }
    }
    assertEquals(Set.of(url), requested, "the only request is the page itself");
    assertEquals(
        "rgba(181, 68, 26, 1)",
        driver.findElement(By.id("risk-level")).getCssValue("background-color"),
        "the stylesheet applies: the high risk badge is red");
    chromium.screenshot(SHOTS.resolve("field-sales-1366x768.png"));
    chromium.fullPageScreenshot(SHOTS.resolve("field-sales-1366-full.png"));
  }

  @Test
  void theFirstLineIsTheFirstThingReadAndEveryRegionIsDrawn() {
    chromium.viewport(1366, 768, false);
    driver.get(url);
    assertEquals(
        BriefWording.headline(BriefFixtures.fieldSales()),
        driver.findElement(By.id("headline")).getText().replace('\n', ' '));
    assertTrue(driver.findElement(By.id("headline")).getLocation().getY() < 300);
    assertEquals(10, driver.findElements(By.cssSelector("svg.region-bar")).size());
    assertEquals(
        1, driver.findElements(By.cssSelector("svg.region-bar g.withheld")).size(), "one hatch");
  }

  @Test
  void onAPhoneNothingRunsOffTheSide() {
    chromium.viewport(390, 844, true);
    driver.get(url);
    chromium.fullPageScreenshot(SHOTS.resolve("field-sales-390x844-full.png"));
    Object fits =
        driver.executeScript(
            "var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  if (e.closest('.regions-table')) return;"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && r.right > w + 1) out.push(e.tagName + '.' + e.className);"
                + "});"
                + "return out;");
    assertEquals(List.of(), fits, "elements past the right edge (the region table scrolls)");
  }

  @Test
  void itPrintsAsA4() throws IOException {
    chromium.viewport(1366, 768, false);
    driver.get(url);
    Path pdf = SHOTS.resolve("field-sales-printed.pdf");
    chromium.printToPdf(pdf);
    assertTrue(BriefTexts.pages(Files.readAllBytes(pdf)) <= 2, "two A4 pages at most");
    driver.get(SHOTS.resolve("organisation.html").toUri().toString());
    chromium.fullPageScreenshot(SHOTS.resolve("organisation-1366-full.png"));
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
