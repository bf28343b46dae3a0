package org.ergolens.report.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.report.DashboardWriter;
import org.ergolens.report.MonthlyReport;
import org.ergolens.report.PreviousMonth;
import org.junit.jupiter.api.Test;

/**
 * The rendered page without a browser: input strings stay text everywhere, the policy allows
 * exactly the one script, nothing points outside the file, withheld values show no number.
 */
class DashboardRenderTest {
  static final MonthlyReport MONTH =
      ReportFixture.month(
          List.of(
              ReportFixture.recommendation("ops", 2, "Second for ops", null, 1.5),
              ReportFixture.recommendation("ops", 1, "First for ops", 0.25, 6.0),
              ReportFixture.recommendation(null, 1, "First for everyone", 0.3, 12.0),
              ReportFixture.recommendation(
                  ReportFixture.HOSTILE_ID, 1, ReportFixture.HOSTILE_NAME, null, null)));

  /** The page as the report writes it. */
  static String render(MonthlyReport report, Optional<PreviousMonth> previous) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DashboardWriter.write(report, previous, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static final String HTML = render(MONTH, Optional.empty());

  @Test
  void inputStringsAppearOnlyAsEscapedText() {
    assertFalse(HTML.contains(ReportFixture.HOSTILE_ID), "the hostile id never appears raw");
    assertFalse(HTML.contains("<img"), "no img element");
    assertFalse(HTML.contains("<svg onload"), "no element from a name");
    assertFalse(HTML.contains("<!--"), "no comment opener from a name");
    assertFalse(HTML.contains("<b>"), "markup in notes and evidence stays text");
    assertTrue(HTML.contains("&lt;img src=x onerror=alert(1)&gt;"), "the id is shown as text");
    assertTrue(
        HTML.contains("&quot;&gt;&lt;svg onload=alert(2)&gt;&lt;/script&gt;&lt;!--&#39;&amp;"),
        "the name is shown as text");
    assertEquals(1, count(HTML, "<script"), "one script element: ours");
    assertEquals(1, count(HTML, "</script>"), "the name cannot close a script");
    Matcher attrs = Pattern.compile("\\sdata-[a-z-]+=\"([^\"]*)\"").matcher(HTML);
    while (attrs.find()) {
      assertFalse(attrs.group(1).contains("<"), "attribute values are escaped: " + attrs.group());
    }
  }

  @Test
  void policyAllowsExactlyTheInlineStyleAndScriptAndNothingElse() throws Exception {
    String csp = between(HTML, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    assertEquals(
        "default-src &#39;none&#39;; style-src &#39;sha256-"
            + sha256(between(HTML, "<style>", "</style>"))
            + "&#39;; script-src &#39;sha256-"
            + sha256(between(HTML, "<script>", "</script>"))
            + "&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;",
        csp,
        "the escaped policy (the browser unescapes the attribute)");
    assertEquals(1, count(HTML, "<style"), "one stylesheet: ours");
    assertFalse(HTML.matches("(?s).*<[a-z][^>]*\\sstyle=.*"), "no style attribute anywhere");
  }

  static String sha256(String s) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nothingPointsOutsideTheFile() {
    String withoutNamespace = HTML.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    for (String forbidden :
        List.of(
            "http:",
            "https:",
            "<link",
            "@import",
            "<iframe",
            "<object",
            "<embed",
            "<img",
            "<audio",
            "<video",
            "<base",
            "@font-face")) {
      assertFalse(withoutNamespace.contains(forbidden), "no " + forbidden);
    }
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(HTML);
    while (tags.find()) {
      String names = tags.group().replaceAll("\"[^\"]*\"", "\"\"");
      assertFalse(
          names.matches("(?s).*\\s(src|srcset|action|formaction|ping|on[a-z]+)=.*"),
          "no loading or event attribute: " + tags.group());
    }
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(HTML);
    while (urls.find()) {
      assertTrue(urls.group(1).startsWith("#"), "only fragment references: " + urls.group());
    }
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(HTML);
    while (hrefs.find()) {
      assertTrue(hrefs.group(1).startsWith("#"), "only in-page links: " + hrefs.group());
    }
  }

  @Test
  void withheldHeatmapCellsAndTableCellsShowNoNumber() {
    Matcher cells =
        Pattern.compile(
                "<g data-outcome=\"([a-z_]+)\" class=\"cell withheld\">"
                    + "<title>([^<]*)</title><rect[^>]*/><text[^>]*>([^<]*)</text></g>")
            .matcher(HTML);
    List<String> seen = new ArrayList<>();
    while (cells.find()) {
      seen.add(cells.group(2));
      assertFalse(cells.group(2).matches(".*\\d.*"), "no number in the tooltip: " + cells.group(2));
      assertEquals("withheld", cells.group(3));
      assertFalse(cells.group().contains("data-value"));
    }
    assertEquals(11, seen.size(), "Finance's neck cell and all ten of Tiny team's: " + seen);
    assertTrue(
        seen.contains(
            "Finance, neck: withheld because it would reveal the health of everyone in the group;"
                + " or it could otherwise be worked out from the other numbers by subtraction"),
        seen.toString());
    Matcher tds =
        Pattern.compile(
                "<td data-sort=\"([^\"]*)\" class=\"[a-z ]*withheld\""
                    + " title=\"[^\"]*\">([^<]*)</td>")
            .matcher(HTML);
    int n = 0;
    while (tds.find()) {
      n++;
      assertEquals("", tds.group(1), "a withheld cell has no sort key");
      assertEquals("withheld", tds.group(2));
    }
    assertTrue(n > 20, "withheld table cells: " + n);
  }

  @Test
  void recommendationsAreGroupedAndRankedFromTheRecordAlone() {
    int org = HTML.indexOf("First for everyone</strong>");
    int first = HTML.indexOf("First for ops</strong>");
    int second = HTML.indexOf("Second for ops</strong>");
    assertTrue(org > 0 && first > org && second > first, "organisation first, then by rank");
    assertTrue(HTML.contains("25.0% of respondents"));
    assertTrue(HTML.contains("associated with about 6 of this month"), "6.0 cases, in words");
    assertTrue(HTML.contains("do not add them up"), "the actions' cases overlap");
    assertTrue(HTML.contains("Evidence: Evidence &lt;b&gt;for&lt;/b&gt; First for ops"));
    assertTrue(HTML.contains("<span class=\"badge\">Ergonomist</span>"));
    String act = between(HTML, "id=\"act-first\"", "</div>");
    assertTrue(
        act.contains("First for everyone"),
        "the first screen leads with the" + " organisation's own first action");
  }

  @Test
  void headlineShowsChangesOnlyWhenThereIsAnEarlierMonth() {
    assertTrue(HTML.contains("No earlier month"));
    assertFalse(HTML.contains("data-change="));
    PreviousMonth before =
        new PreviousMonth("2026-09", 380L, Map.of("any_region", 0.30, "neck", 0.13), 0.05);
    String html = render(MONTH, Optional.of(before));
    assertTrue(
        html.contains(
            "<div class=\"change \" data-change=\"respondents\">+20 <span"
                + " class=\"since\">since September 2026</span></div>"),
        "400 against 380");
    assertTrue(
        html.contains("<div class=\"change same\" data-change=\"any-prevalence\">" + "+6.0 pp"),
        "36.0% of 400 against 30.0% of 380: Newcombe's 95% CI −0.6 to +12.5 pp holds 0");
    assertTrue(
        html.contains("<div class=\"change same\" data-change=\"top-region\">−1.0 pp"),
        "12.0% against 13.0%: within chance, not green");
    assertTrue(
        html.contains("<div class=\"change same\" data-change=\"red-flag-share\">" + "+1.0 pp"),
        "6.0% (24 of 400) against 5.0%");
    assertFalse(html.contains("No earlier month"));
  }

  @Test
  void forestPlotShowsOnlyFittedRowsAndSaysWhyOutcomesAreMissing() {
    ForestView forest = ForestView.of(MONTH.effects());
    assertEquals(
        List.of("any_region", "neck", "lower_back"),
        forest.panels().stream().map(ForestView.Panel::outcome).toList());
    assertEquals(4, count(HTML, "<g class=\"effect "), "four fitted rows");
    assertTrue(
        HTML.contains(
            "data-factor=\"monitor_position\" data-level=\"laptop_only\""
                + " data-outcome=\"neck\" data-value=\"2.5\""));
    assertEquals(
        List.of("Elbows: 85 cases for 14 parameters; at least 140 needed"), forest.notFitted());
    assertTrue(HTML.contains("<g class=\"effect protective\""), "CI below 1");
    assertTrue(HTML.contains("<g class=\"effect unclear\""), "CI spanning 1");
  }

  @Test
  void firstScreenNamesTheRiskiestRegionsDepartmentsAndFactors() {
    SummaryView s = SummaryView.of(MONTH, Optional.empty());
    assertEquals(
        List.of("Screen: laptop only", "Screen: below eye level"),
        s.factors().stream().map(SummaryView.Item::label).toList(),
        "one outcome, the one of the largest association (neck), never a region beside another");
    assertTrue(
        s.factors()
            .get(0)
            .value()
            .equals("associated with about 12 (95% CI 10–15) of this month's 48 neck cases"),
        s.factors().get(0).value());
    assertEquals(ReportFixture.HOSTILE_NAME, s.departments().get(0).label());
    assertEquals("60.0%", s.departments().get(0).value());
  }

  @Test
  void theRiskLevelsOfTheSummaryTableAreListedAndTabulated() {
    SummaryView s = SummaryView.of(MONTH, Optional.empty());
    List<org.ergolens.report.UnitSummary> raised =
        MONTH.unitSummaries().stream()
            .filter(u -> u.risk().isPresent() && !u.risk().get().reasons().isEmpty())
            .toList();
    assertTrue(!raised.isEmpty(), "the fixture has a unit at raised risk");
    assertEquals(
        Math.min(raised.size(), SummaryView.RISK_UNITS) + s.riskUnitsMore(),
        raised.size(),
        "every unit at raised risk is listed or counted");
    SummaryView.Item first = s.riskUnits().get(0);
    org.ergolens.report.UnitSummary u =
        raised.stream()
            .filter(r -> UnitChoice.nameOf(r.published()).equals(first.label()))
            .findFirst()
            .orElseThrow();
    assertEquals(org.ergolens.text.Labels.risk(u.risk().get().level()), first.value());
    assertEquals(
        org.ergolens.report.RiskText.reason(u.risk().get().reasons().get(0)), first.detail());
    assertTrue(HTML.contains("Departments at higher risk"), "the list's heading");
    assertTrue(HTML.contains(">Risk level</button>"), "the departments table's column");
  }

  @Test
  void withoutPublishedDepartmentsThePageSaysSoAndShowsNoDepartment() {
    MonthlyReport m = MONTH;
    MonthlyReport hidden =
        new MonthlyReport(
            m.month(),
            m.config(),
            m.inputs(),
            m.datasets(),
            m.factors(),
            PublishedRows.month(m.organisation(), m.units(), m.effects(), false),
            m.recommendations(),
            m.notes(),
            List.of(),
            List.of());
    String html = render(hidden, Optional.empty());
    assertTrue(html.contains("Department-level numbers are withheld this month"));
    assertFalse(html.contains("Operations"));
    assertFalse(html.contains("id=\"heatmap\""));
    assertFalse(html.contains("First for ops"), "a department's actions would describe it");
    assertTrue(html.contains("First for everyone"), "the organisation's own actions remain");
  }

  @Test
  void recommendationsForAnUnknownUnitAreLeftOut() {
    RecommendationsView v =
        RecommendationsView.of(
            List.of(ReportFixture.recommendation("ghost", 1, "Haunt less", 0.5, 1.0)),
            MONTH.units());
    assertEquals(List.of(), v.groups());
  }

  @Test
  void templatesNeverBypassEscaping() throws IOException {
    for (String t :
        List.of("dashboard.peb", "dashboard-tables.peb", "dashboard.css", "dashboard.js")) {
      try (InputStream in = getClass().getResourceAsStream("/org/ergolens/report/" + t)) {
        String src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(src.matches("(?s).*\\|\\s*raw\\b.*"), t + " uses no raw filter");
        assertFalse(src.contains("autoescape false"), t + " never turns escaping off");
      }
    }
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static String between(String s, String start, String end) {
    int i = s.indexOf(start);
    assertTrue(i >= 0, "missing " + start);
    int j = s.indexOf(end, i + start.length());
    return s.substring(i + start.length(), j);
  }

  @Test
  void onlyAChangeBeyondChanceIsColoured() {
    assertEquals(
        "same",
        SummaryView.changeColour(0.420, 0.422, 5000L, 5000L),
        "−0.2 pp in an organisation of 5,000 is not green");
    assertEquals("better", SummaryView.changeColour(0.30, 0.42, 5000L, 5000L));
    assertEquals("worse", SummaryView.changeColour(0.45, 0.42, 5000L, 5000L));
    assertEquals("", SummaryView.changeColour(0.45, 0.42, null, 5000L), "no sizes, no colour");
  }
}
