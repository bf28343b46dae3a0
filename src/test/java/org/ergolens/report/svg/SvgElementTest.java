package org.ergolens.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG builder escapes every text and attribute and refuses anything that could run. */
class SvgElementTest {
  static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&</text><script>";

  @Test
  void textAndAttributesAreEscaped() {
    String svg =
        SvgElement.of("g")
            .attr("data-dept", HOSTILE)
            .add(SvgElement.of("text").text(HOSTILE))
            .title(HOSTILE)
            .render();
    String escaped =
        "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;&lt;/text&gt;&lt;script&gt;";
    assertEquals(
        "<g data-dept=\""
            + escaped
            + "\"><text>"
            + escaped
            + "</text><title>"
            + escaped
            + "</title></g>",
        svg);
    assertFalse(svg.contains("<img"), "no element from input text");
    assertFalse(svg.contains("<script"), "no script element from input text");
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE00", Xml.escape("a\u0000b\uD800c\uD83D\uDE00"));
    assertEquals("tab\tand\nline", Xml.escape("tab\tand\nline"));
  }

  @Test
  void eventHandlersLinksAndScriptsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("rect").attr("onclick", "x"));
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("rect").attr("OnLoad", "x"));
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("a").attr("href", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> SvgElement.of("use").attr("xlink:href", "x"));
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("script"));
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("foreignObject"));
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("g").attr("a b", "x"));
    assertThrows(IllegalArgumentException.class, () -> SvgElement.of("g\"><x"));
  }

  @Test
  void chartRootHasAnAccessibleNameAndDescription() {
    String svg = SvgElement.chart("c1", 400, 120.5, "Title <b>", "Desc & more").render();
    assertTrue(
        svg.startsWith(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 120.5\""
                + " role=\"img\" aria-labelledby=\"c1-title c1-desc\" id=\"c1\">"),
        svg);
    assertTrue(svg.contains("<title id=\"c1-title\">Title &lt;b&gt;</title>"), svg);
    assertTrue(svg.contains("<desc id=\"c1-desc\">Desc &amp; more</desc>"), svg);
  }

  @Test
  void numbersAreShortAndLocaleFree() {
    assertEquals("0", Num.of(-0.0));
    assertEquals("0", Num.of(-0.001));
    assertEquals("12.35", Num.of(12.345));
    assertEquals("1200", Num.of(1200));
    assertEquals("0.5", Num.of(0.5));
    assertThrows(IllegalArgumentException.class, () -> Num.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Num.of(Double.POSITIVE_INFINITY));
  }

  @Test
  void logScaleCoversTheValuesOnPowersOfTwoWithOneInside() {
    LogScale s = LogScale.covering(List.of(0.7, 3.1), 0, 300, 16);
    assertEquals(0.5, s.low());
    assertEquals(4, s.high());
    assertEquals(List.of(0.5, 1.0, 2.0, 4.0), s.ticks());
    assertEquals(100, s.x(1), 1e-9, "1 sits one of three doublings in");
    assertEquals(0, s.x(0.01), 1e-9, "clamped");
    assertTrue(s.clipped(0.01));
    LogScale wide = LogScale.covering(List.of(0.001, 1000.0), 0, 100, 16);
    assertEquals(1.0 / 16, wide.low());
    assertEquals(16, wide.high());
  }

  @Test
  void sequentialRampRunsFromLightToDarkAndTextStaysReadable() {
    assertEquals("#FDE725", Palette.sequential(0));
    assertEquals("#440154", Palette.sequential(1));
    assertEquals("#000000", Palette.textOn(Palette.sequential(0)));
    assertEquals("#FFFFFF", Palette.textOn(Palette.sequential(1)));
    assertEquals(Palette.sequential(0), Palette.sequential(Double.NaN));
  }
}
