package org.ergolens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Outcome;

/**
 * Writes {@code report.json}: the month's tables and totals for other tools. Keys keep a fixed
 * order and the file holds no timings or run ids, so the same input gives the same bytes.
 */
public final class JsonReportWriter {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReportWriter() {}

  public static void write(MonthlyReport report, List<Table> tables, OutputStream out)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("report", "ergolens-monthly");
    root.put("format_version", 1);
    root.put("month", report.month());
    root.put("generator", Versions.current());
    root.put("config", report.config());
    root.put("inputs", report.inputs());
    root.put("data_quality", report.datasets());
    root.put("factors", report.factors());
    root.put("organization", organisation(report));
    root.put("departments_published", report.departmentsPublished());
    for (Table t : tables) {
      root.put(t.name(), rows(t));
    }
    root.put("notes", report.notes());
    root.put("disclaimer", Disclaimer.TEXT);
    MAPPER.writeValue(out, root);
  }

  private static Map<String, Object> organisation(MonthlyReport report) {
    var org = report.organisation();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("respondents", org.respondents());
    Map<String, Object> outcomes = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("cases", org.cases(o));
      v.put("prevalence", org.prevalence(o));
      outcomes.put(o.id(), v);
    }
    m.put("outcomes", outcomes);
    m.put("red_flags", org.redFlags());
    m.put("red_flag_share", org.redFlagShare());
    m.put("headcount", org.participation().headcount());
    m.put("response_rate", org.participation().responseRate());
    m.put("participation", org.participation().levelId());
    return m;
  }

  static List<Map<String, Object>> rows(Table t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        m.put(t.columns().get(i).name(), row.get(i));
      }
      out.add(m);
    }
    return out;
  }
}
