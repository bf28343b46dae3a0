package org.ergolens.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.model.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the organisation's totals from {@code <out>/month=<M-1>/report.json}, if that month was
 * published (its {@code _SUCCESS} marker is there). A missing or unreadable earlier report only
 * means the dashboard shows no change: it never stops this month's report.
 */
public final class PreviousMonthReader {
  private static final Logger LOG = LoggerFactory.getLogger(PreviousMonthReader.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PreviousMonthReader() {}

  /** The month before {@code month} under {@code out}, if it was published and readable. */
  public static Optional<PreviousMonth> read(String out, YearMonth month, Configuration conf) {
    YearMonth previous = month.minusMonths(1);
    Path dir = new Path(out, "month=" + previous);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      Path json = new Path(dir, "report.json");
      if (!fs.exists(new Path(dir, MonthDirectory.SUCCESS_MARKER)) || !fs.exists(json)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(json)) {
        return parse(MAPPER.readTree(in), previous);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Not comparing with {}: its report could not be read ({})", previous, e.getMessage());
      return Optional.empty();
    }
  }

  /** The totals of a parsed {@code report.json} of {@code month}, if it is one. */
  static Optional<PreviousMonth> parse(JsonNode root, YearMonth month) {
    if (!"ergolens-monthly".equals(root.path("report").asText())
        || !month.toString().equals(root.path("month").asText())) {
      return Optional.empty();
    }
    JsonNode org = root.path("organization");
    Map<String, Double> prevalence = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      prevalence.put(o.id(), number(org.path("outcomes").path(o.id()).path("prevalence")));
    }
    JsonNode n = org.path("respondents");
    return Optional.of(
        new PreviousMonth(
            month.toString(),
            n.isIntegralNumber() ? n.asLong() : null,
            prevalence,
            number(org.path("red_flag_share"))));
  }

  private static Double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : null;
  }
}
