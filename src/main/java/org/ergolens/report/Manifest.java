package org.ergolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.config.JobConfig;
import org.ergolens.ingest.DatasetCounts;
import org.ergolens.ingest.ImportSummary;
import org.ergolens.ingest.InputFile;

/**
 * {@code manifest.json}: what a run read (paths, sizes, SHA-256), with which configuration and
 * versions, how long each stage took, how it ended, and the reconciliation of every dataset.
 *
 * @param runId unique per run
 * @param month the reporting month
 * @param status {@code ok}, or {@code failed}
 * @param exitCode the CLI's exit code
 * @param message a one-line explanation when the run failed
 * @param imported what a survey export's import read and made, or null for a contract input
 */
public record Manifest(
    String runId,
    String month,
    String status,
    int exitCode,
    String message,
    String input,
    String output,
    String configSource,
    JobConfig config,
    List<InputFile> inputs,
    Map<String, DatasetCounts> datasets,
    Map<String, String> versions,
    Map<String, Long> timingsMs,
    String startedAt,
    ImportSummary imported) {

  public void write(OutputStream out) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("month", month);
    m.put("status", status);
    m.put("exit_code", exitCode);
    if (message != null) {
      m.put("message", message);
    }
    m.put("started_at", startedAt);
    m.put("input", input);
    m.put("output", output);
    m.put("config_source", configSource);
    m.put("config", config);
    m.put("inputs", inputs);
    if (imported != null) {
      m.put("import", imported);
    }
    m.put("datasets", datasets);
    m.put("versions", versions);
    m.put("timings_ms", timingsMs);
    JsonReportWriter.MAPPER.writeValue(out, m);
  }
}
