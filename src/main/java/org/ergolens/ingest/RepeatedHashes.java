package org.ergolens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The hashes that occur more than once in a partition of hashes (each once), for a partition that
 * holds every occurrence of its hashes (partitioned by hash). The hashes are sorted as a plain
 * {@code long[]}: with millions of distinct ids, nearly all seen once, this is far cheaper than an
 * aggregation, whose hash map outgrows its memory and falls back to sorting rows.
 */
final class RepeatedHashes implements MapPartitionsFunction<Row, Long> {
  private static final long serialVersionUID = 1L;

  private final String column;

  /** Reads the hashes from the rows' {@code column}. */
  RepeatedHashes(String column) {
    this.column = column;
  }

  @Override
  public Iterator<Long> call(Iterator<Row> rows) {
    long[] hashes = new long[1024];
    int n = 0;
    while (rows.hasNext()) {
      if (n == hashes.length) {
        hashes = Arrays.copyOf(hashes, n * 2);
      }
      hashes[n++] = rows.next().<Long>getAs(column);
    }
    return repeated(hashes, n).iterator();
  }

  /** The values occurring more than once among the first {@code n} of {@code hashes}, sorted. */
  static List<Long> repeated(long[] hashes, int n) {
    Arrays.sort(hashes, 0, n);
    List<Long> out = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (hashes[i] == hashes[i - 1] && (out.isEmpty() || out.get(out.size() - 1) != hashes[i])) {
        out.add(hashes[i]);
      }
    }
    return out;
  }
}
