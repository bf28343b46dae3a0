package org.ergolens.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ergolens.dataset.OutputFormat;
import org.ergolens.dataset.RowSink;
import org.ergolens.dataset.RowSinks;

/**
 * Writes {@code headcount.csv}: people employed per department, from the last history month's
 * population and a response rate drawn per department from a stream of its own (so the other files
 * do not change with it). Most departments answer at {@link #LOW_RATE_MAX} or more; two of the
 * departments large enough to be their own units answer below 60%, so the flag shows.
 */
final class HeadcountWriter {
  static final String FILE = Datasets.HEADCOUNT + ".csv";

  /** Usual response rates: uniform between these. */
  static final double RATE_MIN = 0.65;

  static final double RATE_MAX = 0.95;

  /** The low departments' rates: uniform between these, below the default 60%. */
  static final double LOW_RATE_MIN = 0.50;

  static final double LOW_RATE_MAX = 0.58;

  /** Departments answering below 60%. */
  static final int LOW_DEPARTMENTS = 2;

  /** A low department has at least this many respondents, so it is a unit of its own. */
  static final int LOW_MIN_RESPONDENTS = 40;

  private HeadcountWriter() {}

  /**
   * The headcount of each department, in {@code departments}' order: respondents ÷ rate, rounded
   * up, so never fewer than the respondents; 0 for a department with nobody in the population.
   */
  static long[] headcounts(int[] respondents, SplittableRandom rng) {
    double[] rate = new double[respondents.length];
    for (int d = 0; d < rate.length; d++) {
      rate[d] = RATE_MIN + (RATE_MAX - RATE_MIN) * rng.nextDouble();
    }
    List<Integer> large = new ArrayList<>();
    for (int d = 0; d < respondents.length; d++) {
      if (respondents[d] >= LOW_MIN_RESPONDENTS) {
        large.add(d);
      }
    }
    for (int k = 0; k < LOW_DEPARTMENTS && !large.isEmpty(); k++) {
      int d = large.remove(rng.nextInt(large.size()));
      rate[d] = LOW_RATE_MIN + (LOW_RATE_MAX - LOW_RATE_MIN) * rng.nextDouble();
    }
    long[] out = new long[respondents.length];
    for (int d = 0; d < out.length; d++) {
      out[d] = (long) Math.ceil(respondents[d] / rate[d]);
    }
    return out;
  }

  static Path write(Path directory, List<Department> departments, long[] headcounts)
      throws IOException {
    Path file = directory.resolve(FILE);
    try (RowSink sink = RowSinks.open(OutputFormat.CSV, Generator.partial(file))) {
      sink.header(Datasets.HEADCOUNT_COLUMNS);
      for (int d = 0; d < departments.size(); d++) {
        sink.row(new Object[] {departments.get(d).id(), headcounts[d]});
      }
    }
    return Generator.complete(file);
  }
}
