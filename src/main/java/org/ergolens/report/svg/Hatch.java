package org.ergolens.report.svg;

/** The hatched fill that marks a withheld value in every chart, so it reads the same everywhere. */
public final class Hatch {
  private Hatch() {}

  /** A {@code <defs>} with the pattern; add it once per chart and fill with {@link #fill}. */
  public static SvgElement defs(String id) {
    return SvgElement.of("defs")
        .add(
            SvgElement.of("pattern")
                .attr("id", id)
                .attr("patternUnits", "userSpaceOnUse")
                .attr("width", 6)
                .attr("height", 6)
                .attr("patternTransform", "rotate(45)")
                .add(
                    SvgElement.of("rect")
                        .attr("width", 6)
                        .attr("height", 6)
                        .attr("fill", Palette.WITHHELD_FILL))
                .add(
                    SvgElement.of("line")
                        .attr("x1", 0)
                        .attr("y1", 0)
                        .attr("x2", 0)
                        .attr("y2", 6)
                        .attr("stroke", Palette.WITHHELD_LINE)
                        .attr("stroke-width", 2)));
  }

  public static String fill(String id) {
    return "url(#" + id + ")";
  }
}
