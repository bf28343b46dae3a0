package org.ergolens.job;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ergolens.config.JobConfig;
import org.ergolens.survey.ImportResult;

/**
 * What one monthly run is asked to do.
 *
 * @param input the input location (directory or Hadoop URI)
 * @param out the output location; months go to {@code <out>/month=YYYY-MM}
 * @param months the reporting months in order, or empty for the latest month that has reports
 * @param config the validated job configuration
 * @param configSource where the configuration came from, for the manifest
 * @param auditCounts whether to write the month's covariate-pattern counts to {@code
 *     restricted/month=M/audit/} for checking against an independent computation
 * @param imported when the input was imported from a survey export (into {@code input}): what the
 *     import read, rejected and made, for the manifest, the rejects and the reject ratio
 */
public record JobOptions(
    String input,
    String out,
    List<YearMonth> months,
    JobConfig config,
    String configSource,
    boolean auditCounts,
    Optional<ImportResult> imported) {
  public JobOptions {
    months = List.copyOf(months);
  }

  /** Options for an input in the contract's shape. */
  public JobOptions(
      String input,
      String out,
      List<YearMonth> months,
      JobConfig config,
      String configSource,
      boolean auditCounts) {
    this(input, out, months, config, configSource, auditCounts, Optional.empty());
  }
}
