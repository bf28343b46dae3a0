package org.ergolens.job;

import java.time.YearMonth;
import java.util.Optional;
import org.ergolens.config.JobConfig;

/**
 * What one monthly run is asked to do.
 *
 * @param input the input location (directory or Hadoop URI)
 * @param out the output location; months go to {@code <out>/month=YYYY-MM}
 * @param month the reporting month, or empty for the latest month that has reports
 * @param config the validated job configuration
 * @param configSource where the configuration came from, for the manifest
 */
public record JobOptions(
    String input, String out, Optional<YearMonth> month, JobConfig config, String configSource) {}
