package org.ergolens.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R's {@code glm} results and designs from the fixture files, by dataset and outcome: the logistic
 * fits of {@code glm_fixture.R} and the Poisson fits with robust errors of {@code
 * prevalence_ratio_fixture.R}.
 */
final class RFits {

  /** One row of R's {@code summary(fit)$coefficients}; numbers null for {@code NA}. */
  record RCoefficient(String term, Double estimate, Double stdError, Double z, Double p) {}

  /**
   * One row of the Poisson fixture: R's estimate with its robust (HC0) and model-based standard
   * errors, and the ratio with its 95% interval; numbers null for {@code NA}.
   */
  record RRatio(
      String term,
      Double estimate,
      Double robustStdError,
      Double z,
      Double p,
      Double ratio,
      Double ciLow,
      Double ciHigh) {}

  /** A design matrix with its trials and cases for one outcome. */
  record Design(List<String> terms, double[][] x, long[] trials, long[] cases) {}

  private RFits() {}

  static List<RCoefficient> coefficients(String dataset, String outcome) {
    List<RCoefficient> out = new ArrayList<>();
    for (Map<String, String> row : Fixtures.csv("glm_coefficients.csv")) {
      if (row.get("dataset").equals(dataset) && row.get("outcome").equals(outcome)) {
        out.add(
            new RCoefficient(
                row.get("term"),
                Fixtures.number(row.get("estimate")),
                Fixtures.number(row.get("std_error")),
                Fixtures.number(row.get("z_value")),
                Fixtures.number(row.get("p_value"))));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no R fit for " + dataset + "/" + outcome);
    }
    return out;
  }

  static Map<String, String> fit(String dataset, String outcome) {
    return Fixtures.csv("glm_fits.csv").stream()
        .filter(r -> r.get("dataset").equals(dataset) && r.get("outcome").equals(outcome))
        .findFirst()
        .orElseThrow();
  }

  static List<RRatio> poissonCoefficients(String dataset, String outcome) {
    List<RRatio> out = new ArrayList<>();
    for (Map<String, String> row : Fixtures.csv("poisson_coefficients.csv")) {
      if (row.get("dataset").equals(dataset) && row.get("outcome").equals(outcome)) {
        out.add(
            new RRatio(
                row.get("term"),
                Fixtures.number(row.get("estimate")),
                Fixtures.number(row.get("robust_std_error")),
                Fixtures.number(row.get("z_value")),
                Fixtures.number(row.get("p_value")),
                Fixtures.number(row.get("ratio")),
                Fixtures.number(row.get("ci_low")),
                Fixtures.number(row.get("ci_high"))));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no R Poisson fit for " + dataset + "/" + outcome);
    }
    return out;
  }

  static Map<String, String> poissonFit(String dataset, String outcome) {
    return Fixtures.csv("poisson_fits.csv").stream()
        .filter(r -> r.get("dataset").equals(dataset) && r.get("outcome").equals(outcome))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The design of a dataset: {@code glm_<dataset>_design.csv} for the designs the logistic fixtures
   * wrote, else {@code poisson_<dataset>_design.csv}.
   */
  static Design design(String dataset, String outcome) {
    String file =
        RFits.class.getResource("/stats/glm_" + dataset + "_design.csv") != null
            ? "glm_" + dataset + "_design.csv"
            : "poisson_" + dataset + "_design.csv";
    List<Map<String, String>> rows = Fixtures.csv(file);
    List<String> terms = new ArrayList<>();
    for (String column : rows.get(0).keySet()) {
      if (column.equals("n")) {
        break;
      }
      terms.add(column);
    }
    double[][] x = new double[rows.size()][terms.size()];
    long[] n = new long[rows.size()];
    long[] y = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      for (int j = 0; j < terms.size(); j++) {
        x[i][j] = Double.parseDouble(row.get(terms.get(j)));
      }
      n[i] = Long.parseLong(row.get("n"));
      y[i] = Long.parseLong(row.get("cases_" + outcome));
    }
    return new Design(List.copyOf(terms), x, n, y);
  }
}
