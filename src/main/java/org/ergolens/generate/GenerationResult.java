package org.ergolens.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param directory the output directory
 * @param files the files written, in the order they were completed
 * @param respondents surveyed respondents
 * @param surveyRows valid survey rows (answers)
 * @param reportRows valid report rows, including those of orphan respondents
 * @param orphanRespondents respondents with reports who never took the survey
 * @param orphanReports their reports
 * @param respondentsByDepartment surveyed respondents per department id, in tree order
 * @param injectedRows injected bad rows as dataset → reason code → count (empty when off)
 */
public record GenerationResult(
    Path directory,
    List<Path> files,
    long respondents,
    long surveyRows,
    long reportRows,
    long orphanRespondents,
    long orphanReports,
    Map<String, Integer> respondentsByDepartment,
    Map<String, Map<String, Integer>> injectedRows) {

  public GenerationResult {
    files = List.copyOf(files);
    respondentsByDepartment =
        Collections.unmodifiableMap(new LinkedHashMap<>(respondentsByDepartment));
    injectedRows = Collections.unmodifiableMap(new LinkedHashMap<>(injectedRows));
  }
}
