package org.ergolens.report.brief;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J, like the rest of the job's: its warnings (a font without a
 * glyph, a CSS property it does not know) at WARN, its progress messages at DEBUG.
 */
final class OpenHtmlLog implements XRLogger {
  private static final Logger LOG = LoggerFactory.getLogger(BriefPdf.class);

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (level.intValue() >= Level.WARNING.intValue()) {
      LOG.warn("{}: {}", where, msg, th);
    } else {
      LOG.debug("{}: {}", where, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are SLF4J's to decide.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
  }
}
