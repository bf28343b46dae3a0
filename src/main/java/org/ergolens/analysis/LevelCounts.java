package org.ergolens.analysis;

import java.util.Collection;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * Respondents, cases per outcome and red flags at each level of one factor, over a set of covariate
 * patterns (a scope). Respondents missing an optional factor are not counted.
 */
public record LevelCounts(Factor factor, long[] respondents, long[][] cases, long[] redFlags) {

  public static LevelCounts of(Collection<CovariatePattern> patterns, Factor factor) {
    int k = factor.levels().size();
    long[] n = new long[k];
    long[][] cases = new long[Outcome.values().length][k];
    long[] red = new long[k];
    for (CovariatePattern p : patterns) {
      int l = p.level(factor);
      if (l == Factor.MISSING) {
        continue;
      }
      n[l] += p.respondents();
      red[l] += p.redFlags();
      for (Outcome o : Outcome.values()) {
        cases[o.ordinal()][l] += p.cases(o);
      }
    }
    return new LevelCounts(factor, n, cases, red);
  }

  public long respondents(int level) {
    return respondents[level];
  }

  public long cases(Outcome o, int level) {
    return cases[o.ordinal()][level];
  }

  /** Respondents with a known level of this factor. */
  public long knownRespondents() {
    long s = 0;
    for (long v : respondents) {
      s += v;
    }
    return s;
  }

  /** Cases among respondents with a known level of this factor. */
  public long knownCases(Outcome o) {
    long s = 0;
    for (long v : cases[o.ordinal()]) {
      s += v;
    }
    return s;
  }
}
