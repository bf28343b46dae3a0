package org.ergolens.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.config.JobConfig;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.IngestedDataset;
import org.ergolens.ingest.Ingestion;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series computes every month in one aggregation; each month must be exactly what the
 * single-month cohort computes for it, so that trends and reports never disagree.
 */
class MonthlySeriesTest {
  @TempDir static Path dir;
  static Map<org.ergolens.ingest.DatasetSpec, IngestedDataset> data;
  static final YearMonth FIRST = YearMonth.of(2025, 9);
  static final YearMonth LAST = YearMonth.of(2026, 10);
  static Map<YearMonth, MonthlySeries.Month> series;
  static MonthlySeries.Result result;

  @BeforeAll
  static void computeTheSeries() throws Exception {
    Path in = dir.resolve("org");
    new Generator(GeneratorSpec.defaults().withSeed(11).withRespondents(800)).generate(in);
    data = new Ingestion(SparkTestSession.get(), in.toString()).checkInputs().read();
    result =
        new MonthlySeries(FIRST, LAST, JobConfig.defaults())
            .unmatchedFrom(FIRST)
            .collect(
                data.get(DatasetSpec.WORKSTATION_SURVEY).accepted(),
                data.get(DatasetSpec.DISCOMFORT_REPORTS).accepted(),
                EnumSet.allOf(Factor.class));
    series = result.months();
  }

  @Test
  void everyMonthOfTheSpanIsThereInOrder() {
    assertEquals(14, series.size());
    assertEquals(FIRST, series.keySet().iterator().next());
  }

  @Test
  void eachMonthEqualsTheSingleMonthCohort() {
    for (YearMonth m :
        java.util.List.of(FIRST, YearMonth.of(2025, 11), YearMonth.of(2026, 4), LAST)) {
      SingleMonthCohort cohort =
          new SingleMonthCohort(new ReportingMonth(m, 12), JobConfig.defaults());
      Dataset<Row> population =
          cohort.population(data.get(DatasetSpec.WORKSTATION_SURVEY).accepted());
      Dataset<Row> reports =
          cohort.monthReports(data.get(DatasetSpec.DISCOMFORT_REPORTS).accepted());
      var expected =
          SingleMonthCohort.collect(
              cohort.patternCounts(population, cohort.outcomes(reports)),
              EnumSet.allOf(Factor.class));
      assertEquals(expected, series.get(m).patterns(), m.toString());
      assertEquals(reports.count(), series.get(m).reports(), m.toString());
      Dataset<Row> unmatched =
          cohort.unmatchedReports(
              data.get(DatasetSpec.WORKSTATION_SURVEY).accepted(),
              data.get(DatasetSpec.DISCOMFORT_REPORTS).accepted());
      assertEquals(unmatched.count(), series.get(m).unmatchedReports(), m.toString());
      assertEquals(
          positions(unmatched), positions(result.unmatchedReports(m)), "unmatched reports of " + m);
    }
  }

  @Test
  void someMonthsHaveUnmatchedReports() {
    assertTrue(
        series.values().stream().filter(m -> m.unmatchedReports() > 0).count() >= 2,
        "the generator's orphans file reports without answering the survey");
  }

  @Test
  void unmatchedReportsAreNamedOnlyFromTheMonthAsked() {
    YearMonth from = YearMonth.of(2026, 8);
    var later =
        new MonthlySeries(FIRST, LAST, JobConfig.defaults())
            .unmatchedFrom(from)
            .collect(
                data.get(DatasetSpec.WORKSTATION_SURVEY).accepted(),
                data.get(DatasetSpec.DISCOMFORT_REPORTS).accepted(),
                EnumSet.allOf(Factor.class));
    for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
      long expected = m.isBefore(from) ? 0 : series.get(m).unmatchedReports();
      assertEquals(expected, later.unmatchedReports(m).count(), m.toString());
    }
    assertEquals(series, later.months(), "the counts do not depend on it");
  }

  /** The (file, row) places of some rows, sorted. */
  static java.util.List<String> positions(Dataset<Row> rows) {
    return rows.select(Columns.FILE_INDEX, Columns.POSITION).collectAsList().stream()
        .map(r -> r.getInt(0) + ":" + r.getLong(1))
        .sorted()
        .toList();
  }

  @Test
  void monthsBeforeTheReportsHaveAPopulationButNoReports() {
    MonthlySeries.Month september = series.get(YearMonth.of(2025, 9));
    assertTrue(september.patterns().stream().mapToLong(CovariatePattern::respondents).sum() > 0);
    assertEquals(0, september.reports(), "the generated history starts in 2025-11");
    assertTrue(series.get(LAST).reports() > 0);
  }

  @Test
  void monthIndexRoundTrips() {
    for (YearMonth m = YearMonth.of(1999, 1);
        m.isBefore(YearMonth.of(2031, 1));
        m = m.plusMonths(1)) {
      assertEquals(m, MonthlySeries.fromIndex(MonthlySeries.index(m)));
    }
  }
}
