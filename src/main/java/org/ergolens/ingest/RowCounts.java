package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The rows of every validated dataset counted by reject reason, and the latest accepted report
 * date, in one Spark query: the pass that parses and validates every input row (and fills the cache
 * of {@link IngestedDataset#typed()}), so that neither the reconciliation nor finding the latest
 * month costs a query of its own.
 *
 * @param datasets rows read and rejected by reason, per dataset present, in the contract's order
 * @param latestReport the latest {@code report_date} of an accepted report, if any
 */
public record RowCounts(
    Map<DatasetSpec, DatasetCounts> datasets, Optional<LocalDate> latestReport) {
  private static final String DATASET = "dataset";
  private static final String ROWS = "rows";
  private static final String LATEST = "latest";

  public RowCounts {
    datasets = java.util.Collections.unmodifiableMap(new EnumMap<>(datasets));
  }

  /** Counts every dataset present; one query, one small collect. */
  public static RowCounts of(Map<DatasetSpec, IngestedDataset> data) {
    Dataset<Row> all = null;
    for (var e : data.entrySet()) {
      Dataset<Row> counted = perReason(e.getKey(), e.getValue().typed());
      all = all == null ? counted : all.union(counted);
    }
    Map<DatasetSpec, Long> read = new EnumMap<>(DatasetSpec.class);
    Map<DatasetSpec, Map<String, Long>> byReason = new EnumMap<>(DatasetSpec.class);
    Map<String, DatasetSpec> byId = new HashMap<>();
    data.keySet().forEach(s -> byId.put(s.id(), s));
    LocalDate latest = null;
    for (Row r : all == null ? List.<Row>of() : all.collectAsList()) {
      DatasetSpec spec = byId.get(r.<String>getAs(DATASET));
      long rows = r.getAs(ROWS);
      String reason = r.getAs(Columns.REASON);
      java.sql.Date latestHere = r.getAs(LATEST);
      read.merge(spec, rows, Long::sum);
      if (reason != null) {
        byReason.computeIfAbsent(spec, s -> new HashMap<>()).put(reason, rows);
      } else if (latestHere != null) {
        latest = latestHere.toLocalDate();
      }
    }
    Map<DatasetSpec, DatasetCounts> counts = new EnumMap<>(DatasetSpec.class);
    for (DatasetSpec spec : data.keySet()) {
      counts.put(
          spec,
          DatasetCounts.of(read.getOrDefault(spec, 0L), byReason.getOrDefault(spec, Map.of())));
    }
    return new RowCounts(counts, Optional.ofNullable(latest));
  }

  /** Rows per reason code (null: accepted) of one dataset; for reports, the latest date too. */
  static Dataset<Row> perReason(DatasetSpec spec, Dataset<Row> typed) {
    Column latest =
        spec == DatasetSpec.DISCOMFORT_REPORTS
            ? max(col(Columns.REPORT_DATE))
            : lit(null).cast(DataTypes.DateType);
    return typed
        .groupBy(col(Columns.REASON))
        .agg(count(lit(1)).as(ROWS), latest.as(LATEST))
        .select(lit(spec.id()).as(DATASET), col(Columns.REASON), col(ROWS), col(LATEST));
  }
}
