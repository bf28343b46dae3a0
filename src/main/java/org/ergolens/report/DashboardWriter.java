package org.ergolens.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ergolens.analysis.FactorEffect;
import org.ergolens.analysis.UnitSummary;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.model.Outcome;

/**
 * Renders {@code dashboard.html}: one self-contained page (inline CSS and SVG, no scripts or
 * requests to load) from an auto-escaping Pebble template, so department names and every other
 * input string appear as text.
 */
public final class DashboardWriter {
  private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
      .autoEscaping(true)
      .strictVariables(true)
      .cacheActive(false)
      .build();

  private DashboardWriter() {}

  public static void write(MonthlyReport report, OutputStream out) throws IOException {
    PebbleTemplate template = ENGINE.getTemplate("org/ergolens/report/dashboard.peb");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    template.evaluate(w, model(report));
    w.flush();
  }

  static Map<String, Object> model(MonthlyReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    UnitSummary org = report.organisation();
    m.put("month", report.month());
    m.put("respondents", org.respondents());
    m.put("anyPrevalence", percent(org.prevalence(Outcome.ANY_REGION)));
    m.put("redFlags", org.redFlags());
    m.put("redFlagShare", percent(org.redFlagShare()));
    m.put("minGroupSize", report.config().minGroupSize());
    m.put("lookbackMonths", report.config().surveyLookbackMonths());
    m.put("regions", regions(org));
    m.put("units", units(report.units()));
    m.put("effects", topEffects(report.effects()));
    m.put("quality", quality(report.datasets()));
    m.put("notes", report.notes());
    m.put("departmentsPublished", report.departmentsPublished());
    m.put("disclaimer", Disclaimer.TEXT);
    return m;
  }

  private static List<Map<String, Object>> regions(UnitSummary org) {
    List<Map<String, Object>> out = new ArrayList<>();
    double max = 0;
    for (Outcome o : Outcome.regions()) {
      Double p = org.prevalence(o);
      max = Math.max(max, p == null ? 0 : p);
    }
    int y = 0;
    for (Outcome o : Outcome.regions()) {
      Double p = org.prevalence(o);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("label", o.label());
      r.put("cases", org.cases(o) == null ? "suppressed" : org.cases(o).toString());
      r.put("prevalence", percent(p));
      r.put("width", String.format(Locale.ROOT, "%.1f", p == null || max == 0 ? 0 : 300 * p / max));
      r.put("y", y);
      y += 26;
      out.add(r);
    }
    return out;
  }

  private static List<Map<String, Object>> units(List<UnitSummary> units) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (UnitSummary u : units) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("department", u.department());
      r.put("name", u.name() == null ? "" : u.name());
      r.put("respondents", u.respondents() == null ? "" : u.respondents().toString());
      r.put("suppressed", u.suppressed());
      r.put("reason", u.suppressionReason() == null ? "" : u.suppressionReason());
      List<String> prevalences = new ArrayList<>();
      for (Outcome o : Outcome.values()) {
        prevalences.add(percent(u.prevalence(o)));
      }
      r.put("prevalences", prevalences);
      r.put("redFlags", u.redFlags() == null ? "" : u.redFlags().toString());
      r.put("rolledUp", String.join(", ", u.rolledUp()));
      out.add(r);
    }
    return out;
  }

  private static List<Map<String, Object>> topEffects(List<FactorEffect> effects) {
    return effects.stream()
        .filter(e -> e.scope().equals(FactorEffect.SCOPE_ORGANIZATION))
        .filter(e -> e.prevalenceRatio() != null && e.prCiLow() != null && e.prCiLow() > 1)
        .sorted(Comparator.comparing(FactorEffect::prevalenceRatio).reversed())
        .limit(15)
        .map(e -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("factor", e.factor());
          r.put("level", e.level());
          r.put("reference", e.referenceLevel());
          r.put("outcome", Outcome.byId(e.outcome()).label());
          r.put("pr", String.format(Locale.ROOT, "%.2f", e.prevalenceRatio()));
          r.put("ci", String.format(Locale.ROOT, "%.2f–%.2f", e.prCiLow(), e.prCiHigh()));
          r.put("exposed", percent(e.prevalenceExposed()));
          r.put("referencePrevalence", percent(e.prevalenceReference()));
          return r;
        })
        .toList();
  }

  private static List<Map<String, Object>> quality(Map<String, DatasetCounts> datasets) {
    List<Map<String, Object>> out = new ArrayList<>();
    datasets.forEach((name, c) -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("dataset", name);
      r.put("read", c.rowsRead());
      r.put("accepted", c.rowsAccepted());
      r.put("rejected", c.rowsRejected());
      List<String> reasons = new ArrayList<>();
      c.rejectedByReason().forEach((k, v) -> reasons.add(k + ": " + v));
      r.put("reasons", String.join(", ", reasons));
      out.add(r);
    });
    return out;
  }

  static String percent(Double share) {
    return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
