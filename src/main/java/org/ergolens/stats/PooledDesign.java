package org.ergolens.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The design of the adjusted model: covariate patterns pooled over departments (patterns with the
 * same levels of the included factors are summed), patterns with a missing included factor left
 * out, and treatment-coded dummies against each factor's reference level after an intercept.
 *
 * <p>Rows are in lexicographic order of their levels, so the fit does not depend on the order of
 * the input.
 */
record PooledDesign(
    List<Factor> factors,
    double[][] x,
    long[] trials,
    long[] successes,
    long respondentsDropped,
    List<Term> terms) {

  /** A design column: the intercept ({@code factor == null}) or one non-reference level. */
  record Term(Factor factor, String level) {}

  static PooledDesign of(List<CovariatePattern> patterns, List<Factor> factors, Outcome outcome) {
    Map<int[], long[]> pooled = new TreeMap<>(Arrays::compare);
    long dropped = 0;
    for (CovariatePattern pattern : patterns) {
      if (pattern.respondents() == 0) {
        continue;
      }
      int[] key = new int[factors.size()];
      boolean missing = false;
      for (int f = 0; f < key.length; f++) {
        Factor factor = factors.get(f);
        key[f] = pattern.level(factor);
        if (key[f] == Factor.MISSING) {
          missing = true;
        } else if (key[f] < 0 || key[f] >= factor.levels().size()) {
          throw new IllegalArgumentException(
              "Cannot build the adjusted model: level index "
                  + key[f]
                  + " of "
                  + factor.id()
                  + " is out of range in "
                  + pattern);
        }
      }
      if (missing) {
        dropped += pattern.respondents();
        continue;
      }
      long[] sums = pooled.computeIfAbsent(key, k -> new long[2]);
      sums[0] += pattern.respondents();
      sums[1] += pattern.cases(outcome);
    }
    List<Term> terms = terms(factors);
    double[][] x = new double[pooled.size()][];
    long[] trials = new long[pooled.size()];
    long[] successes = new long[pooled.size()];
    int row = 0;
    for (Map.Entry<int[], long[]> e : pooled.entrySet()) {
      x[row] = dummies(e.getKey(), factors, terms.size());
      trials[row] = e.getValue()[0];
      successes[row] = e.getValue()[1];
      row++;
    }
    return new PooledDesign(List.copyOf(factors), x, trials, successes, dropped, terms);
  }

  long respondents() {
    return Arrays.stream(trials).sum();
  }

  long cases() {
    return Arrays.stream(successes).sum();
  }

  /**
   * The parameters the data can estimate, intercept included: the rank of the design. A level
   * nobody in the model has gets no parameter, as R's {@code glm} would not create one.
   */
  int parameters() {
    return Aliasing.independentColumns(x, terms.size()).length;
  }

  /**
   * Why the contract's events-per-parameter rule does not allow a model on this design (fewer than
   * {@code eventsPerParameter} cases per estimable parameter, or nobody in the model); empty when
   * it does.
   */
  Optional<String> tooFewEvents(int eventsPerParameter) {
    if (x.length == 0) {
      return Optional.of("not fitted: no respondents with every factor of the model known");
    }
    int parameters = parameters();
    long needed = (long) eventsPerParameter * parameters;
    if (cases() < needed) {
      return Optional.of(
          String.format(
              "not fitted: %d cases for %d parameters; at least %d needed",
              cases(), parameters, needed));
    }
    return Optional.empty();
  }

  /** Whether any respondent in the design has the level of column {@code term}. */
  boolean observed(int term) {
    for (int i = 0; i < x.length; i++) {
      if (x[i][term] != 0 && trials[i] > 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Term> terms(List<Factor> factors) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term(null, null));
    for (Factor f : factors) {
      for (String level : f.levels().subList(1, f.levels().size())) {
        terms.add(new Term(f, level));
      }
    }
    return List.copyOf(terms);
  }

  private static double[] dummies(int[] levels, List<Factor> factors, int columns) {
    double[] row = new double[columns];
    row[0] = 1;
    int offset = 1;
    for (int f = 0; f < factors.size(); f++) {
      if (levels[f] > 0) {
        row[offset + levels[f] - 1] = 1;
      }
      offset += factors.get(f).levels().size() - 1;
    }
    return row;
  }
}
