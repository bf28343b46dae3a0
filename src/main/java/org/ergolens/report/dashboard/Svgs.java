package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.ergolens.report.svg.SvgElement;

/**
 * The one way markup reaches the template unescaped: a chart rendered by {@link SvgElement}, which
 * escapes every text and attribute itself. The template never uses {@code raw}.
 */
final class Svgs {
  private Svgs() {}

  static SafeString markup(SvgElement svg) {
    return new SafeString(svg.render());
  }
}
