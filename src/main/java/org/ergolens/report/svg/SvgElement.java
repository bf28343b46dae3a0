package org.ergolens.report.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small SVG element tree for the dashboard's server-side charts. Every attribute value and every
 * text node is escaped when rendered, so input strings (department names, for example) can never
 * become markup; element and attribute names are checked, and event handlers and links are refused.
 */
public final class SvgElement {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Object> children = new ArrayList<>();

  private SvgElement(String name) {
    this.name = Xml.checkName(name);
  }

  /** An element such as {@code rect}, {@code g} or {@code text}. */
  public static SvgElement of(String name) {
    return new SvgElement(name);
  }

  /**
   * The root of a chart: a {@code viewBox} of the given size, {@code role="img"}, and a title and
   * description that screen readers announce.
   */
  public static SvgElement chart(
      String id, double width, double height, String title, String description) {
    SvgElement svg =
        of("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + Num.of(width) + " " + Num.of(height))
            .attr("role", "img")
            .attr("aria-labelledby", id + "-title " + id + "-desc")
            .attr("id", id);
    svg.add(of("title").attr("id", id + "-title").text(title));
    svg.add(of("desc").attr("id", id + "-desc").text(description));
    return svg;
  }

  public SvgElement attr(String attribute, String value) {
    attributes.put(Xml.checkName(attribute), value);
    return this;
  }

  public SvgElement attr(String attribute, double value) {
    return attr(attribute, Num.of(value));
  }

  /** Adds a child element and returns this element. */
  public SvgElement add(SvgElement child) {
    children.add(child);
    return this;
  }

  /** Adds a text node. */
  public SvgElement text(String text) {
    children.add(text);
    return this;
  }

  /** Adds a {@code <title>}: the tooltip of this element. */
  public SvgElement title(String text) {
    return add(of("title").text(text));
  }

  public String render() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }

  private void render(StringBuilder sb) {
    sb.append('<').append(name);
    attributes.forEach(
        (k, v) -> sb.append(' ').append(k).append("=\"").append(Xml.escape(v)).append('"'));
    if (children.isEmpty()) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    for (Object c : children) {
      if (c instanceof SvgElement e) {
        e.render(sb);
      } else {
        sb.append(Xml.escape((String) c));
      }
    }
    sb.append("</").append(name).append('>');
  }
}
