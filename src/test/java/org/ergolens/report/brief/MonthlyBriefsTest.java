package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.ergolens.model.Outcome;
import org.ergolens.model.RiskLevel;
import org.ergolens.testing.CliRun;
import org.ergolens.testing.Files2;
import org.ergolens.testing.HeadlessChromium;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The briefs of the bundled sample as the monthly run writes them, read back as a manager reads
 * them: every unit's PDF text (PDFBox) against {@code department_summary}, {@code recommendations}
 * and the organisation's totals; page counts; report.pdf's pages and bookmarks; the same bytes on a
 * re-run; one HTML brief in headless Chromium.
 */
class MonthlyBriefsTest {
  static final String MONTH = "month=2026-10";
  static final double Z = 1.959963984540054;

  @TempDir static Path dir;
  static Path report;
  static Map<String, Map<String, String>> units = new LinkedHashMap<>();
  static List<Map<String, String>> recommendations;
  static Map<Outcome, Double> organisation = new LinkedHashMap<>();

  @BeforeAll
  static void runTheSampleTwice() throws IOException {
    for (String out : List.of("out", "again")) {
      CliRun run =
          CliRun.run(
              "monthly",
              "--input",
              "sample-data",
              "--out",
              dir.resolve(out).toString(),
              "--config",
              "jobs/sample-org.json",
              "--month",
              "2026-10");
      assertEquals(0, run.exitCode(), run.err());
    }
    report = dir.resolve("out").resolve(MONTH);
    Files2.readCsv(report.resolve("department_summary.csv")).stream()
        .filter(u -> u.get("row_kind").equals("unit"))
        .forEach(u -> units.put(u.get("department"), u));
    recommendations = Files2.readCsv(report.resolve("recommendations.csv"));
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(report.resolve("report.json").toFile());
    for (Outcome o : Outcome.values()) {
      organisation.put(
          o, json.path("organization").path("outcomes").path(o.id()).path("prevalence").asDouble());
    }
  }

  static byte[] pdf(String unit) throws IOException {
    return Files.readAllBytes(report.resolve(BriefFiles.pdf(unit)));
  }

