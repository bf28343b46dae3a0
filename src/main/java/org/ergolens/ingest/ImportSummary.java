package org.ergolens.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read and made, for the manifest's {@code import} section: the profile, every
 * export file with its reconciliation, the totals, the rows written, and every answer label that no
 * table maps, with how many responses gave it, so that the profile can be fixed in one pass.
 *
 * @param profile the profile's name
 * @param profileSource where the profile was loaded from
 * @param export the export as given
 * @param departments the departments' file
 * @param population the population rule (who responded in the month)
 * @param files each export file, in the order read
 * @param responses the files' counts added up
 * @param rowsWritten rows per contract dataset
 * @param unmappedLabels each question and label that no table maps, in the order first met
 */
@JsonPropertyOrder({
  "profile",
  "profile_source",
  "export",
  "departments",
  "population",
  "files",
  "responses",
  "rows_written",
  "unmapped_labels"
})
public record ImportSummary(
    @JsonProperty("profile") String profile,
    @JsonProperty("profile_source") String profileSource,
    @JsonProperty("export") String export,
    @JsonProperty("departments") String departments,
    @JsonProperty("population") String population,
    @JsonProperty("files") List<FileSummary> files,
    @JsonProperty("responses") ResponseCounts responses,
    @JsonProperty("rows_written") Map<String, Long> rowsWritten,
    @JsonProperty("unmapped_labels") List<LabelCount> unmappedLabels) {

  /** The dataset name of survey responses in rejects and reject-ratio messages. */
  public static final String DATASET = "survey_export";

  public ImportSummary {
    files = List.copyOf(files);
    rowsWritten = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowsWritten));
    unmappedLabels = List.copyOf(unmappedLabels);
  }

  /**
   * One export file and its responses.
   *
   * @param file its path
   * @param format {@code xlsx}, {@code csv} or {@code csv.gz}
   * @param size its length in bytes
   * @param sha256 its SHA-256, lowercase hex
   * @param responses its reconciliation
   */
  @JsonPropertyOrder({"file", "format", "size", "sha256"})
  public record FileSummary(
      @JsonProperty("file") String file,
      @JsonProperty("format") String format,
      @JsonProperty("size") long size,
      @JsonProperty("sha256") String sha256,
      @JsonUnwrapped ResponseCounts responses) {}

  /**
   * A label no table maps.
   *
   * @param question the question's header in the export
   * @param label the answer as given; null in the report's copy of the manifest, which gives the
   *     count per question only (an answer is the data owner's to read)
   * @param responses how many responses gave it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"question", "label", "responses"})
  public record LabelCount(
      @JsonProperty("question") String question,
      @JsonProperty("label") String label,
      @JsonProperty("responses") long responses) {}

  /**
   * The copy for the report's manifest, which is shared with the report's audience: unmapped labels
   * are counted per question, without the answers (the restricted copy has them).
   */
  public ImportSummary forReport() {
    Map<String, Long> perQuestion = new LinkedHashMap<>();
    unmappedLabels.forEach(l -> perQuestion.merge(l.question(), l.responses(), Long::sum));
    List<LabelCount> counts =
        perQuestion.entrySet().stream()
            .map(e -> new LabelCount(e.getKey(), null, e.getValue()))
            .toList();
    return new ImportSummary(
        profile,
        profileSource,
        export,
        departments,
        population,
        files,
        responses,
        rowsWritten,
        counts);
  }
}
