package org.ergolens.report.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedRows;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.privacy.SuppressionReason;
import org.ergolens.report.MonthlyReport;
import org.ergolens.stats.FunnelLimits;
import org.ergolens.stats.FunnelPlot;
import org.junit.jupiter.api.Test;

/**
 * The funnel plots from hand-built months: a point exactly where {@code department_comparisons} has
 * a row, marked as that row says, limits drawn from the same function, and no withheld value.
 */
class FunnelViewTest {
  static final MonthlyReport MONTH = ReportFixture.month(List.of());

  static FunnelView view(MonthlyReport report) {
    return FunnelView.of(
        report.published(),
        report.departmentsPublished() ? report.units() : List.of(),
        report.config().minGroupSize());
  }

  /** data-unit → data-position of the points of one plot. */
  static Map<String, String> points(String svg) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile(
                "<g class=\"unit [a-z0-9]+\" data-unit=\"([^\"]*)\"[^>]*data-position=\"([a-z0-9]+)\"")
            .matcher(svg);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  @Test
  void aUnitWithWithheldRespondentsHasNoPointAndThePlotSaysWhy() {
    FunnelView v = view(MONTH);
    assertEquals("any_region", v.main().outcome());
    Map<String, String> main = points(v.main().svg().toString());
    // Any region: hostile 72 of 120 (60%), ops 45 of 150 (30%), fin 24 of 80 (30%) against 144 of
    // 400 (36%); the tiny team's respondents are withheld.
    assertEquals(
        java.util.Set.of("&lt;img src=x onerror=alert(1)&gt;", "ops", "fin"), main.keySet());
    assertEquals(
        "&lt;img src=x onerror=alert(1)&gt;",
        List.copyOf(main.keySet()).get(2),
        "a point above a limit is drawn last, over the others");
    assertEquals("above998", main.get("&lt;img src=x onerror=alert(1)&gt;"));
    assertEquals("within", main.get("ops"));
    assertEquals(3, v.main().shown());
    assertEquals(
        "1 unit is not shown: its number of respondents is withheld to protect privacy (Tiny"
            + " team).",
        v.main().notShown());
  }

  @Test
  void aUnitWhoseCasesOfOneRegionAreWithheldIsLeftOutOfThatRegionOnly() {
    FunnelView v = view(MONTH);
    FunnelView.Panel neck =
        v.regions().stream().filter(p -> p.outcome().equals("neck")).findFirst().orElseThrow();
    Map<String, String> points = points(neck.svg().toString());
    assertEquals(2, points.size(), points.toString());
    assertFalse(points.containsKey("fin"), "Finance's neck cases are withheld");
    assertEquals(
        "1 unit is not shown: its number of respondents is withheld to protect privacy (Tiny"
            + " team). 1 unit is not shown: its neck cases are withheld to protect privacy"
            + " (Finance).",
        neck.notShown());
    assertEquals(Outcome.regions().size(), v.regions().size(), "one plot per body region");
    assertEquals("12.0%", neck.target());
  }

  @Test
  void theLimitCurvesPassThroughTheLimitsAtEachUnitsOwnSize() {
    String svg = view(MONTH).main().svg().toString();
    double target = 144 / 400.0;
    // The 95% upper curve has a vertex at each unit's respondents, at its limit as a share.
    List<double[]> upper95 = vertices(svg, "limit l95 upper");
    List<double[]> lower95 = vertices(svg, "limit l95 lower");
    assertFalse(upper95.isEmpty());
    double[] frame = frame(svg);
    for (long n : new long[] {120, 150, 80}) {
      FunnelLimits l = FunnelPlot.limits(n, target, FunnelPlot.LEVEL_95);
      double x = frame[0] + frame[2] * n / frame[4];
      double[] up = at(upper95, x);
      double[] low = at(lower95, x);
      assertEquals(l.upper(), share(up[1], frame), 0.006, "upper 95% limit at " + n);
      assertEquals(l.lower(), share(low[1], frame), 0.006, "lower 95% limit at " + n);
    }
  }

  @Test
  void withoutDepartmentFiguresThereIsNothingToCompare() {
    FunnelView v =
        FunnelView.of(
            PublishedRows.month(ReportFixture.unit("organization", null, 400, 0.12)), List.of(), 5);
    assertEquals(0, v.main().shown());
    assertEquals("", v.main().notShown());
    assertTrue(v.table().rows().isEmpty());
  }

