package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One dataset after validation: every row read, each with its typed values and, when rejected, its
 * reason code. Accepted and rejected rows are two filters of the same table, so they reconcile.
 *
 * @param spec which dataset
 * @param files its files, in name order
 * @param rows every row read as a full record (raw text, positions, typed values, reason), not
 *     cached: used only to write rejects
 * @param typed every row read with only its position, typed values and reason; cached for the run,
 *     so the input is parsed once
 * @param acceptedRows the accepted rows of a small dataset (the departments), collected once to the
 *     driver in input order; empty for the large ones
 */
public record IngestedDataset(
    DatasetSpec spec,
    List<SourceFile> files,
    Dataset<Row> rows,
    Dataset<Row> typed,
    Optional<List<Row>> acceptedRows) {

  public Dataset<Row> accepted() {
    return typed.filter(col(Columns.REASON).isNull());
  }

  public Dataset<Row> rejected() {
    return rows.filter(col(Columns.REASON).isNotNull());
  }

  public boolean hasTextFiles() {
    return files.stream().anyMatch(f -> f.format() != InputFormat.PARQUET);
  }
}
