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
 * @param records the same records checked one by one only, before the checks across rows
 *     (duplicates, unknown departments): to look up a few accepted rows without a shuffle
 * @param typed every row read with only its position, the typed values the run analyses ({@link
 *     DatasetSpec#analysedColumns()}) and its reason, served from a cache filled once, so the input
 *     is parsed once. The cache holds the rows checked one by one; the checks across rows are
 *     applied as it is read (the reports' duplicate marks, cached too, are joined to them; the
 *     surveys' unknown departments are a lookup in the departments' ids)
 * @param acceptedRows the accepted rows of a small dataset (the departments), collected once to the
 *     driver in input order; empty for the large ones
 */
public record IngestedDataset(
    DatasetSpec spec,
    List<SourceFile> files,
    Dataset<Row> rows,
    Dataset<Row> records,
    Dataset<Row> typed,
    Optional<List<Row>> acceptedRows) {

  public Dataset<Row> accepted() {
    return typed.filter(col(Columns.REASON).isNull());
  }

  public Dataset<Row> rejected() {
    return rows.filter(col(Columns.REASON).isNotNull());
  }

  /** Positions up to this many rows are broadcast to every task in {@link #recordsAt}. */
  public static final long BROADCAST_POSITIONS = 1_000_000;

  /**
   * The full records at the given positions ({@code _file}, {@code _pos}), as read and checked one
   * by one. For accepted rows, such as unmatched reports, these are the rows themselves; the checks
   * across rows are not repeated over the whole dataset.
   *
   * @param count how many positions there are: up to {@link #BROADCAST_POSITIONS} they are sent to
   *     every task, so the records are filtered where they are read
   */
  public Dataset<Row> recordsAt(Dataset<Row> positions, long count) {
    Dataset<Row> keys = positions.select(Columns.FILE_INDEX, Columns.POSITION);
    return records.join(
        count <= BROADCAST_POSITIONS ? org.apache.spark.sql.functions.broadcast(keys) : keys,
        Columns.positionKeys(),
        "left_semi");
  }
}
