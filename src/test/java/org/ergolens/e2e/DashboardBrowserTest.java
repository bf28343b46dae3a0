package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.HeadlessChromium;
import org.ergolens.testing.TestInputs;
import org.ergolens.text.Labels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard of a real run, opened from a {@code file:} URL in headless Chromium: it loads with
 * no console error and no request, shows the numbers of {@code report.json}, {@code
 * factor_effects.csv} and {@code department_summary.csv}, shows a hostile department name as text,
 * never shows a withheld number, sorts and filters, fits a laptop and a phone, and prints. One
 * browser for the class; screenshots go to {@code target/dashboard-screenshots/}.
 */
class DashboardBrowserTest {
  static final String HOSTILE = "<img src=x onerror=alert(1)>";
  static final String TINY_NAME = "Tiny \"team\" & co";
  static final String TINY_ID = "tiny";
  static final String NIGHT_ID = "night";
  static final Path SHOTS = Path.of("target", "dashboard-screenshots");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path report;
  static String url;
  static JsonNode reportJson;
  static List<Map<String, String>> departments;
  static List<Map<String, String>> effects;
  static HeadlessChromium chromium;
  static ChromeDriver driver;

  @BeforeAll
  static void runTheJobAndStartTheBrowser() throws IOException {
    Path in = dir.resolve("in");
    new Generator(GeneratorSpec.defaults().withSeed(23).withRespondents(1500)).generate(in);
    plantHostileDepartment(in);
    plantTinyTeamWhereEveryoneHasNeckDiscomfort(in);
    plantNightShiftWithMuchLowerBackDiscomfort(in);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.run(
            "monthly", "--input", in.toString(), "--out", out.toString(), "--month", "2026-10");
    assertEquals(0, run.exitCode(), run.err());
    report = out.resolve("month=2026-10");
    reportJson = JSON.readTree(report.resolve("report.json").toFile());
    departments =
        Files2.readCsv(report.resolve("department_summary.csv")).stream()
            .filter(r -> r.get("row_kind").equals("unit"))
            .toList();
    effects = Files2.readCsv(report.resolve("factor_effects.csv"));
    url = report.resolve("dashboard.html").toUri().toString();

    chromium = HeadlessChromium.start();
    driver = chromium.driver();
    // Record any dialog instead of showing it: a script the page did not mean to run would.
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.__dialogs = [];"
                + "['alert', 'confirm', 'prompt'].forEach(function (n) {"
                + "  window[n] = function (m) { window.__dialogs.push(n + ':' + m); }; });"));
  }

  @AfterAll
  static void stopTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void openTheDashboardOnALaptop() {
    chromium.viewport(1366, 768, false);
    driver.get(url);
  }

  @Test
  void loadsWithoutConsoleErrorsOrAnyRequestButThePageItself() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
    List<String> problems = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        problems.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertEquals(List.of(), problems, "console errors and warnings");
    Set<String> requested = new HashSet<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = readJson(e.getMessage()).path("message");
      if (m.path("method").asText().startsWith("Network.requestWillBeSent")) {
        requested.add(m.path("params").path("request").path("url").asText());
      }
    }
    assertEquals(Set.of(url), requested, "the only request is the page itself");
    assertEquals(
        0L,
        js("return performance.getEntriesByType('resource').length;"),
        "no resource was loaded");
    assertEquals(
        true,
        js("return document.documentElement.classList.contains('js');"),
        "the inline script ran: the policy's hash matches it");
  }

  @Test
  void headlineNumbersAreTheReportsNumbers() {
    JsonNode org = reportJson.path("organization");
    assertEquals(
        String.format(Locale.ROOT, "%,d", org.path("respondents").asLong()), metric("respondents"));
    assertEquals(
        percent(org.path("outcomes").path("any_region").path("prevalence").asDouble()),
        metric("any-prevalence"));
    assertEquals(percent(org.path("red_flag_share").asDouble()), metric("red-flag-share"));
    assertEquals(
        String.format(Locale.ROOT, "%,d", org.path("red_flags").asLong()), metric("red-flags"));
    long september = 0;
    for (JsonNode r : reportJson.path("department_trends")) {
      if (r.path("scope").asText().equals("organization")
          && r.path("month").asText().equals("2026-09")) {
        september = r.path("respondents").asLong();
      }
    }
    assertTrue(september > 0, "September is in the trend table");
    long change = org.path("respondents").asLong() - september;
    assertTrue(
        driver
            .findElement(By.cssSelector("[data-change=respondents]"))
            .getText()
            .startsWith(
                (change >= 0 ? "+" : "−")
                    + String.format(Locale.ROOT, "%,d", Math.abs(change))
                    + " since September 2026"),
        "change against September as the trend table has it");
  }

  @Test
  void everyHeatmapCellIsTheDepartmentSummarysValueOrWithheld() {
    @SuppressWarnings("unchecked")
    List<List<Object>> cells =
        (List<List<Object>>)
            js(
                "var out = [];document.querySelectorAll('svg.heatmap"
                    + " g.row[data-dept]').forEach(function (r) { "
                    + " r.querySelectorAll('g[data-outcome]').forEach(function (c) {   "
                    + " out.push([r.getAttribute('data-dept'), c.getAttribute('data-outcome'),     "
                    + " c.getAttribute('data-value'), c.querySelector('text').textContent,     "
                    + " c.classList.contains('withheld')]); }); });return out;");
    Map<String, Map<String, String>> byDept = new HashMap<>();
    departments.forEach(d -> byDept.put(d.get("department"), d));
    assertEquals(departments.size() * 10, cells.size(), "one cell per unit and outcome");
    int withheld = 0;
    for (List<Object> c : cells) {
      String csv = byDept.get((String) c.get(0)).get("prevalence_" + c.get(1));
      if (csv.isEmpty()) {
        withheld++;
        assertEquals(true, c.get(4), "withheld in the CSV, withheld on the page: " + c);
        assertEquals("withheld", c.get(3));
        assertEquals(null, c.get(2), "no value behind a withheld cell");
      } else {
        assertEquals(Double.parseDouble(csv), Double.parseDouble((String) c.get(2)), c.toString());
        assertEquals(percent(Double.parseDouble(csv)), c.get(3));
      }
    }
    assertTrue(
        byDept.get("tiny").get("prevalence_neck").isEmpty(),
        "everyone in it has neck" + " discomfort, so the CSV withholds it (attribute disclosure)");
    assertTrue(withheld > 0, "the tiny team's neck cell at least is withheld");
  }

  @Test
  void forestPlotPointsAreTheAdjustedOddsRatiosOfFactorEffects() {
    @SuppressWarnings("unchecked")
    List<List<String>> points =
        (List<List<String>>)
            js(
                "return Array.from(document.querySelectorAll('svg.forest g.effect')).map(function"
                    + " (g) { return [g.getAttribute('data-factor'), g.getAttribute('data-level'),"
                    + " g.getAttribute('data-outcome'), g.getAttribute('data-value')]; });");
    Map<String, String> fitted = new HashMap<>();
    for (Map<String, String> e : effects) {
      if (e.get("scope").equals("organization") && !e.get("adjusted_odds_ratio").isEmpty()) {
        fitted.put(
            e.get("factor") + "/" + e.get("level") + "/" + e.get("outcome"),
            e.get("adjusted_odds_ratio"));
      }
    }
    assertFalse(fitted.isEmpty(), "the test organisation is big enough for the model");
    assertEquals(fitted.size(), points.size(), "one point per fitted row, nothing else");
    for (List<String> p : points) {
      String csv = fitted.get(p.get(0) + "/" + p.get(1) + "/" + p.get(2));
      assertEquals(Double.parseDouble(csv), Double.parseDouble(p.get(3)), p.toString());
    }
  }

  @Test
  void funnelPlotsHaveAPointForEachComparedUnitMarkedAsDepartmentComparisonsSays()
      throws IOException {
    List<Map<String, String>> comparisons =
        Files2.readCsv(report.resolve("department_comparisons.csv"));
    js(
        "document.querySelectorAll('#comparisons details').forEach(function (d) { d.open = true; });");
    @SuppressWarnings("unchecked")
    List<List<String>> points =
        (List<List<String>>)
            js(
                "return Array.from(document.querySelectorAll('svg.funnel g.unit')).map(function"
                    + " (g) { var r = g.querySelector('.mark').getBoundingClientRect();"
                    + " return [g.closest('svg').getAttribute('data-outcome'),"
                    + " g.getAttribute('data-unit'), g.getAttribute('data-position'),"
                    + " g.getAttribute('data-respondents'), g.getAttribute('data-cases'),"
                    + " String(r.width > 0 && r.height > 0)]; });");
    Map<String, String> shown = new HashMap<>();
    for (List<String> p : points) {
      assertEquals("true", p.get(5), "the point is drawn: " + p);
      assertEquals(null, shown.put(p.get(0) + "/" + p.get(1), p.get(2)), "one point: " + p);
    }
    Map<String, String> expected = new HashMap<>();
    for (Map<String, String> c : comparisons) {
      String position =
          c.get("above_998").equals("true")
              ? "above998"
              : c.get("above_95").equals("true")
                  ? "above95"
                  : c.get("below_95").equals("true") ? "below95" : "within";
      expected.put(c.get("outcome") + "/" + c.get("department"), position);
    }
    assertEquals(expected, shown, "one point per department_comparisons row, marked as it says");
    assertEquals(
        "above998",
        shown.get("lower_back/" + NIGHT_ID),
        "the night shift's lower-back discomfort is beyond chance");
    assertFalse(shown.containsKey("neck/" + TINY_ID), "the tiny team's neck cases are withheld");
    assertTrue(
        departments.stream()
            .anyMatch(d -> d.get("department").equals(TINY_ID) && d.get("cases_neck").isEmpty()),
        "the CSV withholds them too");
    String neckNote =
        (String)
            js(
                "return document.getElementById('funnel-neck').closest('figure')"
                    + ".querySelector('p.note').textContent;");
    long missing =
        departments.size()
            - comparisons.stream().filter(c -> c.get("outcome").equals("neck")).count();
    assertTrue(
        neckNote.matches(
            "(?s)"
                + missing
                + " units? (is|are) not shown: (its|their) neck cases are withheld to protect"
                + " privacy \\(.*\\)\\."),
        missing + " units without a neck row: " + neckNote);
    assertTrue(neckNote.contains(TINY_NAME), "the tiny team is named: " + neckNote);
    chromium.viewport(1366, 1400, false);
    Files.createDirectories(SHOTS);
    for (String[] shot :
        new String[][] {
          {"figure.funnel-main", "dashboard-funnel-plot.png"},
          {".funnel-grid", "dashboard-funnel-regions.png"}
        }) {
      WebElement figure = driver.findElement(By.cssSelector(shot[0]));
      js("arguments[0].scrollIntoView({block: 'center'});", figure);
      Files.write(
          SHOTS.resolve(shot[1]), figure.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
  }

  @Test
  void theUnitChooserHighlightsTheUnitsPointInTheFunnelPlot() {
    String unit = "com";
    new Select(driver.findElement(By.id("unit"))).selectByValue(unit);
    @SuppressWarnings("unchecked")
    List<List<Object>> points =
        (List<List<Object>>)
            js(
                "return Array.from(document.querySelectorAll('svg#funnel-any-region g.unit'))"
                    + ".map(function (g) { return [g.getAttribute('data-unit'),"
                    + " parseFloat(getComputedStyle(g).opacity),"
                    + " getComputedStyle(g.querySelector('.ring')).display,"
                    + " g.getBoundingClientRect().height > 0]; });");
    assertTrue(points.size() > 1, points.toString());
    for (List<Object> p : points) {
      boolean chosen = p.get(0).equals(unit);
      assertEquals(true, p.get(3), "every point stays in place: " + p);
      assertEquals(
          chosen, ((Number) p.get(1)).doubleValue() == 1.0, "only " + unit + " full: " + p);
      assertEquals(chosen, !"none".equals(p.get(2)), "only " + unit + " ringed: " + p);
    }
    assertEquals(1, points.stream().filter(p -> p.get(0).equals(unit)).count());
    driver.findElement(By.id("unit-clear")).click();
    assertEquals(
        0L,
        js(
            "return Array.from(document.querySelectorAll('svg.funnel g.unit')).filter(function"
                + " (g) { return parseFloat(getComputedStyle(g).opacity) < 1; }).length;"),
        "all units again");
  }

  @Test
  void hostileDepartmentNameIsShownAsTextAndRunsNothing() throws InterruptedException {
    Thread.sleep(300);
    assertEquals(List.of(), js("return window.__dialogs;"), "no dialog was opened");
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert is open");
    } catch (NoAlertPresentException expected) {
      // Nothing ran.
    }
    assertEquals(0L, js("return document.images.length;"), "no img element");
    assertEquals(1L, js("return document.scripts.length;"), "only the page's own script");
    driver.findElement(By.cssSelector("#departments details summary")).click();
    List<String> names =
        driver.findElements(By.cssSelector("#heatmap-table tbody tr")).stream()
            .map(r -> r.findElement(By.cssSelector("td")).getText())
            .toList();
    assertTrue(names.contains(HOSTILE), "the name appears as text: " + names);
    assertTrue(names.contains(TINY_NAME), names.toString());
    assertEquals(
        HOSTILE,
        js(
            "return document.querySelector('svg.heatmap g.row[data-dept^=\"<img\"]')"
                + ".getAttribute('data-dept');"),
        "the id survives as an attribute value");
    assertTrue(driver.getPageSource().contains("&lt;img src=x onerror=alert(1)&gt;"));
  }

  @Test
  void withheldValuesShowNoNumberAnywhere() {
    List<WebElement> cells = driver.findElements(By.cssSelector("g.cell.withheld"));
    assertFalse(cells.isEmpty());
    for (WebElement c : cells) {
      String text = (String) js("return arguments[0].textContent;", c);
      String tooltip = (String) js("return arguments[0].querySelector('title').textContent;", c);
      String visible = (String) js("return arguments[0].querySelector('text').textContent;", c);
      assertEquals("withheld", visible);
      assertFalse(tooltip.replace(TINY_NAME, "").matches(".*\\d.*"), "no number: " + tooltip);
      assertFalse(text.contains("%"), text);
    }
    js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    List<WebElement> tds = driver.findElements(By.cssSelector("td.withheld"));
    assertFalse(tds.isEmpty());
    for (WebElement td : tds) {
      assertEquals("withheld", td.getText());
      assertEquals("", td.getAttribute("data-sort"));
    }
  }

  @Test
  void tablesSortByAnyColumn() {
    driver.findElement(By.cssSelector("#departments details summary")).click();
    WebElement respondents =
        driver.findElement(
            By.xpath("//table[@id='heatmap-table']//th[.//button[text()='Respondents']]"));
    respondents.findElement(By.tagName("button")).click();
    assertEquals("ascending", respondents.getAttribute("aria-sort"));
    List<Double> up = column("heatmap-table", 1);
    List<Double> sorted = new ArrayList<>(up);
    sorted.sort(null);
    assertEquals(sorted, up, "ascending, withheld last");
    respondents.findElement(By.tagName("button")).click();
    assertEquals("descending", respondents.getAttribute("aria-sort"));
    List<Double> down = column("heatmap-table", 1);
    sorted.sort(java.util.Collections.reverseOrder());
    assertEquals(sorted, down, "descending, withheld still last");
  }

  @Test
  void theUnitChooserPicksOneUnitExactlyInEveryUnitView() {
    WebElement chooser = driver.findElement(By.id("unit"));
    assertTrue(chooser.isDisplayed(), "the chooser shows once the script runs");
    assertTrue(
        chooser.getLocation().getY() < 200,
        "the chooser sits at the top: " + chooser.getLocation().getY());
    List<String> ids = chooserIds();
    assertEquals(departments.size(), ids.size(), "one entry per published unit: " + ids);
    List<String> all = heatmapRows();
    assertEquals(departments.size(), all.size());

    new Select(chooser).selectByValue("com");
    assertEquals(List.of("com"), heatmapRows(), "'com' picks Commercial, not com-cs or com-mkt");
    assertUnitViewsShowOnly("com");
    assertTrue(driver.getCurrentUrl().endsWith("#unit=com"), driver.getCurrentUrl());
    chromium.screenshot(SHOTS.resolve("dashboard-unit-com-1366x768.png"));

    new Select(chooser).selectByValue(HOSTILE);
    assertEquals(List.of(HOSTILE), heatmapRows());
    assertUnitViewsShowOnly(HOSTILE);

    driver.findElement(By.id("unit-clear")).click();
    assertEquals(all, heatmapRows(), "every unit again, in the same order");
    assertFalse(driver.getCurrentUrl().contains("#unit="), driver.getCurrentUrl());
  }

  @Test
  void aChosenUnitsHeatmapRowMovesUpUnderTheOrganisation() {
    String last = heatmapRows().get(heatmapRows().size() - 1);
    double rowY = heatmapRowTop("[data-unit]");
    double before = heatmapHeight();
    new Select(driver.findElement(By.id("unit"))).selectByValue(last);
    assertEquals(
        rowY,
        heatmapRowTop("[data-unit=\"" + last + "\"]"),
        0.5,
        "no gap where the other rows were");
    double below =
        ((Number)
                js(
                    "var svg = document.querySelector('svg.heatmap');"
                        + "var row = svg.querySelector('g.row[data-unit]:not(.filtered-out) rect')"
                        + ".getBoundingClientRect();"
                        + "return (svg.getBoundingClientRect().bottom - row.bottom) / row.height;"))
            .doubleValue();
    assertTrue(below < 1, "the chart ends under the unit's row: " + below + " rows below it");
    assertTrue(heatmapHeight() < before / 4, "the chart closed up: " + heatmapHeight());
  }

  private double heatmapHeight() {
    return ((Number)
            js("return document.querySelector('svg.heatmap').getBoundingClientRect().height;"))
        .doubleValue();
  }

  @Test
  void aDeepLinkOpensOnThatUnitOnALaptopAndAPhone() {
    for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
      chromium.viewport(size[0], size[1], size[0] < 500);
      driver.get(url + "#unit=" + java.net.URLEncoder.encode(TINY_ID, StandardCharsets.UTF_8));
      assertEquals(
          TINY_ID,
          new Select(driver.findElement(By.id("unit")))
              .getFirstSelectedOption()
              .getAttribute("value"));
      assertEquals(List.of(TINY_ID), heatmapRows());
      assertUnitViewsShowOnly(TINY_ID);
      assertTrue(unitStatus().contains(TINY_NAME), "the status names the unit");
      chromium.screenshot(SHOTS.resolve("dashboard-deep-link-" + size[0] + "x" + size[1] + ".png"));
    }
    driver.get(url + "#unit=no-such-unit");
    assertEquals(departments.size(), heatmapRows().size(), "an unknown unit shows everything");
    assertTrue(unitStatus().contains("no unit"), unitStatus());
  }

  /** What the chooser's status line says (read aloud; on a phone it is not shown). */
  private String unitStatus() {
    return (String) js("return document.getElementById('unit-status').textContent;");
  }

  /** The ids in the chooser, in its order. */
  private List<String> chooserIds() {
    return new Select(driver.findElement(By.id("unit")))
        .getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
  }

  /** The units of the heatmap's rows that show, top to bottom. */
  @SuppressWarnings("unchecked")
  private List<String> heatmapRows() {
    return (List<String>)
        js(
            "return Array.from(document.querySelectorAll('svg.heatmap g.row[data-unit]'))"
                + ".filter(function (g) { return g.getBoundingClientRect().height > 0; })"
                + ".sort(function (a, b) { return a.getBoundingClientRect().top"
                + " - b.getBoundingClientRect().top; })"
                + ".map(function (g) { return g.getAttribute('data-unit'); });");
  }

  private double heatmapRowTop(String selector) {
    return ((Number)
            js(
                "var svg = document.querySelector('svg.heatmap');"
                    + "return svg.querySelector('g.row' + arguments[0]).getBoundingClientRect().top"
                    + " - svg.getBoundingClientRect().top;",
                selector))
        .doubleValue();
  }

  /**
   * Every element about a unit (heatmap and red-flag rows, profiles, recommendations, trend rows,
   * table rows) shows only when it is about {@code unit}, and each such view shows it.
   */
  private void assertUnitViewsShowOnly(String unit) {
    @SuppressWarnings("unchecked")
    List<String> wrong =
        (List<String>)
            js(
                "var unit = arguments[0], out = [];"
                    + "document.querySelectorAll('[data-unit]').forEach(function (e) {"
                    + "  if (e.closest('details:not([open]), svg.funnel')) return;"
                    + "  var shown = e.getBoundingClientRect().height > 0;"
                    + "  if (shown !== (e.getAttribute('data-unit') === unit))"
                    + "    out.push(e.tagName + ' ' + e.getAttribute('data-unit')); });"
                    + "return out;",
                unit);
    assertEquals(List.of(), wrong, "only " + unit + " shows");
    for (String view :
        List.of(
            "svg.heatmap g.row",
            "svg#red-flags-chart g.bar",
            "#sparklines tbody tr",
            ".profile",
            "#heatmap-table tbody tr")) {
      assertEquals(
          1L,
          js(
              "return Array.from(document.querySelectorAll(arguments[0] + '[data-unit]'))"
                  + ".filter(function (e) { return getComputedStyle(e).display !== 'none'; })"
                  + ".length;",
              view),
          view + " shows the unit");
    }
  }

  @Test
  void noInternalCodeReachesAReader() throws IOException {
    js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    String shown =
        (String)
            js(
                "var parts = [document.body.innerText];"
                    + "document.querySelectorAll('svg text, svg title').forEach(function (e) {"
                    + "  parts.push(e.textContent); });"
                    + "document.querySelectorAll('[title]').forEach(function (e) {"
                    + "  parts.push(e.getAttribute('title')); });"
                    + "return parts.join('\\n');");
    Set<String> codes = new java.util.TreeSet<>();
    for (Factor f : Factor.values()) {
      codes.add(f.id());
      f.levels().stream().filter(l -> l.contains("_")).forEach(codes::add);
    }
    for (Outcome o : Outcome.values()) {
      if (o.id().contains("_")) {
        codes.add(o.id());
      }
    }
    codes.addAll(Labels.suppressionReasons().keySet());
    for (ReasonCode r : ReasonCode.values()) {
      codes.add(r.id());
    }
    codes.addAll(
        List.of(
            "workstation_survey",
            "discomfort_reports",
            "no_reports_in_month",
            "no_previous_month_data",
            "previous_month_not_comparable",
            "composition_changed",
            "baseline_too_short"));
    for (Map<String, String> d : Files2.readCsv(dir.resolve("in").resolve("departments.csv"))) {
      if (!d.get("department").equals(d.get("name"))) {
        codes.add(d.get("department"));
      }
    }
    assertTrue(codes.contains("com-cs") && codes.contains("laptop_only"), codes.toString());
    List<String> found = new ArrayList<>();
    for (String code : codes) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "(?<![\\w-])" + java.util.regex.Pattern.quote(code) + "(?![\\w-])")
              .matcher(shown);
      if (m.find()) {
        found.add(
            code
                + " in \""
                + shown.substring(
                    Math.max(0, m.start() - 60), Math.min(shown.length(), m.end() + 30))
                + "\"");
      }
    }
    assertEquals(List.of(), found, "codes a reader would see");
  }

  @Test
  void onAPhoneEveryTableScrollsInItsOwnBoxWithItsFirstColumnFixedAndACue() {
    chromium.viewport(390, 844, true);
    driver.get(url);
    js(
        "document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
            + "window.dispatchEvent(new Event('resize'));");
    @SuppressWarnings("unchecked")
    List<String> problems =
        (List<String>)
            js(
                "var out = [], w = window.innerWidth;"
                    + "document.querySelectorAll('.scroll, .heatmap-box').forEach(function (box) {"
                    + "  var r = box.getBoundingClientRect(), name = box.getAttribute('aria-label')"
                    + "    || box.className;"
                    + "  if (r.width === 0) return;"
                    + "  if (r.left < -0.5 || r.right > w + 0.5) out.push('past the screen: ' + name);"
                    + "  var hint = box.previousElementSibling;"
                    + "  var cue = hint && hint.classList.contains('scroll-hint')"
                    + "    && hint.getBoundingClientRect().height > 0;"
                    + "  if (box.scrollWidth > box.clientWidth + 1 && !cue) out.push('no cue: ' + name);"
                    + "  var first = box.querySelector('tbody tr > :first-child');"
                    + "  if (first && getComputedStyle(first).position !== 'sticky')"
                    + "    out.push('first column scrolls away: ' + name); });"
                    + "return out;");
    assertEquals(List.of(), problems, "390 px: every table box");
    assertEquals(
        true,
        js("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "390 px: the page never scrolls sideways");
    assertEquals(
        true,
        js(
            "var box = document.querySelector('.heatmap-box');"
                + "box.scrollLeft = box.scrollWidth;"
                + "var last = box.querySelector('g.row.org g[data-outcome]:last-of-type rect')"
                + "  .getBoundingClientRect();"
                + "return box.scrollWidth > box.clientWidth"
                + "  && last.right <= box.getBoundingClientRect().right + 0.5;"),
        "the heatmap scrolls in its box to its last column");
    assertEquals(
        0.0,
        ((Number)
                js(
                    "var box = document.getElementById('sparklines').closest('.scroll');"
                        + "box.scrollLeft = box.scrollWidth;"
                        + "return document.querySelector('#sparklines tbody th')"
                        + "  .getBoundingClientRect().left - box.getBoundingClientRect().left;"))
            .doubleValue(),
        0.5,
        "the unit's name stays at the left when its row scrolls");
    chromium.screenshot(SHOTS.resolve("dashboard-phone-tables-390x844.png"));
  }

  @Test
  void fitsALaptopAndAPhoneWithoutOverlapsOrPageScrolling() {
    checkLayout(1366, 768, false);
    checkLayout(390, 844, true);
  }

  @Test
  void printsEverythingEvenWhenFiltered() throws IOException {
    new Select(driver.findElement(By.id("unit"))).selectByValue(HOSTILE);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      long hidden =
          (Long)
              js(
                  "return Array.from(document.querySelectorAll('[data-filter]')).filter(function"
                      + " (e) { return getComputedStyle(e).display === 'none'; }).length;");
      assertEquals(0L, hidden, "print shows every department whatever the filter");
      assertEquals(
          "none", js("return getComputedStyle(document.querySelector('.unit-bar')).display;"));
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    Path pdf = SHOTS.resolve("dashboard-print.pdf");
    chromium.printToPdf(pdf);
    assertTrue(Files.size(pdf) > 10_000, "a PDF was printed");
    assertTrue(Files.size(pdf) < 3_000_000, "no rasterised backgrounds: " + Files.size(pdf));
    @SuppressWarnings("unchecked")
    List<String> headings =
        (List<String>)
            js(
                "return Array.from(document.querySelectorAll('main h2, main h3'))"
                    + ".filter(function (h) { return !h.closest('.profile, .rec-group'); })"
                    + ".map(function (h) { return h.textContent.trim(); })"
                    + ".filter(function (t) { return t.length > 0; });");
    String firstAction =
        driver.findElement(By.cssSelector("#act-first li strong")).getText().trim();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(1);
      text.setEndPage(1);
      String first =
          text.getText(doc).replace("\uFB01", "fi").replace("\uFB02", "fl").replaceAll("\\s+", " ");
      assertTrue(first.contains(driver.findElement(By.tagName("h1")).getText()), "headline");
      assertTrue(first.contains("What to do first"), "the first page carries the first actions");
      assertTrue(
          first.contains(firstAction.substring(0, Math.min(20, firstAction.length()))),
          "the first action on page 1: " + firstAction);
      List<String> stranded = new ArrayList<>();
      for (int page = 1; page < doc.getNumberOfPages(); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        List<String> lines =
            text.getText(doc).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (headings.contains(last)) {
          stranded.add("page " + page + ": " + last);
        }
      }
      assertEquals(List.of(), stranded, "no heading alone at the foot of a page");
    }
    assertTrue(
        (Boolean)
            js(
                "return Array.from(document.querySelectorAll('details'))"
                    + ".every(function (d) { return !d.open; });"),
        "details close again after printing");
  }

  private void checkLayout(int width, int height, boolean phone) {
    chromium.viewport(width, height, phone);
    driver.get(url);
    String size = width + "x" + height;
    chromium.screenshot(SHOTS.resolve("dashboard-" + size + ".png"));
    // The funnel plots of the body regions are checked open, as a reader who opens them sees them.
    js("document.querySelector('#comparisons details').open = true;");
    chromium.fullPageScreenshot(SHOTS.resolve("dashboard-" + size + "-full.png"));
    assertEquals(
        true,
        js(
            "return document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth;"),
        size + ": the page never scrolls sideways");
    @SuppressWarnings("unchecked")
    List<String> outside =
        (List<String>)
            js(
                "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  if (e.closest('.scroll, .heatmap-box, .visually-hidden')) return;"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.width === 0 && r.height === 0) return;"
                    + "  if (r.left < -0.5 || r.right > w + 0.5) out.push(e.tagName + ' '"
                    + "    + (e.getAttribute('class') || '') + ' ' + Math.round(r.left) + '..'"
                    + "    + Math.round(r.right)); });"
                    + "return out;");
    assertEquals(List.of(), outside, size + ": nothing sticks out of the page");
    @SuppressWarnings("unchecked")
    List<String> overlaps =
        (List<String>)
            js(
                "var out = [];document.querySelectorAll('svg.chart').forEach(function (svg) {  var"
                    + " t = Array.from(svg.querySelectorAll('text')).map(function (e) {    return"
                    + " [e.textContent, e.getBoundingClientRect()]; });  for (var i = 0; i <"
                    + " t.length; i++) for (var j = i + 1; j < t.length; j++) {    var a = t[i][1],"
                    + " b = t[j][1];    if (a.width && b.width && a.left < b.right - 0.5 && b.left"
                    + " < a.right - 0.5        && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)"
                    + "      out.push(svg.id + ': ' + t[i][0] + ' / ' + t[j][0]); } });return"
                    + " out;");
    assertEquals(List.of(), overlaps, size + ": no chart labels overlap");
    @SuppressWarnings("unchecked")
    List<String> clipped =
        (List<String>)
            js(
                "var out = [];"
                    + "document.querySelectorAll('svg.chart').forEach(function (svg) {"
                    + "  var s = svg.getBoundingClientRect();"
                    + "  svg.querySelectorAll('text').forEach(function (e) {"
                    + "    var r = e.getBoundingClientRect();"
                    + "    if (r.width && (r.left < s.left - 0.5 || r.right > s.right + 0.5))"
                    + "      out.push(svg.id + ': ' + e.textContent); }); });"
                    + "return out;");
    assertEquals(List.of(), clipped, size + ": no chart label is cut off");
    @SuppressWarnings("unchecked")
    List<String> shortened =
        (List<String>)
            js(
                "var out = [];"
                    + "document.querySelectorAll('svg.chart text').forEach(function (e) {"
                    + "  var shown = Array.from(e.childNodes).filter(function (n) {"
                    + "    return n.nodeType === 3; }).map(function (n) { return n.nodeValue; })"
                    + "    .join('').trim();"
                    + "  if (!/\u2026$/.test(shown)) return;"
                    + "  var stem = shown.slice(0, -1), g = e.closest('g');"
                    + "  var title = e.querySelector('title') || (g && g.querySelector(':scope > title'));"
                    + "  if (!title || title.textContent.indexOf(stem) < 0) out.push(shown); });"
                    + "return out;");
    assertEquals(List.of(), shortened, size + ": a shortened label has its full text in a tooltip");
    String firstScreen =
        phone
            ? "return document.querySelector('#at-risk h2').getBoundingClientRect().top"
                + " < window.innerHeight;"
            : "return ['#at-risk li', '#act-first li'].every(function (s) {"
                + " return document.querySelector(s).getBoundingClientRect().bottom"
                + " <= window.innerHeight; });";
    assertEquals(
        true,
        js(firstScreen),
        size + ": the first screen shows where the risk is and what to do first");
  }

  private List<Double> column(String table, int index) {
    List<Double> out = new ArrayList<>();
    for (WebElement r : driver.findElements(By.cssSelector("#" + table + " tbody tr"))) {
      String key = r.findElements(By.tagName("td")).get(index).getAttribute("data-sort");
      out.add(key.isEmpty() ? null : Double.parseDouble(key));
    }
    List<Double> present = new ArrayList<>(out.stream().filter(v -> v != null).toList());
    int missing = out.size() - present.size();
    assertEquals(present, out.subList(0, present.size()), "withheld rows sort last");
    assertEquals(
        missing, out.subList(present.size(), out.size()).stream().filter(v -> v == null).count());
    return present;
  }

  private static String metric(String name) {
    return driver.findElement(By.cssSelector("[data-metric='" + name + "']")).getText();
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static JsonNode readJson(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Renames one department, id and name, to markup that would run if it were not escaped. */
  private static void plantHostileDepartment(Path in) throws IOException {
    Path depts = in.resolve("departments.csv");
    List<String> lines = new ArrayList<>();
    boolean found = false;
    for (String line : Files.readAllLines(depts, StandardCharsets.UTF_8)) {
      if (line.startsWith("tech-data,")) {
        line = HOSTILE + "," + HOSTILE + ",tech";
        found = true;
      }
      lines.add(line);
    }
    assertTrue(found, "the generated tree has tech-data");
    Files.write(depts, lines, StandardCharsets.UTF_8);
    Path surveys = in.resolve("workstation_survey.csv");
    Files.writeString(
        surveys,
        Files.readString(surveys, StandardCharsets.UTF_8)
            .replace(",tech-data,", "," + HOSTILE + ","),
        StandardCharsets.UTF_8);
  }

  /** Twelve people in their own top-level unit, ten of them with lower-back discomfort. */
  private static void plantNightShiftWithMuchLowerBackDiscomfort(Path in) throws IOException {
    Files.writeString(
        in.resolve("departments.csv"),
        NIGHT_ID + ",Night shift,\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    StringBuilder reports = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      reports
          .append(TestInputs.report("night-rep" + i, NIGHT_ID + i, "2026-10-05", "lower_back"))
          .append('\n');
    }
    Files.writeString(
        in.resolve("workstation_survey.csv"),
        TestInputs.surveys(NIGHT_ID, NIGHT_ID, 12),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(
        in.resolve("discomfort_reports.csv"),
        reports,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  /** Six people in their own top-level unit, all with neck discomfort this month. */
  private static void plantTinyTeamWhereEveryoneHasNeckDiscomfort(Path in) throws IOException {
    Files.writeString(
        in.resolve("departments.csv"),
        "tiny,\"" + TINY_NAME.replace("\"", "\"\"") + "\",\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    StringBuilder surveys = new StringBuilder();
    StringBuilder reports = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      surveys
          .append(TestInputs.survey("tiny" + i, "2026-10-01", "tiny", "7", "laptop_only"))
          .append('\n');
      reports
          .append(TestInputs.report("tiny-rep" + i, "tiny" + i, "2026-10-05", "neck"))
          .append('\n');
    }
    Files.writeString(
        in.resolve("workstation_survey.csv"),
        surveys,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(
        in.resolve("discomfort_reports.csv"),
        reports,
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }
}