  @Test
  void everyUnitHasItsBriefOfOneOrTwoPagesAndReportPdfHoldsThemAll() throws IOException {
    assertTrue(units.size() > 10, "the sample has many units");
    int pages = BriefTexts.pages(Files.readAllBytes(report.resolve("organisation.pdf")));
    assertTrue(Files.exists(report.resolve("organisation.html")));
    for (String unit : units.keySet()) {
      assertTrue(Files.exists(report.resolve(BriefFiles.html(unit))), unit);
      int n = BriefTexts.pages(pdf(unit));
      assertTrue(n >= 1 && n <= 2, unit + ": " + n + " pages");
      pages += n;
    }
    try (PDDocument all = Loader.loadPDF(report.resolve(BriefFiles.REPORT_PDF).toFile())) {
      assertEquals(
          pages, all.getNumberOfPages(), "report.pdf: the organisation's, then every unit's");
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem i : all.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(i.getTitle());
      }
      assertEquals(units.size() + 1, bookmarks.size(), bookmarks.toString());
      assertEquals(ReportPdf.ORGANISATION, bookmarks.get(0));
      assertTrue(bookmarks.contains("Field Sales"), bookmarks.toString());
      assertTrue(bookmarks.contains("Commercial (staff outside its teams)"), bookmarks.toString());
    }
  }

  @Test
  void everyBriefShowsItsUnitsRowOfTheTables() throws IOException {
    for (Map<String, String> u : units.values()) {
      String unit = u.get("department");
      byte[] pdf = pdf(unit);
      String flat = BriefTexts.pdfFlatText(pdf);
      List<String> lines =
          Stream.of(BriefTexts.pdfText(pdf).split("\n")).map(String::trim).toList();
      long respondents = Long.parseLong(u.get("respondents"));
      long anyCases = Long.parseLong(u.get("cases_any_region"));
      assertTrue(
          flat.contains(
              Numbers.count(anyCases)
                  + " of your "
                  + Numbers.count(respondents)
                  + " people who answered reported discomfort this month: "
                  + Numbers.percent(Double.parseDouble(u.get("prevalence_any_region")))),
          unit + ": " + flat);
      for (Outcome o : Outcome.values()) {
        long cases = Long.parseLong(u.get("cases_" + o.id()));
        double p = Double.parseDouble(u.get("prevalence_" + o.id()));
        double[] w = wilson(cases, respondents);
        String row =
            String.join(
                " ",
                Labels.regionTitle(o),
                Numbers.count(cases),
                Numbers.percent(p),
                Numbers.percentInterval(w[0], w[1]),
                Numbers.percent(organisation.get(o)));
        assertTrue(
            lines.stream().anyMatch(l -> l.startsWith(row)), unit + ": " + row + "\n" + lines);
      }
      assertTrue(
          flat.contains(Labels.risk(RiskLevel.byId(u.get("risk_level")))), unit + " risk level");
      firstAction(unit)
          .ifPresent(
              a -> {
                assertTrue(flat.contains("1 " + a.get("title")), unit + ": " + a.get("title"));
                if (!a.get("attributable_cases").isEmpty()) {
                  String share = Numbers.percent(Double.parseDouble(a.get("affected_share")));
                  String cases = Numbers.cases(Double.parseDouble(a.get("attributable_cases")));
                  assertTrue(flat.contains(share + " of your people"), unit + ": " + share);
                  assertTrue(flat.contains(cases), unit + ": " + cases + "\n" + flat);
                }
              });
    }
  }

  @Test
  void theRiskReasonsOfTheTableAreWrittenOut() throws IOException {
    Map<String, String> moderate =
        units.values().stream()
            .filter(u -> !u.get("risk_reasons").isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sample has a unit at raised risk"));
    String flat = BriefTexts.pdfFlatText(pdf(moderate.get("department")));
    assertTrue(flat.contains("Why the risk level is " + moderate.get("risk_level")), flat);
    String org = BriefTexts.pdfFlatText(Files.readAllBytes(report.resolve("organisation.pdf")));
    assertTrue(org.contains(moderate.get("name")), "the organisation's brief lists it");
  }

  /**
   * The exposure part of the risk rule, worked out again from the published {@code factor_effects}:
   * per unit and factor, the any-region cases associated with the levels whose organisation ratio
   * (on the row's basis) has its lower 95% limit above 1, over the unit's any-region cases.
   */
  @Test
  void theExposureReasonsAgreeWithThePublishedAttribution() throws IOException {
    List<Map<String, String>> effects = Files2.readCsv(report.resolve("factor_effects.csv"));
    Map<String, Map<String, String>> org = new LinkedHashMap<>();
    for (Map<String, String> e : effects) {
      if (e.get("scope").equals("organization") && e.get("outcome").equals("any_region")) {
        org.put(e.get("factor") + "/" + e.get("level"), e);
      }
    }
    Map<String, Map<String, Double>> associated = new LinkedHashMap<>();
    for (Map<String, String> e : effects) {
      if (!e.get("scope").equals("department")
          || !e.get("outcome").equals("any_region")
          || e.get("attributable_cases").isEmpty()) {
        continue;
      }
      Map<String, String> o = org.get(e.get("factor") + "/" + e.get("level"));
      String low = e.get("attribution_basis").equals("adjusted") ? "adj_pr_ci_low" : "pr_ci_low";
      if (Double.parseDouble(o.get(low)) > 1) {
        associated
            .computeIfAbsent(e.get("department"), d -> new LinkedHashMap<>())
            .merge(e.get("factor"), Double.parseDouble(e.get("attributable_cases")), Double::sum);
      }
    }
    int withExposure = 0;
    for (Map<String, String> u : units.values()) {
      String cases = u.get("cases_any_region");
      List<String> expected = new ArrayList<>();
      if (!cases.isEmpty()) {
        associated
            .getOrDefault(u.get("department"), Map.of())
            .forEach(
                (factor, sum) -> {
                  double share = sum / Long.parseLong(cases);
                  if (share >= 0.25) {
                    expected.add("exposure_" + factor + "_25");
                  } else if (share >= 0.10) {
                    expected.add("exposure_" + factor + "_10");
                  }
                });
      }
      List<String> actual =
          Stream.of(u.get("risk_reasons").split(";"))
              .filter(c -> c.startsWith("exposure_"))
              .sorted()
              .toList();
      assertEquals(expected.stream().sorted().toList(), actual, u.get("department"));
      if (!actual.isEmpty()) {
        withExposure++;
        String flat = BriefTexts.pdfFlatText(pdf(u.get("department")));
        assertTrue(
            flat.contains("of your cases of discomfort in any body region are associated with"),
            u.get("department") + ": " + flat);
      }
    }
    assertTrue(withExposure > 0, "the sample's planted exposures raise some units");
  }

  @Test
  void anActionUnderWayIsFollowedUpNotRecommendedAgain() throws IOException {
    Map<String, String> underWay =
        recommendations.stream()
            .filter(r -> "under_way".equals(r.get("status")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sample's docking-station change"));
    String flat = BriefTexts.pdfFlatText(pdf(underWay.get("department")));
    String toDo = flat.substring(flat.indexOf("What to do first"), flat.indexOf("Month by month"));
    assertFalse(toDo.contains(underWay.get("title")), toDo);
    assertTrue(flat.contains("Follow-up of workplace changes"), flat);
  }

  @Test
  void aReRunWritesTheSameBytes() throws IOException {
    Path again = dir.resolve("again").resolve(MONTH);
    List<String> files =
        new ArrayList<>(List.of("organisation.pdf", "organisation.html", "report.pdf"));
    for (String unit : units.keySet()) {
      files.add(BriefFiles.pdf(unit));
      files.add(BriefFiles.html(unit));
    }
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(report.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  @Test
  void aBriefReadsInTheBrowser() throws IOException {
    Path shots = Files.createDirectories(Path.of("target/brief-screenshots"));
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.viewport(1366, 768, false);
      chromium.driver().get(report.resolve(BriefFiles.html("com-fs")).toUri().toString());
      Map<String, String> fs = units.get("com-fs");
      assertTrue(
          chromium
              .driver()
              .findElement(By.id("headline"))
              .getText()
              .replace('\n', ' ')
              .startsWith(
                  fs.get("cases_any_region") + " of your " + fs.get("respondents") + " people"));
      chromium.fullPageScreenshot(shots.resolve("monthly-com-fs.png"));
    }
    assertTrue(Files.size(shots.resolve("monthly-com-fs.png")) > 10_000);
  }

  private static java.util.Optional<Map<String, String>> firstAction(String unit) {
    return recommendations.stream()
        .filter(r -> unit.equals(r.get("department")))
        .min(Comparator.comparingInt(r -> Integer.parseInt(r.get("rank"))));
  }

  /** Wilson's score interval, written out here as R's prop.test(correct = FALSE) gives it. */
  static double[] wilson(long cases, long n) {
    double p = (double) cases / n;
    double z2 = Z * Z;
    double d = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / d;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / d;
    return new double[] {cases == 0 ? 0 : centre - half, cases == n ? 1 : centre + half};
  }
}