  @Test
  void aWithheldOrganisationRateDrawsNoPlot() {
    PublishedSummary org =
        PublishedRows.summary("organization", 400L)
            .cases(Outcome.ANY_REGION, null)
            .suppression(SuppressionReason.COMPLEMENTARY)
            .build();
    FunnelView v =
        FunnelView.of(
            PublishedRows.month(org, ReportFixture.unit("ops", "Operations", 150, 0.1)),
            List.of(ReportFixture.unit("ops", "Operations", 150, 0.1)),
            5);
    assertNull(v.main().svg());
    assertEquals(
        "The organisation's rate is withheld this month, so no unit is compared with it.",
        v.main().notShown());
  }

  @Test
  void theTableHoldsTheComparisonsInWords() {
    DataTable t = view(MONTH).table();
    assertEquals(
        List.of(
            "Unit",
            "Body region",
            "Respondents",
            "Cases",
            "Share",
            "Organisation",
            "Expected cases",
            "95% limits (cases)",
            "99.8% limits (cases)",
            "Against the limits"),
        t.columns().stream().map(DataTable.Column::label).toList());
    DataTable.Row first = t.rows().get(0);
    assertEquals(ReportFixture.HOSTILE_ID, first.unit());
    List<String> cells = new ArrayList<>();
    first.cells().forEach(c -> cells.add(c.text()));
    FunnelLimits l95 = FunnelPlot.limits(120, 0.36, FunnelPlot.LEVEL_95);
    assertEquals(
        List.of(
            ReportFixture.HOSTILE_NAME,
            "Any body region",
            "120",
            "72",
            "60.0%",
            "36.0%",
            "43.2",
            l95.lowerCases() + "–" + l95.upperCases(),
            cells.get(8),
            "above the 99.8% limit"),
        cells);
  }

  /** left, top, width, height, xMax of the plot area, from the grid and the axis' last tick. */
  private static double[] frame(String svg) {
    Matcher grid =
        Pattern.compile(
                "<line class=\"grid\" x1=\"([0-9.]+)\" x2=\"([0-9.]+)\" y1=\"([0-9.]+)\" y2=\"\\3\"")
            .matcher(svg);
    assertTrue(grid.find(), "the 0% grid line");
    double left = Double.parseDouble(grid.group(1));
    double width = Double.parseDouble(grid.group(2)) - left;
    double bottom = Double.parseDouble(grid.group(3));
    double top = Double.NaN;
    double yMax = Double.NaN;
    Matcher ticks =
        Pattern.compile(
                "<text class=\"tick\" x=\"[0-9.]+\" y=\"[0-9.]+\" text-anchor=\"end\">([0-9]+)%</text>")
            .matcher(svg);
    Matcher lines =
        Pattern.compile(
                "<line class=\"grid\" x1=\"[0-9.]+\" x2=\"[0-9.]+\" y1=\"([0-9.]+)\" y2=\"\\1\"")
            .matcher(svg);
    while (ticks.find() && lines.find()) {
      yMax = Double.parseDouble(ticks.group(1)) / 100;
      top = Double.parseDouble(lines.group(1));
    }
    Matcher xTicks = Pattern.compile("text-anchor=\"middle\">([0-9,]+)</text>").matcher(svg);
    double xMax = 0;
    while (xTicks.find()) {
      xMax = Double.parseDouble(xTicks.group(1).replace(",", ""));
    }
    return new double[] {left, top, width, bottom - top, xMax, yMax};
  }

  private static double share(double y, double[] f) {
    return (f[1] + f[3] - y) / f[3] * f[5];
  }

  private static List<double[]> vertices(String svg, String css) {
    List<double[]> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("<polyline class=\"" + css + "\"[^>]* points=\"([^\"]*)\"").matcher(svg);
    while (m.find()) {
      for (String xy : m.group(1).split(" ")) {
        String[] p = xy.split(",");
        out.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])});
      }
    }
    return out;
  }

  private static double[] at(List<double[]> vertices, double x) {
    return vertices.stream()
        .filter(v -> Math.abs(v[0] - x) < 0.01)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no vertex at x = " + x));
  }
}
