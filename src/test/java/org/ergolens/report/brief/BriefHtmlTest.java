package org.ergolens.report.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;
import org.junit.jupiter.api.Test;

class BriefHtmlTest {
  static final Pattern CODE = Pattern.compile("\\b[a-z0-9]+_[a-z0-9_]+\\b");

  static List<String> all() {
    return List.of(
        BriefHtml.render(BriefFixtures.fieldSales()),
        BriefHtml.render(BriefFixtures.longest()),
        BriefHtml.render(BriefFixtures.mostlyWithheld()),
        BriefHtml.render(BriefFixtures.organisation()));
  }

  @Test
  void thePrivacyNoteSaysWhenSmallCountsAreWithheldToo() {
    UnitBrief b = BriefFixtures.fieldSales();
    BriefContext c = b.context();
    UnitBrief strict =
        new UnitBrief(
            new BriefContext(
                c.month(),
                c.minGroupSize(),
                c.redFlagDays(),
                c.responseRateTarget(),
                c.trendMonths(),
                5),
            b.unit(),
            b.participation(),
            b.regions(),
            b.risk(),
            b.actions(),
            b.trend(),
            b.followUps(),
            b.redFlags());
    String text = BriefTexts.visibleText(BriefHtml.render(strict));
    assertTrue(text.contains(Labels.privacyNote(5, 5)), text);
    assertFalse(Labels.privacyNote(5, 5).equals(Labels.privacyNote(5)));
    assertTrue(BriefTexts.visibleText(BriefHtml.render(b)).contains(Labels.privacyNote(5)));
  }

  @Test
  void theFirstLineAndTheFiguresAreOnThePage() {
    UnitBrief b = BriefFixtures.fieldSales();
    String text = BriefTexts.visibleText(BriefHtml.render(b));
    assertTrue(text.contains(BriefWording.headline(b)), text);
    for (RegionFigure r : b.regions()) {
      String row =
          Labels.regionTitle(r.outcome())
              + " "
              + Numbers.count(r.cases())
              + " "
              + r.prevalence().map(e -> Numbers.percent(e.value())).orElse(Numbers.WITHHELD)
              + " "
              + r.prevalence().map(e -> Numbers.percentInterval(e.low(), e.high()) + " ").orElse("")
              + Numbers.percent(r.organisation());
      assertTrue(text.contains(row), row);
    }
  }

  @Test
  void itIsSelfContainedXhtmlThatLoadsNothing() {
    for (String page : all()) {
      org.w3c.dom.Document doc = BriefTexts.parse(page);
      String stripped =
          page.replace("http://www.w3.org/1999/xhtml", "")
              .replace("http://www.w3.org/2000/svg", "");
      assertFalse(stripped.contains("http:") || stripped.contains("https:"), "no link anywhere");
      assertFalse(page.contains("<script"));
      assertFalse(page.contains("<img"));
      assertFalse(page.contains("<link"));
      assertFalse(page.contains("url("), "no url() in CSS or SVG");
      org.w3c.dom.Element meta = (org.w3c.dom.Element) doc.getElementsByTagName("meta").item(2);
      assertEquals("Content-Security-Policy", meta.getAttribute("http-equiv"));
      assertEquals(BriefHtml.contentSecurityPolicy(), meta.getAttribute("content"));
      assertTrue(meta.getAttribute("content").startsWith("default-src 'none';"));
    }
  }

  @Test
  void thePolicyAllowsExactlyTheInlineStylesheets() {
    String page = BriefHtml.render(BriefFixtures.fieldSales());
    Matcher m = Pattern.compile("(?s)<style[^>]*>(.*?)</style>").matcher(page);
    List<String> hashes = new ArrayList<>();
    while (m.find()) {
      hashes.add(BriefHtml.sha256(m.group(1)));
    }
    assertEquals(2, hashes.size());
    for (String h : hashes) {
      assertTrue(BriefHtml.contentSecurityPolicy().contains("'" + h + "'"), h);
    }
    String print = BriefHtml.render(BriefPage.of(BriefFixtures.fieldSales()), false);
    assertEquals(1, print.split("<style").length - 1, "the PDF gets the print stylesheet only");
  }

  @Test
  void aUnitNameIsTextNeverMarkup() {
    UnitBrief b = BriefFixtures.fieldSales();
    String hostile = "<script>alert(1)</script> & \"Sales\" <b>";
    UnitBrief named =
        new UnitBrief(
            b.context(),
            new Unit("x", hostile, false, List.of("<img src=x onerror=alert(1)>")),
            b.participation(),
            b.regions(),
            b.risk(),
            b.actions(),
            b.trend(),
            b.followUps(),
            b.redFlags());
    String page = BriefHtml.render(named);
    assertFalse(page.contains("<script>"));
    assertFalse(page.contains("<img"));
    String text = BriefTexts.visibleText(page);
    assertTrue(text.contains(hostile), "shown as the text it is");
  }

  @Test
  void noInternalCodeReachesTheReader() {
    for (String page : all()) {
      String text = BriefTexts.visibleText(page);
      Matcher m = CODE.matcher(text);
      assertFalse(m.find(), () -> "a code on the page: " + m.group());
      assertFalse(text.contains("any_region") || text.contains("laptop_only"));
    }
  }

  @Test
  void aWithheldValueIsNeitherPrintedNorDrawn() {
    String token = Long.toString(BriefFixtures.WITHHELD_CASES);
    Pattern alone = Pattern.compile("(?<![0-9.,])" + token + "(?![0-9])");
    for (String page : all()) {
      String text = BriefTexts.visibleText(page);
      assertFalse(alone.matcher(text).find(), "the withheld count in the text");
      for (String svg : BriefTexts.svgs(page)) {
        String described = BriefTexts.visibleText("<div>" + svg + "</div>");
        assertFalse(alone.matcher(described).find(), "the withheld count in a chart's words");
      }
    }
    String page = BriefHtml.render(BriefFixtures.fieldSales());
    String wrists =
        BriefTexts.svgs(page).stream()
            .filter(s -> s.contains("id=\"region-wrists_hands\""))
            .findFirst()
            .orElseThrow();
    assertTrue(wrists.contains("class=\"withheld\""), "a hatched box");
    assertFalse(wrists.contains("class=\"bar"), "no bar");
    assertFalse(wrists.contains("class=\"interval"), "no interval");
    assertTrue(wrists.contains("Wrists and hands: withheld"));
  }

  @Test
  void everyRegionOfABriefSharesOneScale() {
    String page = BriefHtml.render(BriefFixtures.fieldSales());
    assertTrue(BriefTexts.visibleText(page).contains("0% 50%"), "the scale's ends");
    String any =
        BriefTexts.svgs(page).stream()
            .filter(s -> s.contains("id=\"region-any_region\""))
            .findFirst()
            .orElseThrow();
    // 31 of 80 is 38.75%: on a 0–50% scale of 150 units the bar is 116.25 long.
    assertTrue(any.contains("width=\"116.25\""), any);
  }
}
